// The talent programmes' selections by province: a bar per province. Its data come in the element's data-chart
// attribute (the pages allow no inline script): labels and counts.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('selections-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var rotate = data.labels.length > 8 ? 40 : 0;
  element.style.height = (rotate ? 380 : 320) + 'px';
  var chart = window.echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 24, top: 24, bottom: rotate ? 96 : 40 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: rotate, interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barMaxWidth: 56, data: data.counts, itemStyle: { color: '#1f6f5c' },
      label: { show: data.labels.length <= 20, position: 'top', fontSize: 11 } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
