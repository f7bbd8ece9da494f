// Live count of a cell-broadcast text against its limit, as alerts/models/text.py counts it:
// the GSM-7 alphabet and the limits come from the server on the field (data-gsm7-*).
(function () {
  "use strict";

  function count(field) {
    // The browser sends line breaks as CR LF, and the server counts what it receives.
    const text = field.value.replace(/\r?\n/g, "\r\n");
    const basic = JSON.parse(field.dataset.gsm7Basic);
    const extension = JSON.parse(field.dataset.gsm7Extension);
    let septets = 0;
    for (const char of text) {
      if (extension.includes(char)) {
        septets += 2;
      } else if (basic.includes(char)) {
        septets += 1;
      } else {
        // UCS-2: UTF-16 code units, which is what a JavaScript string's length counts
        return [text.length, Number(field.dataset.ucs2Limit)];
      }
    }
    return [septets, Number(field.dataset.gsm7Limit)];
  }

  function show(field) {
    const output = document.getElementById(field.id + "-broadcast-count");
    if (!output) return;
    const [used, limit] = count(field);
    output.textContent = field.dataset.countText
      .replace("%(count)s", used)
      .replace("%(limit)s", limit);
    output.classList.toggle("error-message", used > limit);
  }

  document.addEventListener("input", function (event) {
    if (event.target.matches("[data-gsm7-basic]")) show(event.target);
  });
  document.querySelectorAll("[data-gsm7-basic]").forEach(show);
})();
