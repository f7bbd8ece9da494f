// "Get alerts": subscribe this browser to web push for chosen places (no account), or stop.
(function () {
  "use strict";

  var form = document.querySelector("[data-push-form]");
  if (!form) { return; }
  var messages = JSON.parse(document.getElementById("push-messages").textContent);
  var status = form.querySelector("[data-push-status]");

  function say(key) { status.textContent = messages[key]; }

  function keyBytes(base64) {
    var padded = (base64 + "===".slice((base64.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    return Uint8Array.from(atob(padded), function (c) { return c.charCodeAt(0); });
  }

  function chosenPlaces() {
    return Array.prototype.map.call(form.querySelectorAll("input[name=region]:checked"), function (box) { return box.value; });
  }

  function post(url, body) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); });
  }

  // Pre-tick the places this browser already follows.
  var followed = [];
  try { followed = JSON.parse(localStorage.getItem("beacon-places")) || []; } catch (e) { followed = []; }
  form.querySelectorAll("input[name=region]").forEach(function (box) { box.checked = followed.indexOf(box.value) !== -1; });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var places = chosenPlaces();
    if (!places.length) { say("choose"); return; }
    localStorage.setItem("beacon-places", JSON.stringify(places));
    if (!("serviceWorker" in navigator) || !("PushManager" in window)) { say("unsupported"); return; }
    Notification.requestPermission().then(function (permission) {
      if (permission !== "granted") { say("denied"); return null; }
      return Promise.all([navigator.serviceWorker.ready, fetch("/push/key").then(function (r) { return r.json(); })])
        .then(function (results) {
          return results[0].pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(results[1].publicKey) });
        })
        .then(function (subscription) {
          return post("/push/subscribe", {
            subscription: subscription.toJSON(), regions: places,
            lang: form.elements.lang.value, min_severity: form.elements.min_severity.value,
          });
        })
        .then(function () { say("saved"); });
    }).catch(function () { say("failed"); });
  });

  form.querySelector("[data-push-unsubscribe]").addEventListener("click", function () {
    localStorage.removeItem("beacon-places");
    if (!("serviceWorker" in navigator)) { say("removed"); return; }
    navigator.serviceWorker.ready
      .then(function (registration) { return registration.pushManager.getSubscription(); })
      .then(function (subscription) {
        if (!subscription) { return null; }
        return post("/push/unsubscribe", { endpoint: subscription.endpoint }).then(function () { return subscription.unsubscribe(); });
      })
      .then(function () { say("removed"); })
      .catch(function () { say("failed"); });
  });
})();
