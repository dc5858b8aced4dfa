// The supply-versus-demand page: the map of China (or of one province's cities) coloured by supply, demand or gap,
// the table's sorting and the bar chart by industry. The data come in the elements' data attributes (the pages allow
// no inline script), the geometry from data-geo (china-map.js); the national office's click on a province opens its
// cities.
document.addEventListener('DOMContentLoaded', function () {
  sortableTable(document.getElementById('sd-table'));
  if (!window.echarts) {
    return;
  }
  drawMap(document.getElementById('sd-map'));
  drawIndustries(document.getElementById('sd-industries'));

  function drawMap(element) {
    if (!element) {
      return;
    }
    var data = JSON.parse(element.dataset.map);
    var measure = data.measure;
    element.style.height = Math.max(320, Math.round(element.clientWidth * 0.75)) + 'px';
    if (!element.dataset.geo) {
      noMap(element, data.labels.noCityMap);
      return;
    }
    var values = data.rows.map(function (r) { return Number(r[measure]); });
    var extent = values.length ? Math.max.apply(null, values.map(Math.abs)) : 0;
    // the gap diverges around zero: red a shortage, green a surplus
    var visualMap = measure === 'gap'
      ? { min: -Math.max(extent, 1), max: Math.max(extent, 1), inRange: { color: ['#2e9d5b', '#f4f6f8', '#d9534f'] } }
      : { min: 0, max: Math.max(extent, 1), inRange: { color: ['#e8f0fb', '#0b4ea2'] } };
    visualMap.left = 8;
    visualMap.bottom = 8;
    visualMap.calculable = false;
    visualMap.itemHeight = 90;
    visualMap.text = [String(visualMap.max), String(visualMap.min)];
    visualMap.outOfRange = { color: '#eef1f5' };

    function tooltip(params) {
      var row = params.data;
      if (!row || row.supply === undefined) {
        return params.name + '\n' + data.labels.noData;
      }
      return params.name + '\n' + data.labels.supply + ' ' + row.supply + '\n' + data.labels.demand + ' '
        + row.demand + '\n' + data.labels.gap + ' ' + (row.gap > 0 ? '+' : '') + row.gap;
    }

    window.loadChinaMap(element.dataset.geo, { names: data.names, mapName: data.map }).then(function () {
      var chart = window.echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', renderMode: 'richText', formatter: tooltip },
        visualMap: visualMap,
        series: [{
          type: 'map', map: data.map, roam: false, selectedMode: false, layoutCenter: ['50%', '55%'],
          layoutSize: data.opens ? '115%' : '95%', label: { show: false },
          emphasis: { label: { show: true, fontSize: 11 } },
          itemStyle: { borderColor: '#9aa9bf', borderWidth: 0.6, areaColor: '#eef1f5' },
          data: data.rows.filter(function (r) { return data.names[r.code]; }).map(function (r) {
            return { name: data.names[r.code], code: r.code, supply: r.supply, demand: r.demand, gap: r.gap,
              value: r[measure] };
          })
        }]
      }, true);
      if (data.opens) {
        chart.on('click', function (params) {
          var link = params.data && document.querySelector('#sd-row-' + params.data.code + ' a.sd-drill');
          if (link) {
            window.location.href = link.href;
          }
        });
      }
      window.addEventListener('resize', function () { chart.resize(); });
      element.dataset.ready = 'true';
    }).catch(function () {
      noMap(element, data.labels.noCityMap);
    });
  }

  function noMap(element, text) {
    element.style.height = 'auto';
    element.className = 'alert alert-light small mb-0';
    element.textContent = text;
    element.dataset.ready = 'none';
  }

  function drawIndustries(element) {
    if (!element) {
      return;
    }
    var data = JSON.parse(element.dataset.chart);
    element.style.height = Math.max(240, 28 * data.industries.length + 80) + 'px';
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 32, bottom: 16, containLabel: true },
      legend: { data: data.names, top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: data.industries, inverse: true,
        axisLabel: { width: 220, overflow: 'truncate' } },
      series: [
        { name: data.names[0], type: 'bar', data: data.supply, itemStyle: { color: '#0b4ea2' } },
        { name: data.names[1], type: 'bar', data: data.demand, itemStyle: { color: '#e38d13' } }
      ]
    }, true);
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.ready = 'true';
  }

  // a click on a column's title sorts the rows by it (again: the other way); the totals stay below
  function sortableTable(table) {
    if (!table) {
      return;
    }
    var headers = table.querySelectorAll('thead th');
    headers.forEach(function (th, index) {
      var button = th.querySelector('button');
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index];
          var y = b.cells[index];
          var order = th.dataset.sort === 'number'
            ? Number(x.dataset.value) - Number(y.dataset.value)
            : x.textContent.trim().localeCompare(y.textContent.trim());
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
});
