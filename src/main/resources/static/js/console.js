// Rantai console: what every page needs, and the alert desk's live refresh. No inline scripts
// anywhere (the Content-Security-Policy forbids them); texts come from the page, never from here.
(function () {
  'use strict';

  // htmx requests carry the session's CSRF token, as forms do in their hidden field.
  document.addEventListener('htmx:configRequest', function (e) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      e.detail.headers[header.content] = token.content;
    }
  });

  /** The live stream, shared by a page's listeners; the browser reconnects by itself after a break. */
  var stream = null;
  window.rantaiLive = function () {
    if (!stream) {
      stream = new EventSource('/api/v1/live');
      // Tells the page (and its tests) whether live updates are flowing.
      stream.addEventListener('open', function () { document.body.dataset.live = 'on'; });
      stream.addEventListener('error', function () { document.body.dataset.live = 'off'; });
      // Let the stream go as the page goes: a browser holds six connections per server, and a
      // stream left open by the page before would keep the next page's requests waiting.
      window.addEventListener('pagehide', function () {
        stream.close();
        stream = null;
      });
    }
    return stream;
  };

  function alertDesk() {
    var rows = document.getElementById('alert-rows');
    var announcement = document.getElementById('announcement');
    var names = {};
    document.querySelectorAll('#alert-names [data-type]').forEach(function (li) {
      names[li.dataset.type] = li.textContent;
    });
    var pending = null;
    function refresh() {
      // A burst of alerts refreshes the table once.
      if (pending) {
        return;
      }
      pending = setTimeout(function () {
        pending = null;
        // The rows as the filters chose them.
        var filters = new URLSearchParams(new FormData(document.getElementById('alert-filters')));
        htmx.ajax('GET', '/console/alerts/rows?' + filters.toString(), {target: '#alert-rows', swap: 'outerHTML'});
      }, 150);
    }
    window.rantaiLive().addEventListener('alert', function (e) {
      var alert = JSON.parse(e.data);
      if (alert.severity === 'CRITICAL' && alert.status === 'OPEN' && alert.occurrences === 1) {
        announcement.querySelector('.what').textContent = (names[alert.type] || alert.type);
        announcement.hidden = false;
      }
      refresh();
    });
  }

  /** The trip page: monitoring's panel is refreshed when the live stream brings news of this trip. */
  function tripPage() {
    var tripId = document.body.dataset.trip;
    var pending = null;
    function refresh() {
      var panel = document.getElementById('trip-live');
      if (pending || !panel || !panel.dataset.trip) {
        return;
      }
      // Positions come every few seconds per seal: at most one refresh a second.
      pending = setTimeout(function () {
        pending = null;
        htmx.ajax('GET', '/console/trips/' + tripId + '/live', {target: '#trip-live', swap: 'outerHTML'});
      }, 1000);
    }
    var live = window.rantaiLive();
    ['alert', 'position', 'trip'].forEach(function (kind) {
      live.addEventListener(kind, function (e) {
        var data = JSON.parse(e.data);
        if (data.tripId === tripId) {
          refresh();
        }
      });
    });
  }

  // A copy button copies the text of the element it names (a device secret, shown once).
  document.addEventListener('click', function (e) {
    var button = e.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var source = document.querySelector(button.dataset.copy);
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      button.textContent = button.dataset.copied;
    });
  });

  document.addEventListener('DOMContentLoaded', function () {
    if (document.body.dataset.page === 'alert-desk') {
      alertDesk();
    }
    if (document.body.dataset.page === 'trip' && document.getElementById('trip-live')) {
      tripPage();
    }
  });
})();
