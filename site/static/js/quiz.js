// Quiz forms: flag every unanswered question in one pass before submitting, with a summary that
// links to each. The server checks the same again (lessons.grading.parse_answers); its texts come
// from the form's data attributes, so they are translated like the rest of the page.
(function () {
  "use strict";

  function unanswered(form) {
    return Array.prototype.filter.call(form.querySelectorAll("fieldset[data-question]"), function (fieldset) {
      return !fieldset.querySelector("input:checked");
    });
  }

  function flag(fieldset, message) {
    var error = fieldset.querySelector("[data-field-error]");
    fieldset.classList.toggle("question--error", Boolean(message));
    error.textContent = message;
    error.hidden = !message;
    if (message) {
      fieldset.setAttribute("aria-describedby", error.id);
    } else {
      fieldset.removeAttribute("aria-describedby");
    }
  }

  function showSummary(form, missing) {
    var summary = form.parentNode.querySelector("[data-quiz-summary]");
    var list = summary.querySelector("[data-quiz-summary-list]");
    summary.querySelector("[data-quiz-summary-text]").textContent = form.getAttribute("data-summary-text");
    list.textContent = "";
    missing.forEach(function (fieldset) {
      var link = document.createElement("a");
      link.href = "#" + fieldset.id;
      link.textContent = fieldset.getAttribute("data-question") + ": " + form.getAttribute("data-choose-text");
      var item = document.createElement("li");
      item.appendChild(link);
      list.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
  }

  document.querySelectorAll("[data-quiz-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var missing = unanswered(form);
      form.querySelectorAll("fieldset[data-question]").forEach(function (fieldset) {
        flag(fieldset, missing.indexOf(fieldset) >= 0 ? form.getAttribute("data-choose-text") : "");
      });
      if (missing.length) {
        event.preventDefault();
        showSummary(form, missing);
      }
    });
    form.addEventListener("change", function (event) {
      var fieldset = event.target.closest("fieldset[data-question]");
      if (fieldset && fieldset.querySelector("input:checked")) {
        flag(fieldset, "");
      }
    });
  });
})();
