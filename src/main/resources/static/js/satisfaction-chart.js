// The training-satisfaction chart: a bar per province (or per base), green at or above the plan's target and orange
// below it, and the target as a dashed line with its label. Its data come in the element's data-chart attribute (the
// pages allow no inline script): labels, scores, target and the names.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('satisfaction-chart');
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
    yAxis: { type: 'value', min: function (range) { return Math.max(0, Math.floor((Math.min(range.min, data.target) - 10) / 10) * 10); }, max: 100 },
    series: [{
      name: data.seriesName,
      type: 'bar',
      barMaxWidth: 56,
      data: data.scores.map(function (score) {
        return { value: score, itemStyle: { color: score !== null && score < data.target ? '#d9822b' : '#1f6f5c' } };
      }),
      label: { show: data.labels.length <= 12, position: 'top', fontSize: 11 },
      markLine: {
        symbol: 'none',
        silent: true,
        lineStyle: { color: '#c0392b', type: 'dashed', width: 2 },
        label: { formatter: data.targetName, position: 'insideEndTop' },
        data: [{ yAxis: data.target, name: data.targetName }]
      }
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
