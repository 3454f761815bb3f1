// The live map: every active trip at its seal's latest position, moved as the live stream brings
// positions; colour by state, red while a critical alert is open. A click shows the trip's corridor,
// fences and track. Canvas markers keep thousands of trips fluid.
(function () {
  'use strict';

  var COLOURS = {INSTALLED: '#2b6cb0', IN_TRANSIT: '#2f855a', ARRIVED: '#6b46c1'};
  var SEVERITY_RANK = {CRITICAL: 3, WARNING: 2, INFO: 1};

  function texts(selector, attribute) {
    var out = {};
    document.querySelectorAll(selector).forEach(function (el) {
      out[el.getAttribute(attribute)] = el.textContent;
    });
    return out;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('map');
    var t = texts('#texts [data-key]', 'data-key');
    var stateNames = texts('#state-names [data-state]', 'data-state');
    var alertNames = texts('#alert-names [data-type]', 'data-type');
    var map = L.map(el, {preferCanvas: true, worldCopyJump: true}).setView([-2.5, 118], 5);
    var renderer = L.canvas({padding: 0.5});

    // The offline base (coastlines shipped with Rantai) always, under any tiles.
    if (!window.rantaiMaps.base(map, el)) {
      map.attributionControl.addAttribution(t.noTiles);
    }

    var trips = new Map();          // tripId -> {data, marker, alerts: Map(type -> severity)}
    var filterState = document.getElementById('filter-state');
    var filterAlert = document.getElementById('filter-alert');
    var detailLayer = L.layerGroup().addTo(map);
    var selected = null;

    function worst(trip) {
      var w = null;
      trip.alerts.forEach(function (severity) {
        if (!w || SEVERITY_RANK[severity] > SEVERITY_RANK[w]) { w = severity; }
      });
      return w;
    }

    function style(trip) {
      var w = worst(trip);
      var colour = w === 'CRITICAL' ? '#c53030' : w === 'WARNING' ? '#d69e2e' : (COLOURS[trip.data.state] || '#4a5568');
      return {radius: w === 'CRITICAL' ? 8 : 6, color: '#fff', weight: 1, fillColor: colour, fillOpacity: 0.95};
    }

    var filterOffice = document.getElementById('filter-office');
    var filterCompany = document.getElementById('filter-company');
    var filterProvider = document.getElementById('filter-provider');

    function visible(trip) {
      return (!filterState.value || trip.data.state === filterState.value)
        && (!filterAlert.value || trip.alerts.size > 0)
        && (!filterOffice.value || trip.data.customsOfficeId === filterOffice.value)
        && (!filterCompany.value || trip.data.requesterId === filterCompany.value)
        && (!filterProvider.value || trip.data.providerId === filterProvider.value);
    }

    /** How many trips the filters leave on the map. */
    function countShown() {
      var shown = 0;
      trips.forEach(function (trip) { if (trip.marker && visible(trip)) { shown++; } });
      document.getElementById('shown-count').textContent = shown;
    }

    function place(trip) {
      var d = trip.data;
      if (d.latitude == null || d.longitude == null) { return; }
      if (!trip.marker) {
        trip.marker = L.circleMarker([d.latitude, d.longitude], Object.assign({renderer: renderer}, style(trip)));
        trip.marker.on('click', function () { select(d.tripId); });
        trip.marker.bindTooltip(function () { return d.reference + ' · ' + (stateNames[d.state] || d.state); });
      } else {
        trip.marker.setLatLng([d.latitude, d.longitude]);
        trip.marker.setStyle(style(trip));
      }
      if (visible(trip)) { trip.marker.addTo(map); } else { trip.marker.remove(); }
    }

    function count() {
      document.getElementById('trip-count').textContent = trips.size;
    }

    function upsert(d) {
      var trip = trips.get(d.tripId);
      var isNew = !trip;
      if (!trip) {
        trip = {data: d, marker: null, alerts: new Map()};
        trips.set(d.tripId, trip);
        count();
      } else {
        Object.keys(d).forEach(function (k) { if (d[k] != null) { trip.data[k] = d[k]; } });
      }
      place(trip);
      if (isNew) { countShown(); }
      return trip;
    }

    function row(label, value) {
      var p = document.createElement('p');
      var b = document.createElement('strong');
      b.textContent = label + ': ';
      p.appendChild(b);
      p.appendChild(document.createTextNode(value == null ? '—' : value));
      return p;
    }

    function showDetail(trip) {
      var box = document.getElementById('trip-detail');
      box.replaceChildren();
      var h = document.createElement('h2');
      h.textContent = trip.data.reference;
      h.dataset.trip = trip.data.tripId;
      box.appendChild(h);
      box.appendChild(row(t.seal, trip.data.seal));
      box.appendChild(row(t.state, stateNames[trip.data.state] || trip.data.state));
      box.appendChild(row(t.lastReport, trip.data.deviceTime ? new Date(trip.data.deviceTime).toLocaleString(document.documentElement.lang) : null));
      box.appendChild(row(t.battery, trip.data.batteryPercent == null ? null : trip.data.batteryPercent + ' %'));
      var names = [];
      trip.alerts.forEach(function (severity, type) { names.push(alertNames[type] || type); });
      box.appendChild(row(t.openAlerts, names.length ? names.join(', ') : '—'));
      var open = document.createElement('a');
      open.href = '/console/trips/' + trip.data.tripId;
      open.textContent = t.open;
      box.appendChild(open);
    }

    function select(tripId) {
      var trip = trips.get(tripId);
      if (!trip) { return; }
      selected = tripId;
      showDetail(trip);
      detailLayer.clearLayers();
      fetch('/api/v1/trips/' + tripId + '/route-plan', {headers: {Accept: 'application/geo+json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (plan) {
          if (!plan || selected !== tripId) { return; }
          var layer = window.rantaiMaps.plan(plan).addTo(detailLayer);
          map.fitBounds(layer.getBounds(), {maxZoom: 15});
        });
      fetch('/api/v1/trips/' + tripId + '/track?toleranceMeters=5')
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (track) {
          if (track && track.geometry && selected === tripId) {
            L.geoJSON(track, {interactive: false, style: {color: '#dd6b20', weight: 3}}).addTo(detailLayer);
          }
        });
    }

    [filterState, filterAlert, filterOffice, filterCompany, filterProvider].forEach(function (f) {
      f.addEventListener('change', function () { trips.forEach(place); countShown(); });
    });

    // First the picture as it is, then the live stream keeps it current.
    Promise.all([
      fetch('/api/v1/positions').then(function (r) { return r.json(); }),
      fetch('/api/v1/alerts?status=OPEN&limit=500').then(function (r) { return r.ok ? r.json() : []; })
    ]).then(function (all) {
      all[0].forEach(upsert);
      all[1].forEach(function (a) {
        var trip = trips.get(a.tripId);
        if (trip) { trip.alerts.set(a.type, a.severity); place(trip); }
      });
      var wanted = new URLSearchParams(location.search).get('trip');
      if (wanted) { select(wanted); }
      countShown();
      document.body.dataset.loaded = 'yes';
      // When, after navigation began, every trip was on the map (read by the map benchmark).
      requestAnimationFrame(function () { document.body.dataset.loadedAt = String(Math.round(performance.now())); });
    });

    var status = document.getElementById('live-status');
    var live = window.rantaiLive();
    live.addEventListener('open', function () { status.textContent = status.dataset.live; status.classList.add('on'); });
    live.addEventListener('error', function () { status.textContent = status.dataset.offline; status.classList.remove('on'); });
    live.addEventListener('position', function (e) {
      var p = JSON.parse(e.data);
      var trip = upsert({tripId: p.tripId, reference: p.reference, seal: p.seal, deviceTime: p.deviceTime,
        latitude: p.latitude, longitude: p.longitude, batteryPercent: p.batteryPercent >= 0 ? p.batteryPercent : null,
        lockState: p.lockState, customsOfficeId: p.customsOfficeId, providerId: p.providerId, requesterId: p.requesterId});
      el.dataset.lastPosition = p.tripId + '@' + p.deviceTime;
      if (selected === p.tripId) { showDetail(trip); }
    });
    live.addEventListener('alert', function (e) {
      var a = JSON.parse(e.data);
      var trip = trips.get(a.tripId);
      if (!trip) { return; }
      if (a.status === 'RESOLVED') { trip.alerts.delete(a.type); } else { trip.alerts.set(a.type, a.severity); }
      place(trip);
      countShown();
      if (selected === a.tripId) { showDetail(trip); }
    });
    live.addEventListener('trip', function (e) {
      var c = JSON.parse(e.data);
      var trip = trips.get(c.tripId);
      if (!trip) { return; }
      if (c.to === 'REMOVED' || c.to === 'CLOSED' || c.to === 'CANCELLED') {
        if (trip.marker) { trip.marker.remove(); }
        trips.delete(c.tripId);
        count();
      } else {
        trip.data.state = c.to;
        place(trip);
      }
    });
  });
})();
