// The forecast chart: the monthly history as a line, the forecast as a dashed line from the last month, and the 80 %
// and 95 % prediction intervals as shaded bands (stacked areas: the lower bound, then the width above it). Its data
// come in the element's data-chart attribute (the pages allow no inline script).
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('forecast-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  function width(low, high) {
    return low.map(function (l, i) { return l === null || high[i] === null ? null : high[i] - l; });
  }
  function band(name, stack, values, color) {
    return { name: name, type: 'line', stack: stack, symbol: 'none', lineStyle: { opacity: 0 }, data: values,
      areaStyle: color ? { color: color } : { opacity: 0 }, itemStyle: { color: color || 'rgba(0, 0, 0, 0)' },
      tooltip: { show: false }, silent: true };
  }
  element.style.height = '360px';
  var chart = window.echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 56, right: 24, top: 36, bottom: 40 },
    legend: { data: [data.names[0], data.names[1], data.names[2], data.names[3]], top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: data.months, boundaryGap: false },
    yAxis: { type: 'value', scale: true },
    series: [
      band('b95-base', 'b95', data.low95, null),
      band(data.names[3], 'b95', width(data.low95, data.high95), 'rgba(31, 111, 92, 0.12)'),
      band('b80-base', 'b80', data.low80, null),
      band(data.names[2], 'b80', width(data.low80, data.high80), 'rgba(31, 111, 92, 0.25)'),
      { name: data.names[0], type: 'line', showSymbol: false, data: data.history, lineStyle: { color: '#1f4e79', width: 2 },
        itemStyle: { color: '#1f4e79' } },
      { name: data.names[1], type: 'line', showSymbol: false, data: data.forecast,
        lineStyle: { color: '#1f6f5c', width: 2, type: 'dashed' }, itemStyle: { color: '#1f6f5c' } }
    ]
  });
  element.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
});

// The gap's chart: the supply's and the demand's monthly history as lines and their forecasts as dashed lines of the
// same colours, so the distance between the two is the gap the table gives.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('gap-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  function line(name, values, color, dashed) {
    return { name: name, type: 'line', showSymbol: false, data: values, itemStyle: { color: color },
      lineStyle: { color: color, width: 2, type: dashed ? 'dashed' : 'solid' } };
  }
  element.style.height = '360px';
  var chart = window.echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 56, right: 24, top: 36, bottom: 40 },
    legend: { data: data.names, top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: data.months, boundaryGap: false },
    yAxis: { type: 'value', scale: true },
    series: [
      line(data.names[0], data.supply, '#1f4e79', false),
      line(data.names[1], data.demand, '#b8561c', false),
      line(data.names[2], data.supplyForecast, '#1f4e79', true),
      line(data.names[3], data.demandForecast, '#b8561c', true)
    ]
  });
  element.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
});
