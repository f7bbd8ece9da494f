// Live alerts for the places this browser follows (localStorage "beacon-places"), over the
// /ws/alerts/ WebSocket (protocol in alerts/consumers.py), falling back to polling the JSON API.
(function () {
  "use strict";

  var root = document.querySelector("[data-live-alerts]");
  if (!root) { return; }
  var lang = root.getAttribute("data-lang");
  var shown = {};  // identifier -> alert payload
  var POLL_MS = 30000;
  var pollTimer = null;
  // Reconnect after 1 s, then doubling up to RETRY_CAP_MS (less a random part, so that pages do
  // not all come back at once): after a Redis or server restart a page is live again, and has
  // the snapshot of what it missed, within seconds (tests/integration/test_live_after_redis_restart).
  var RETRY_FIRST_MS = 1000;
  var RETRY_CAP_MS = 3000;
  var retryMs = RETRY_FIRST_MS;

  function places() {
    try { return JSON.parse(localStorage.getItem("beacon-places")) || []; } catch (e) { return []; }
  }

  function render() {
    var list = root.querySelector("[data-live-list]");
    list.textContent = "";
    var ids = Object.keys(shown);
    ids.forEach(function (id) {
      var alert = shown[id];
      var item = document.createElement("li");
      item.className = "live-alert live-alert--" + alert.severity.toLowerCase();
      if (alert.exercise_label) {  // the server says how an exercise is marked
        var label = document.createElement("strong");
        label.className = "exercise-label";
        label.textContent = alert.exercise_label;
        item.appendChild(label);
        item.appendChild(document.createTextNode(" "));
      }
      var link = document.createElement("a");
      link.href = alert.url;
      link.textContent = alert.headline;
      link.lang = alert.language;
      link.dir = "auto";  // a headline in another script keeps its own direction
      item.appendChild(link);
      list.appendChild(item);
    });
    root.hidden = ids.length === 0;
  }

  function announce(alert) {
    var region = root.querySelector(alert.urgent ? "[data-live-assertive]" : "[data-live-polite]");
    var prefix = alert.exercise_label ? alert.exercise_label + ": " : "";
    region.textContent = prefix + alert.headline + ". " + (alert.instruction || "");
  }

  function apply(event, alert) {
    alert.references.forEach(function (id) { delete shown[id]; });
    if (event !== "cancelled") { shown[alert.identifier] = alert; }
    render();
    announce(alert);
  }

  function replaceAll(alerts) {
    shown = {};
    alerts.forEach(function (alert) { shown[alert.identifier] = alert; });
    render();
  }

  function poll() {
    var codes = places();
    Promise.all(codes.map(function (code) {
      var url = "/api/alerts/active.json?lang=" + encodeURIComponent(lang) + "&region=" + encodeURIComponent(code);
      return fetch(url).then(function (r) { return r.ok ? r.json() : { alerts: [] }; });
    })).then(function (results) {
      var all = [];
      results.forEach(function (result) { all = all.concat(result.alerts); });
      replaceAll(all);
    }).catch(function () { /* offline: keep what is shown */ });
  }

  function startPolling() {
    if (!pollTimer) { poll(); pollTimer = setInterval(poll, POLL_MS); }
  }

  function stopPolling() {
    if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
  }

  function connect() {
    var codes = places();
    if (!codes.length) { return; }
    if (!("WebSocket" in window)) { startPolling(); return; }
    var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/alerts/");
    socket.onopen = function () {
      retryMs = RETRY_FIRST_MS;
      stopPolling();
      socket.send(JSON.stringify({ type: "subscribe", regions: codes, lang: lang }));
    };
    socket.onmessage = function (message) {
      var data = JSON.parse(message.data);
      if (data.type === "subscribed") { root.setAttribute("data-state", "live"); }
      if (data.type === "snapshot") { replaceAll(data.alerts); }
      if (data.type === "alert") { apply(data.event, data.alert); }
    };
    socket.onclose = function () {
      root.setAttribute("data-state", "polling");
      startPolling();
      setTimeout(connect, retryMs * (0.5 + Math.random() / 2));
      retryMs = Math.min(retryMs * 2, RETRY_CAP_MS);
    };
  }

  var follow = document.querySelector("[data-follow-place]");
  if (follow) {
    follow.hidden = false;
    follow.addEventListener("click", function () {
      var codes = places();
      var code = follow.getAttribute("data-follow-place");
      if (codes.indexOf(code) === -1) { codes.push(code); }
      localStorage.setItem("beacon-places", JSON.stringify(codes));
      document.querySelector("[data-follow-status]").textContent = follow.getAttribute("data-followed-text");
      connect();
    });
  }
  connect();
})();
