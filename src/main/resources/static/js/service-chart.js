// The service report's chart: per service, the share of satisfied respondents and the SKM index
// (both 0–100) as bars side by side, with the 80 % target as a line, drawn with uPlot.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('satisfaction-chart');
    if (!el || typeof uPlot === 'undefined') {
      return;
    }
    var d = JSON.parse(el.dataset.chart);
    var xs = d.services.map(function (_, i) { return i; });
    var bars = uPlot.paths.bars;
    var plot = new uPlot({
      width: Math.min(el.clientWidth || 900, 1100),
      height: 260,
      scales: {x: {time: false, range: [-0.5, xs.length - 0.5]}, y: {range: [0, 105]}},
      axes: [
        {values: function (u, ticks) { return ticks.map(function (t) { return d.services[t] || ''; }); },
         splits: function () { return xs; }, size: 50, font: '11px system-ui, sans-serif'},
        {values: function (u, ticks) { return ticks.map(function (t) { return t + ' %'; }); }}
      ],
      series: [
        {value: function (u, v) { return v == null ? '—' : (d.services[v] || ''); }},
        {label: el.dataset.satisfied, stroke: '#2b6cb0', fill: 'rgba(43,108,176,0.35)',
         paths: bars({size: [0.35], align: -1}), points: {show: false}},
        {label: el.dataset.skm, stroke: '#2f855a', fill: 'rgba(47,133,90,0.35)',
         paths: bars({size: [0.35], align: 1}), points: {show: false}},
        {label: el.dataset.target, stroke: '#c53030', dash: [6, 4], points: {show: false}}
      ]
    }, [xs, d.satisfied, d.skm, xs.map(function () { return d.target; })], el);
    el.dataset.drawn = String(plot.series.length - 1);
  });
})();
