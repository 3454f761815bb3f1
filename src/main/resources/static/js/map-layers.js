// What every console map shares: the offline base (coastlines shipped with Rantai, under any
// tiles), the configured tiles, and how a route plan is drawn (route, corridor, fences).
(function () {
  'use strict';

  window.rantaiMaps = {
    /** The offline base and, when a tile server is configured (data-tile-url), its tiles. */
    base: function (map, el) {
      fetch('/geo/base.geojson').then(function (r) { return r.json(); }).then(function (g) {
        L.geoJSON(g, {interactive: false, style: {color: '#8a9bb0', weight: 1, fillColor: '#eef2f5', fillOpacity: 1}})
          .addTo(map).bringToBack();
      });
      if (el && el.dataset.tileUrl) {
        L.tileLayer(el.dataset.tileUrl, {attribution: el.dataset.tileAttribution, maxZoom: 19}).addTo(map);
        return true;
      }
      return false;
    },

    /** A route plan's GeoJSON (as GET /api/v1/trips/{id}/route-plan answers) as a layer. */
    plan: function (plan) {
      return L.geoJSON(plan, {
        interactive: false,
        style: function (f) {
          var role = f.properties && f.properties.role;
          return role === 'corridor' ? {color: '#3182ce', weight: 1, fillOpacity: 0.12}
            : role === 'route' ? {color: '#2c5282', weight: 2} : {color: '#805ad5', weight: 2, fillOpacity: 0.15};
        },
        pointToLayer: function (f, latlng) {
          return f.properties && f.properties.radius ? L.circle(latlng, {radius: f.properties.radius}) : L.circleMarker(latlng);
        }
      });
    }
  };
})();
