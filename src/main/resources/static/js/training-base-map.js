// The training bases' map of China: the number of bases in each province, for all levels, national or local bases
// (the buttons above it). Its data come in the element's data-map attribute (the pages allow no inline script), the
// province geometry from data-geo (china-map.js); a click on a province lists its bases, keeping the other filters.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('base-map');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.map);
  element.style.height = Math.max(320, Math.round(element.clientWidth * 0.8)) + 'px';
  var level = 'ALL';

  function count(province) {
    return level === 'NATIONAL' ? province.national : level === 'LOCAL' ? province.local
      : province.national + province.local;
  }

  function draw(chart) {
    var values = data.provinces.map(function (p) {
      return { name: p.name, value: count(p), code: p.code };
    });
    var max = Math.max.apply(null, values.map(function (v) { return v.value; }).concat([1]));
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        formatter: function (params) {
          return data.labels.tooltip.replace('{0}', params.name).replace('{1}', String(params.value || 0));
        }
      },
      visualMap: {
        min: 0, max: max, left: 8, bottom: 8, calculable: false, itemHeight: 90,
        text: [String(max), '0'], inRange: { color: ['#eef3fa', '#0b4ea2'] }
      },
      series: [{
        type: 'map', map: 'china', roam: false, selectedMode: false, layoutCenter: ['50%', '55%'],
        layoutSize: '115%', nameProperty: 'name',
        label: { show: false },
        emphasis: { label: { show: true, fontSize: 11 }, itemStyle: { areaColor: '#f6c343' } },
        itemStyle: { borderColor: '#9aa9bf', borderWidth: 0.6 },
        data: values
      }]
    }, true);
  }

  window.loadChinaMap(element.dataset.geo, { names: data.names }).then(function () {
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    draw(chart);
    chart.on('click', function (params) {
      if (params.data && params.data.code) {
        var url = new URL(window.location.href);
        url.searchParams.set('province', params.data.code);
        url.searchParams.delete('page');
        if (level !== 'ALL') {
          url.searchParams.set('level', level);
        }
        window.location.href = url.toString();
      }
    });
    document.querySelectorAll('#map-levels [data-level]').forEach(function (button) {
      button.addEventListener('click', function () {
        level = button.dataset.level;
        document.querySelectorAll('#map-levels [data-level]').forEach(function (other) {
          other.classList.toggle('btn-primary', other === button);
          other.classList.toggle('btn-outline-primary', other !== button);
          other.setAttribute('aria-pressed', other === button ? 'true' : 'false');
        });
        draw(chart);
      });
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.ready = 'true';
  });
});
