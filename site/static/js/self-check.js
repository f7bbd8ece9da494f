// The self-check suggests the region of the first place this browser follows for alerts
// (localStorage "beacon-places"); the reader can change it or choose not to say.
(function () {
  "use strict";

  var form = document.querySelector("[data-self-check]");
  if (!form || form.elements.place.value) { return; }
  var regionOf = JSON.parse(document.getElementById("place-map").textContent);
  var followed = [];
  try { followed = JSON.parse(localStorage.getItem("beacon-places")) || []; } catch (e) { followed = []; }
  var known = followed.map(function (code) { return regionOf[code]; }).filter(Boolean);
  if (known.length) { form.elements.place.value = known[0]; }
})();
