// The norms report's charts: a dot plot of compliance per norm (x) with one coloured series per
// office or provider, drawn with uPlot from the figures the page carries in data-chart.
(function () {
  'use strict';

  var COLOURS = ['#2b6cb0', '#2f855a', '#b7791f', '#6b46c1', '#c53030', '#2c7a7b', '#975a16', '#4a5568'];

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var d = JSON.parse(el.dataset.chart);
      var xs = d.norms.map(function (_, i) { return i; });
      var series = [{label: el.dataset.xlabel}];
      var data = [xs];
      d.series.forEach(function (s, k) {
        var colour = COLOURS[k % COLOURS.length];
        series.push({
          label: s.name,
          stroke: colour,
          // Norms are categories: dots, no line between them.
          paths: function () { return null; },
          points: {show: true, size: 11, fill: colour, stroke: colour},
          value: function (u, v) { return v == null ? '—' : v + ' %'; }
        });
        data.push(s.rates);
      });
      var plot = new uPlot({
        width: Math.min(el.clientWidth || 900, 1100),
        height: 260,
        scales: {x: {time: false, range: [-0.5, xs.length - 0.5]}, y: {range: [0, 105]}},
        axes: [
          {values: function (u, ticks) { return ticks.map(function (t) { return d.norms[t] || ''; }); },
           splits: function () { return xs; }, size: 40, font: '11px system-ui, sans-serif'},
          {label: el.dataset.label, values: function (u, ticks) { return ticks.map(function (t) { return t + ' %'; }); }}
        ],
        series: series
      }, data, el);
      el.dataset.drawn = String(plot.series.length - 1);
    });
  });
})();
