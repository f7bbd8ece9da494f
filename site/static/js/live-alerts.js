// Live alerts over the /ws/alerts/ WebSocket (protocol in alerts/delivery/live/consumers.py),
// falling back to polling the JSON API. Two kinds of views follow it, with one set of rules:
// the banner, for the places this browser follows (localStorage "beacon-places"), and every
// alert list on the page ([data-alert-list]: one area, or every area), drawn as the server
// draws alerts/_card.html. Labels and wording come from the server, as data.
(function () {
  "use strict";

  var banner = document.querySelector("[data-live-alerts]");
  if (!banner) { return; }
  var lang = banner.getAttribute("data-lang");
  var texts = {  // page wording, in the reader's language (site/templates/base.html)
    exercise: banner.getAttribute("data-text-exercise"),
    expires: banner.getAttribute("data-text-expires"),
    fallback: banner.getAttribute("data-text-fallback")
  };
  var POLL_MS = 30000;
  // Reconnect after 1 s, then doubling up to RETRY_CAP_MS (less a random part, so that pages do
  // not all come back at once): after a Redis or server restart a page is live again, and has
  // the snapshot of what it missed, within seconds (tests/integration/test_live_after_redis_restart).
  var RETRY_FIRST_MS = 1000;
  var RETRY_CAP_MS = 3000;
  var LONGEST_TIMER_MS = 2147483647;

  function places() {
    try { return JSON.parse(localStorage.getItem("beacon-places")) || []; } catch (e) { return []; }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function headlineLink(alert) {
    var link = element("a", "", alert.headline);
    link.href = alert.url;
    return link;
  }

  // Names joined as the reader's language lists them, each isolated in <bdi> (as the server's
  // `names` filter does), so a Latin place name keeps its direction inside Arabic.
  function placeNames(names) {
    var parts = window.Intl && Intl.ListFormat
      ? new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).formatToParts(names)
      : names.map(function (name, i) { return { type: "element", value: (i ? ", " : "") + name }; });
    var paragraph = element("p");
    parts.forEach(function (part) {
      paragraph.appendChild(part.type === "element" ? element("bdi", "", part.value) : document.createTextNode(part.value));
    });
    return paragraph;
  }

  function bannerItem(alert) {
    var item = element("li", "live-alert live-alert--" + alert.severity.toLowerCase());
    if (alert.exercise_label) {  // the server says how an exercise is marked
      item.appendChild(element("strong", "exercise-label", alert.exercise_label));
      item.appendChild(document.createTextNode(" "));
    }
    var link = headlineLink(alert);
    link.lang = alert.language;
    link.dir = "auto";  // a headline in another script keeps its own direction
    item.appendChild(link);
    withLesson(item, alert);
    withAcknowledgement(item, alert);
    return item;
  }

  // Every alert links the lesson on what to do (the server chose it, in the reader's language).
  function withLesson(node, alert) {
    if (!alert.lesson) { return; }
    var paragraph = element("p", "alert-lesson", alert.lesson.label + ": ");
    paragraph.setAttribute("data-alert-lesson", "");  // as alerts/_lesson_link.html draws it
    var link = element("a", "", alert.lesson.title);
    link.href = alert.lesson.url;
    if (alert.lesson.language !== lang) { link.lang = alert.lesson.language; }
    paragraph.appendChild(link);
    node.appendChild(paragraph);
  }

  // An exercise carries "I received this" (exercise-ack.js), sent as reached by the open page.
  function withAcknowledgement(node, alert) {
    if (alert.ack && window.beaconExerciseAck) {
      var box = element("div", "exercise-ack-box");
      box.lang = lang;
      window.beaconExerciseAck(box, alert.ack, alert.regions, "page");
      node.appendChild(box);
    }
  }

  function card(alert, headingTag) {
    var article = element("article", "alert-card alert-card--" + alert.severity.toLowerCase());
    article.setAttribute("data-alert", alert.identifier);
    if (alert.language !== lang) { article.lang = alert.language; }
    if (alert.exercise_label) {
      article.appendChild(element("p", "exercise-label", alert.exercise_label + " · " + texts.exercise));
    }
    var eyebrow = [alert.severity_label, alert.event];
    if (alert.msg_type_label) { eyebrow.push(alert.msg_type_label); }
    article.appendChild(element("p", "eyebrow", eyebrow.join(" · ")));
    var heading = element(headingTag);
    if (alert.is_fallback) { heading.dir = "auto"; }
    heading.appendChild(headlineLink(alert));
    article.appendChild(heading);
    article.appendChild(placeNames(alert.area));
    if (alert.expires) {
      var meta = element("p", "meta", texts.expires + " ");
      var time = element("time", "", alert.expires_relative);
      time.setAttribute("datetime", alert.expires);
      time.title = alert.expires_when;
      meta.appendChild(time);
      article.appendChild(meta);
    }
    if (alert.is_fallback) {
      var note = element("p", "fallback-note", texts.fallback);
      note.lang = lang;
      article.appendChild(note);
    }
    withLesson(article, alert);
    withAcknowledgement(article, alert);
    return article;
  }

  // What a view shows, newest first: a published message is added, an update takes the place
  // of what it references, a cancel removes it; expired ones drop out on time.
  function shownSet(draw) {
    var alerts = [];
    var expiryTimer = null;

    function current() {
      var now = Date.now();
      alerts = alerts.filter(function (a) { return !a.expires || Date.parse(a.expires) > now; });
      clearTimeout(expiryTimer);
      var next = Math.min.apply(null, alerts.map(function (a) { return a.expires ? Date.parse(a.expires) : Infinity; }));
      if (next !== Infinity) { expiryTimer = setTimeout(redraw, Math.min(next - now + 50, LONGEST_TIMER_MS)); }
      return alerts;
    }

    function redraw() { draw(current()); }

    return {
      replaceAll: function (list) {
        var seen = {};
        alerts = list.filter(function (a) { var fresh = !seen[a.identifier]; seen[a.identifier] = true; return fresh; });
        redraw();
      },
      apply: function (event, alert) {
        var gone = alert.references.concat([alert.identifier]);
        var at = alerts.findIndex(function (a) { return gone.indexOf(a.identifier) !== -1; });
        alerts = alerts.filter(function (a) { return gone.indexOf(a.identifier) === -1; });
        if (event !== "cancelled") { alerts.splice(event === "updated" && at !== -1 ? at : 0, 0, alert); }
        redraw();
      }
    };
  }

  // Follow `scope` ({regions: [...]} or {all: true}) and hand what arrives to `view`.
  function follow(scope, view, stateNode) {
    var pollTimer = null;
    var retryMs = RETRY_FIRST_MS;
    var pollUrls = scope.all ? [""] : scope.regions.map(function (code) { return "&region=" + encodeURIComponent(code); });

    function poll() {
      Promise.all(pollUrls.map(function (filter) {
        var url = "/api/alerts/active.json?lang=" + encodeURIComponent(lang) + filter;
        return fetch(url).then(function (r) { return r.ok ? r.json() : { alerts: [] }; });
      })).then(function (results) {
        view.replaceAll([].concat.apply([], results.map(function (result) { return result.alerts; })));
      }).catch(function () { /* offline: keep what is shown */ });
    }

    function startPolling() {
      if (!pollTimer) { poll(); pollTimer = setInterval(poll, POLL_MS); }
    }

    function stopPolling() {
      if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
    }

    function connect() {
      if (!("WebSocket" in window)) { startPolling(); return; }
      var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/alerts/");
      socket.onopen = function () {
        retryMs = RETRY_FIRST_MS;
        stopPolling();
        var subscribe = scope.all ? { type: "subscribe", all: true, lang: lang } : { type: "subscribe", regions: scope.regions, lang: lang };
        socket.send(JSON.stringify(subscribe));
      };
      socket.onmessage = function (message) {
        var data = JSON.parse(message.data);
        if (data.type === "subscribed") { stateNode.setAttribute("data-state", "live"); }
        if (data.type === "snapshot") { view.replaceAll(data.alerts); }
        if (data.type === "alert") { view.apply(data.event, data.alert); }
      };
      socket.onclose = function () {
        stateNode.setAttribute("data-state", "polling");
        startPolling();
        setTimeout(connect, retryMs * (0.5 + Math.random() / 2));
        retryMs = Math.min(retryMs * 2, RETRY_CAP_MS);
      };
    }

    connect();
  }

  var bannerSet = shownSet(function (alerts) {
    var list = banner.querySelector("[data-live-list]");
    list.textContent = "";
    alerts.forEach(function (alert) { list.appendChild(bannerItem(alert)); });
    banner.hidden = alerts.length === 0;
  });

  function announce(alert) {
    var region = banner.querySelector(alert.urgent ? "[data-live-assertive]" : "[data-live-polite]");
    var prefix = alert.exercise_label ? alert.exercise_label + ": " : "";
    region.textContent = prefix + alert.headline + ". " + (alert.instruction || "");
  }

  var bannerView = {
    replaceAll: bannerSet.replaceAll,
    apply: function (event, alert) { bannerSet.apply(event, alert); announce(alert); }
  };

  function followPlaces() {
    var codes = places();
    if (codes.length) { follow({ regions: codes }, bannerView, banner); }
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-alert-list]"), function (list) {
    var region = list.getAttribute("data-region");
    var headingTag = list.getAttribute("data-heading") || "h2";
    var view = shownSet(function (alerts) {
      list.textContent = "";
      alerts.forEach(function (alert) { list.appendChild(card(alert, headingTag)); });
      if (!alerts.length) { list.appendChild(element("p", "notice", list.getAttribute("data-empty-text"))); }
    });
    follow(region ? { regions: [region] } : { all: true }, view, list);
  });

  var followButton = document.querySelector("[data-follow-place]");
  if (followButton) {
    followButton.hidden = false;
    followButton.addEventListener("click", function () {
      var codes = places();
      var code = followButton.getAttribute("data-follow-place");
      if (codes.indexOf(code) === -1) { codes.push(code); }
      localStorage.setItem("beacon-places", JSON.stringify(codes));
      document.querySelector("[data-follow-status]").textContent = followButton.getAttribute("data-followed-text");
      followPlaces();
    });
  }
  followPlaces();
})();
