// A seal's battery over time (device health), drawn with uPlot from data-series: {t: [epoch s], battery: [%]}.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('battery-chart');
    if (!el) { return; }
    var d = JSON.parse(el.dataset.series);
    var plot = new uPlot({
      width: Math.min(el.clientWidth || 900, 1100),
      height: 240,
      scales: {y: {range: [0, 100]}},
      // Times as Indonesia reads them (WIB), not in the browser's own zone.
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1e3), 'Asia/Jakarta'); },
      series: [{label: el.dataset.xlabel}, {label: el.dataset.label, stroke: '#2b6cb0', width: 2,
        value: function (u, v) { return v == null ? '—' : v + ' %'; }}],
      axes: [{}, {values: function (u, ticks) { return ticks.map(function (t) { return t + ' %'; }); }}]
    }, [d.t, d.battery], el);
    el.dataset.drawn = String(d.t.length);
  });
})();
