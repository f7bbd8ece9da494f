// The drafting form's reach estimate: whenever the area (regions, polygons, circles), a severity
// or a language changes, ask the admin endpoint again, 400 ms after the last change, and show
// the figures per language. A map that edits the area fires `input`/`change` on those fields.
(function () {
  "use strict";
  var DEBOUNCE_MS = 400;
  var box, form;
  var timer = null;
  var inFlight = null;

  function infoValues(suffix) {
    var values = [];
    form.querySelectorAll("[name^='infos-'][name$='-" + suffix + "']").forEach(function (field) {
      var prefix = field.name.slice(0, -suffix.length);
      var deleted = form.querySelector("[name='" + prefix + "DELETE']");
      if (field.name.indexOf("__prefix__") === -1 && field.value && !(deleted && (deleted.checked || deleted.value === "1"))) {
        values.push(field.value);
      }
    });
    return values;
  }

  function watched(field) {
    var name = field && field.name;
    return name === "regions" || name === "polygons" || name === "circles" ||
      /^infos-\d+-(severity|language|DELETE)$/.test(name || "");
  }

  function parameters() {
    var data = new URLSearchParams();
    form.querySelectorAll("[name='regions']").forEach(function (field) {
      if (field.tagName === "SELECT") {
        Array.prototype.forEach.call(field.selectedOptions, function (o) { data.append("regions", o.value); });
      } else if (field.checked || (field.type !== "checkbox" && field.value)) {
        data.append("regions", field.value);
      }
    });
    ["polygons", "circles"].forEach(function (name) {
      var field = form.querySelector("[name='" + name + "']");
      data.append(name, field ? field.value : "");
    });
    infoValues("severity").forEach(function (v) { data.append("severity", v); });
    infoValues("language").forEach(function (v) { data.append("languages", v); });
    return data;
  }

  function show(estimate) {
    box.querySelector("[data-reach-summary]").textContent = estimate.summary;
    box.querySelector("[data-reach-shapes]").hidden = !estimate.shapes_only;
    var table = box.querySelector("[data-reach-languages]");
    var body = table.querySelector("tbody");
    body.replaceChildren();
    estimate.languages.forEach(function (row) {
      var tr = document.createElement("tr");
      var th = document.createElement("th");
      th.scope = "row";
      th.textContent = row.name;
      tr.appendChild(th);
      [row.push, row.pages, row.has_text ? "✓" : box.dataset.noText].forEach(function (text) {
        var td = document.createElement("td");
        td.textContent = text;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.hidden = estimate.languages.length === 0;
    box.dataset.reachTotal = estimate.total;
  }

  function fetchEstimate() {
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    var token = form.querySelector("[name='csrfmiddlewaretoken']");
    fetch(box.dataset.url, {
      method: "POST",
      body: parameters(),
      credentials: "same-origin",
      headers: { "X-CSRFToken": token ? token.value : "", Accept: "application/json" },
      signal: inFlight.signal
    })
      .then(function (response) {
        return response.json().then(function (body) {
          return response.ok ? body : Promise.reject(body.error);
        });
      })
      .then(show)
      .catch(function (error) {
        if (!error || error.name !== "AbortError") {
          box.querySelector("[data-reach-summary]").textContent = box.dataset.failed;
        }
      });
  }

  function changed(event) {
    if (!watched(event.target)) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(fetchEstimate, DEBOUNCE_MS);
  }
  function start() {
    box = document.querySelector("[data-reach-estimate]");
    form = box && box.closest("form");
    if (!form) {
      return;
    }
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    fetchEstimate();
  }
  // The admin loads form media in the head, before the form exists.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
