// An indicator's progress by province on the map of China (the regional breakdown's page). The data come in the
// element's data-map attribute (the pages allow no inline script), the province geometry from data-geo (china-map.js).
// On the country's list a click on a province opens its cities' list; a province's list colours that province alone.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('target-map');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.map);
  element.style.height = Math.max(320, Math.round(element.clientWidth * 0.8)) + 'px';

  function tooltip(params) {
    var region = params.data;
    if (!region || region.progress === null || region.progress === undefined) {
      return params.name + '\n' + data.labels.noData;
    }
    var text = params.name + '\n' + data.labels.progress + ' ' + region.progress + '%';
    return region.rank ? text + '\n' + data.labels.rank + ' ' + region.rank : text;
  }

  window.loadChinaMap(element.dataset.geo, { names: data.names }).then(function () {
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: tooltip },
      visualMap: {
        min: 0, max: 100, left: 8, bottom: 8, calculable: false, itemHeight: 90, text: ['100%', '0%'],
        inRange: { color: ['#d9534f', '#f6c343', '#2e9d5b'] }, outOfRange: { color: '#eef1f5' }
      },
      series: [{
        type: 'map', map: 'china', roam: false, selectedMode: false, layoutCenter: ['50%', '55%'],
        layoutSize: '115%', label: { show: false },
        emphasis: { label: { show: true, fontSize: 11 } },
        itemStyle: { borderColor: '#9aa9bf', borderWidth: 0.6, areaColor: '#eef1f5' },
        data: data.provinces.map(function (p) {
          // the colour stops at 100 %; the tooltip says how far past it
          return { name: data.names[p.code], code: p.code, rank: p.rank, progress: p.progress,
            value: p.progress === null ? null : Math.min(Number(p.progress), 100) };
        })
      }]
    }, true);
    if (data.opens) {
      chart.on('click', function (params) {
        if (params.data && params.data.code) {
          var url = new URL(window.location.href);
          url.searchParams.set('province', params.data.code);
          url.searchParams.delete('sort');
          url.hash = '';
          window.location.href = url.toString();
        }
      });
    }
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.ready = 'true';
  });
});
