// The talent flows page. The map: a line from where talents left to where they went, as wide and as dark as the
// talents who moved, with an arrow at its end; a city's line is drawn between its province's centres. Its data come in
// the element's data-map attribute (the pages allow no inline script), the province geometry from data-geo
// (china-map.js gives each province's centre), the tooltip's words from data-tooltip ({0} from, {1} to, {2} talents).
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('flow-map');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.map);
  var tooltip = element.dataset.tooltip;
  element.style.height = Math.max(320, Math.round(element.clientWidth * 0.75)) + 'px';
  function province(code) {
    return code.substring(0, 2) + '0000';
  }

  window.loadChinaMap(element.dataset.geo).then(function (map) {
    var centres = map.centres;
    var drawn = data.lines.filter(function (l) {
      return centres[province(l.from)] && centres[province(l.to)] && province(l.from) !== province(l.to);
    });
    var max = Math.max.apply(null, drawn.map(function (l) { return l.talents; }).concat([1]));
    // light to dark red as the count grows
    function colour(share) {
      var light = [244, 177, 131];
      var dark = [153, 27, 30];
      return 'rgb(' + light.map(function (c, i) { return Math.round(c + (dark[i] - c) * share); }).join(',') + ')';
    }
    var lines = drawn.map(function (l) {
      var share = l.talents / max;
      return {
        coords: [centres[province(l.from)], centres[province(l.to)]],
        line: l,
        lineStyle: { width: 1 + 5 * share, color: colour(share) }
      };
    });
    var ends = {};
    drawn.forEach(function (l) {
      ends[province(l.from)] = { name: l.fromName, value: centres[province(l.from)] };
      ends[province(l.to)] = { name: l.toName, value: centres[province(l.to)] };
    });
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        formatter: function (params) {
          if (params.seriesType === 'lines' && params.data && params.data.line) {
            var l = params.data.line;
            return tooltip.replace('{0}', l.fromName).replace('{1}', l.toName).replace('{2}', String(l.talents));
          }
          return params.name || '';
        }
      },
      geo: {
        map: 'china', roam: false, silent: true, layoutCenter: ['50%', '55%'], layoutSize: '115%',
        itemStyle: { areaColor: '#eef3fa', borderColor: '#9aa9bf', borderWidth: 0.6 }
      },
      series: [{
        type: 'lines', coordinateSystem: 'geo', data: lines, symbol: ['none', 'arrow'], symbolSize: 8,
        lineStyle: { opacity: 0.8, curveness: 0.25 }
      }, {
        type: 'scatter', coordinateSystem: 'geo', symbolSize: 5, itemStyle: { color: '#0b4ea2' },
        data: Object.keys(ends).map(function (code) { return ends[code]; })
      }]
    }, true);
    element.dataset.rendered = 'true';
    element.dataset.lines = String(lines.length);
    window.addEventListener('resize', function () { chart.resize(); });
  });
});

// The concentration: each area's share of the country's talents as a line (left axis, %) and its net inflow of the
// year as bars (right axis), from the element's data-chart attribute.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('concentration-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var colours = ['#c0392b', '#1f4e79', '#1f6f5c'];
  var series = [];
  data.areas.forEach(function (area, i) {
    series.push({ name: data.shareNames[i], type: 'line', yAxisIndex: 0, data: data.shares[i], symbolSize: 5,
      itemStyle: { color: colours[i] }, lineStyle: { color: colours[i], width: 2 } });
  });
  data.areas.forEach(function (area, i) {
    series.push({ name: data.netNames[i], type: 'bar', yAxisIndex: 1, data: data.net[i], barMaxWidth: 12,
      itemStyle: { color: colours[i], opacity: 0.35 } });
  });
  element.style.height = '380px';
  var chart = window.echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 56, right: 64, top: 72, bottom: 40 },
    legend: { top: 0, data: data.shareNames.concat(data.netNames) },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: data.years },
    // the axes' names start over their axes, inside the chart, so that a long one is not cut at the edge
    yAxis: [{ type: 'value', name: data.shareAxis, min: 0, nameTextStyle: { align: 'left' } },
      { type: 'value', name: data.netAxis, splitLine: { show: false }, nameTextStyle: { align: 'right' } }],
    series: series
  });
  element.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
});
