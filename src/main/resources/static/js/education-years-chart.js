// A degree programme's yearly intake (bars) and graduates (a line). Its data come in the element's data-chart
// attribute (the pages allow no inline script): years, intake, graduates; the series'
// names in data-intake-label and data-graduates-label.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('years-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  element.style.height = '300px';
  var chart = window.echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 24, top: 36, bottom: 40 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: data.years },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: element.dataset.intakeLabel, type: 'bar', barMaxWidth: 40, data: data.intake, itemStyle: { color: '#1f6f5c' } },
      { name: element.dataset.graduatesLabel, type: 'line', data: data.graduates, itemStyle: { color: '#c2692b' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
