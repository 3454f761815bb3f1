// The training dashboard's trend: the rate covered at each month's end (a line, 0–100 %) and the
// overdue count (bars on a second scale), drawn with uPlot from the figures the page carries.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('trend-chart');
    if (!el || typeof uPlot === 'undefined') {
      return;
    }
    var d = JSON.parse(el.dataset.trend);
    var xs = d.months.map(function (_, i) { return i; });
    var lang = document.documentElement.lang || 'id';
    // One label a quarter on a long trend, so that the months stay readable: "03/26".
    var every = Math.ceil(xs.length / 12);
    var label = function (i) { var m = d.months[i]; return m ? m.substring(5) + '/' + m.substring(2, 4) : ''; };
    var plot = new uPlot({
      width: Math.min(el.clientWidth || 900, 1100),
      height: 240,
      scales: {x: {time: false, range: [-0.5, xs.length - 0.5]}, y: {range: [0, 105]},
              n: {range: function (u, min, max) { return [0, Math.max(1, max) * 1.1]; }}},
      axes: [
        {values: function (u, ticks) { return ticks.map(label); },
         splits: function () { return xs.filter(function (i) { return (xs.length - 1 - i) % every === 0; }); },
         size: 40, font: '11px system-ui, sans-serif'},
        {label: el.dataset.label, values: function (u, ticks) { return ticks.map(function (t) { return t + ' %'; }); }},
        {scale: 'n', side: 1, grid: {show: false}, label: el.dataset.overdue,
         values: function (u, ticks) { return ticks.map(function (t) { return t.toLocaleString(lang); }); }}
      ],
      series: [
        {label: el.dataset.month, value: function (u, v) { return v == null ? '—' : label(v); }},
        {label: el.dataset.label, stroke: '#2b6cb0', width: 2, points: {show: true, size: 6},
         value: function (u, v) { return v == null ? '—' : v + ' %'; }},
        {label: el.dataset.overdue, scale: 'n', value: function (u, v) { return v == null ? '—' : v.toLocaleString(lang); }, stroke: '#c53030', fill: 'rgba(197,48,48,0.15)',
         paths: uPlot.paths.bars({size: [0.5]}), points: {show: false}}
      ]
    }, [xs, d.rates, d.overdue], el);
    el.dataset.drawn = String(plot.series.length - 1);
  });
})();
