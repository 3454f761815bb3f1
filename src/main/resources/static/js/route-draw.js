// Drawing a route plan on the trip page: each click on the map adds a point of the route; the
// origin and destination fences (circles of the form's radius) and the corridor follow as you
// draw, with the distance and the ETA from the planned departure and speed. The route goes to the
// server as GeoJSON in the form's drawnRoute field, and is checked there like an uploaded file.
(function () {
  'use strict';

  function metres(a, b) {
    var r = 6371008.8, rad = Math.PI / 180;
    var dLat = (b.lat - a.lat) * rad, dLon = (b.lng - a.lng) * rad;
    var h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
      + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(h));
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('route-draw');
    if (!el || typeof L === 'undefined') { return; }
    var map = L.map(el).setView([-6.95, 110.40], 11);
    window.rantaiMaps.base(map, null);
    var points = [];
    var layer = L.layerGroup().addTo(map);
    var field = document.getElementById('drawnRoute');
    var summary = document.getElementById('draw-summary');
    var radius = document.getElementById('fenceRadiusMeters');
    var corridor = document.getElementById('corridorWidthMeters');
    var speed = document.getElementById('expectedSpeedKmh');
    var departure = document.getElementById('plannedDeparture');

    function redraw() {
      layer.clearLayers();
      var length = 0;
      for (var i = 1; i < points.length; i++) { length += metres(points[i - 1], points[i]); }
      if (points.length > 0) {
        var r = Number(radius.value) || 500;
        L.circle(points[0], {radius: r, color: '#805ad5', weight: 2, fillOpacity: 0.15}).addTo(layer);
        if (points.length > 1) {
          L.circle(points[points.length - 1], {radius: r, color: '#805ad5', weight: 2, fillOpacity: 0.15}).addTo(layer);
          // The corridor's preview: the route drawn as wide as the corridor, in metres at this zoom.
          var width = Number(corridor.value) || 1000;
          var mPerPx = 40075016.686 * Math.cos(points[0].lat * Math.PI / 180) / Math.pow(2, map.getZoom() + 8);
          L.polyline(points, {color: '#3182ce', weight: Math.max(2, width / mPerPx), opacity: 0.2}).addTo(layer);
          L.polyline(points, {color: '#2c5282', weight: 2}).addTo(layer);
        }
      }
      field.value = points.length > 1 ? JSON.stringify({type: 'LineString',
        coordinates: points.map(function (p) { return [Number(p.lng.toFixed(6)), Number(p.lat.toFixed(6))]; })}) : '';
      var km = length / 1000;
      var text = points.length > 1 ? el.dataset.km.replace('{0}', km.toLocaleString(document.documentElement.lang,
        {maximumFractionDigits: 1})) : '';
      var kmh = Number(speed.value);
      if (points.length > 1 && departure.value && kmh > 0) {
        // The departure is typed in the office's zone; the ETA is shown in it too.
        var eta = new Date(Date.parse(departure.value + ':00Z') - offsetMs(el.dataset.zone) + km / kmh * 3600000);
        text += ' · ' + el.dataset.eta.replace('{0}', eta.toLocaleString(document.documentElement.lang,
          {timeZone: el.dataset.zone, dateStyle: 'medium', timeStyle: 'short'}) + ' ' + el.dataset.zoneName);
      }
      summary.textContent = text;
      el.dataset.points = String(points.length);
    }

    function offsetMs(zone) {
      return {'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9}[zone] * 3600000 || 7 * 3600000;
    }

    map.on('click', function (e) { points.push(e.latlng); redraw(); });
    map.on('zoomend', redraw);
    [radius, corridor, speed, departure].forEach(function (input) { input.addEventListener('input', redraw); });
    document.getElementById('draw-undo').addEventListener('click', function () { points.pop(); redraw(); });
    document.getElementById('draw-clear').addEventListener('click', function () { points = []; redraw(); });
  });
})();
