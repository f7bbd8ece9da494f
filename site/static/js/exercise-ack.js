// "I received this" for exercises (route: alerts/public/acknowledge.py). The device keeps a
// random token of its own (localStorage "beacon-device"), never anything about the person, so
// that it is counted once. The channel says how the message reached it: an open page, or a
// notification (the service worker opens the page with ?via=push, or ?ack=push when its
// "I received this" action was tapped, which acknowledges at once). Wording comes from the
// server, as data.
(function () {
  "use strict";

  function token() {
    var stored = localStorage.getItem("beacon-device");
    if (!stored) {
      var bytes = crypto.getRandomValues(new Uint8Array(16));
      stored = btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
      localStorage.setItem("beacon-device", stored);
    }
    return stored;
  }

  // A place this browser follows that the alert names, so the report can count by region.
  function followedRegion(regions) {
    var places;
    try { places = JSON.parse(localStorage.getItem("beacon-places")) || []; } catch (e) { places = []; }
    return places.filter(function (code) { return regions.indexOf(code) !== -1; })[0];
  }

  function send(ack, regions, channel, answer) {
    var body = { device: token(), channel: channel };
    var region = followedRegion(regions || []);
    if (region) { body.region = region; }
    if (answer !== undefined) { body.answer = answer; }
    return fetch(ack.url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    }).then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); });
  }

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    return node;
  }

  // The button, then the thanks and the question with its answers, in `container`.
  function render(container, ack, regions, channel) {
    var status = element("p");
    status.setAttribute("role", "status");
    var button = element("button", ack.label);
    button.type = "button";
    button.className = "exercise-ack";
    function done() {
      button.hidden = true;
      status.textContent = ack.done;
      if (ack.question) { container.appendChild(question(ack, regions, channel)); }
    }
    button.addEventListener("click", function () {
      button.disabled = true;
      send(ack, regions, channel).then(done, function () { button.disabled = false; });
    });
    container.appendChild(button);
    container.appendChild(status);
    return { acknowledge: function () { button.disabled = true; send(ack, regions, channel).then(done); } };
  }

  function question(ack, regions, channel) {
    var fieldset = element("fieldset");
    fieldset.appendChild(element("legend", ack.question));
    ack.choices.forEach(function (choice, index) {
      var answer = element("button", choice);
      answer.type = "button";
      answer.addEventListener("click", function () {
        send(ack, regions, channel, index).then(function () { fieldset.disabled = true; answer.setAttribute("aria-pressed", "true"); });
      });
      fieldset.appendChild(answer);
    });
    return fieldset;
  }

  window.beaconExerciseAck = render;

  // The alert page: the server renders the data; a notification may have brought the reader.
  Array.prototype.forEach.call(document.querySelectorAll("[data-exercise-ack]"), function (node) {
    var ack = JSON.parse(node.getAttribute("data-exercise-ack"));
    var params = new URLSearchParams(location.search);
    var channel = params.has("ack") || params.get("via") === "push" ? "push" : "page";
    var shown = render(node, ack, JSON.parse(node.getAttribute("data-regions")), channel);
    if (params.get("ack") === "push") { shown.acknowledge(); }
  });
})();
