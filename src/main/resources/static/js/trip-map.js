// The trip page's map: the route plan (route, corridor, fences) over the offline base, the seal's
// track, and a replay slider that walks a marker along the track by its report times.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('trip-map');
    if (!el || typeof L === 'undefined') { return; }
    var tripId = el.dataset.trip;
    var map = L.map(el, {preferCanvas: true}).setView([-2.5, 118], 5);
    window.rantaiMaps.base(map, el);

    fetch('/api/v1/trips/' + tripId + '/route-plan', {headers: {Accept: 'application/geo+json'}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (plan) {
        if (!plan) { return; }
        var layer = window.rantaiMaps.plan(plan).addTo(map);
        map.fitBounds(layer.getBounds(), {maxZoom: 15});
        el.dataset.loaded = 'plan';
      });

    var slider = document.getElementById('replay');
    var at = document.getElementById('replay-at');
    fetch('/api/v1/trips/' + tripId + '/track')
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (track) {
        if (!track || !track.geometry || track.geometry.type !== 'LineString') { return; }
        var coords = track.geometry.coordinates;
        var times = (track.properties && track.properties.coordTimes) || [];
        L.geoJSON(track, {interactive: false, style: {color: '#dd6b20', weight: 3}}).addTo(map);
        var marker = L.circleMarker([coords[coords.length - 1][1], coords[coords.length - 1][0]],
          {radius: 7, color: '#fff', weight: 2, fillColor: '#dd6b20', fillOpacity: 1}).addTo(map);
        slider.max = coords.length - 1;
        slider.value = coords.length - 1;
        slider.disabled = false;
        function show(i) {
          marker.setLatLng([coords[i][1], coords[i][0]]);
          // In the office's zone, as every time on the page.
          at.textContent = times[i] ? new Date(times[i]).toLocaleString(document.documentElement.lang,
            {timeZone: el.dataset.zone, dateStyle: 'medium', timeStyle: 'medium'}) + ' ' + el.dataset.zoneName : '';
        }
        slider.addEventListener('input', function () { show(Number(slider.value)); });
        show(coords.length - 1);
        el.dataset.track = String(coords.length);
      });
  });
})();
