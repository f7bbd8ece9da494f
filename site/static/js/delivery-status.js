// The review page's delivery figures, refreshed in place while deliveries are still open: the
// page itself is fetched again (same permissions, no extra endpoint) and only the figures are
// swapped, so nothing the reader is doing on the page is reset. Stops once all is delivered.
(function () {
  "use strict";
  var INTERVAL_MS = 5000;

  function refresh() {
    var current = document.querySelector("[data-delivery-status]");
    if (!current || !current.hasAttribute("data-refreshing")) {
      return;
    }
    fetch(location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-delivery-status]");
        if (fresh) {
          current.replaceWith(fresh);
        }
      })
      .catch(function () { /* offline or signed out: keep the figures shown and try again */ })
      .then(function () { setTimeout(refresh, INTERVAL_MS); });
  }
  setTimeout(refresh, INTERVAL_MS);
})();
