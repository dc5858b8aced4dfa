// The exchange pairings on a map of China: a line from each assisting province to each assisted one, as wide as the
// pairings joining them. Its data come in the element's data-map attribute (the pages allow no inline script), the
// province geometry from data-geo (china-map.js gives each province's centre), the tooltip's words from
// data-tooltip ({0} from, {1} to, {2} pairings, {3} seconded, {4} trained).
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('pairing-map');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.map);
  var tooltip = element.dataset.tooltip;
  element.style.height = Math.max(320, Math.round(element.clientWidth * 0.75)) + 'px';

  window.loadChinaMap(element.dataset.geo).then(function (map) {
    var centres = map.centres;
    var max = Math.max.apply(null, data.lines.map(function (l) { return l.pairings; }).concat([1]));
    var lines = data.lines.filter(function (l) { return centres[l.from] && centres[l.to]; }).map(function (l) {
      return {
        coords: [centres[l.from], centres[l.to]],
        line: l,
        lineStyle: { width: 1 + 4 * l.pairings / max }
      };
    });
    var ends = {};
    data.lines.forEach(function (l) {
      if (centres[l.from]) { ends[l.from] = { name: l.fromName, value: centres[l.from], assisting: true }; }
      if (centres[l.to] && !ends[l.to]) { ends[l.to] = { name: l.toName, value: centres[l.to], assisting: false }; }
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
            return tooltip.replace('{0}', l.fromName).replace('{1}', l.toName).replace('{2}', String(l.pairings))
              .replace('{3}', String(l.secondments)).replace('{4}', String(l.peopleTrained));
          }
          return params.name || '';
        }
      },
      geo: {
        map: 'china', roam: false, silent: true, layoutCenter: ['50%', '55%'], layoutSize: '115%',
        itemStyle: { areaColor: '#eef3fa', borderColor: '#9aa9bf', borderWidth: 0.6 }
      },
      series: [{
        type: 'lines', coordinateSystem: 'geo', data: lines, symbol: ['none', 'arrow'], symbolSize: 7,
        lineStyle: { color: '#c0392b', opacity: 0.75, curveness: 0.2 }
      }, {
        type: 'scatter', coordinateSystem: 'geo', symbolSize: 6,
        data: Object.keys(ends).map(function (code) { return ends[code]; }),
        itemStyle: { color: function (params) { return params.data.assisting ? '#0b4ea2' : '#c0392b'; } }
      }]
    }, true);
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.lines = String(lines.length);
    element.dataset.ready = 'true';
  });
});
