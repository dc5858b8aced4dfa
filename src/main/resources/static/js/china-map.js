// The map pages' one geometry loader: fetches a GeoJSON map (static/geo/...), names its regions as the reader reads
// them when given names by GB/T 2260 code (the geometry names them in Chinese), registers it with ECharts and resolves
// to {geo, centres}: each region's centre is its feature's cp, by code. A failed fetch rejects, for the caller to say.
window.loadChinaMap = function (url, options) {
  var names = (options && options.names) || {};
  var mapName = (options && options.mapName) || 'china';
  return fetch(url, { credentials: 'same-origin' }).then(function (response) {
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.json();
  }).then(function (geo) {
    var centres = {};
    geo.features.forEach(function (feature) {
      var code = feature.properties && feature.properties.id;
      if (!code) {
        return;
      }
      if (names[code]) {
        feature.properties.name = names[code];
      }
      if (feature.properties.cp) {
        centres[code] = feature.properties.cp;
      }
    });
    window.echarts.registerMap(mapName, geo);
    return { geo: geo, centres: centres };
  });
};
