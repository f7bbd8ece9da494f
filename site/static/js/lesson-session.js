// A lesson page from the shared cache is the same for every reader and holds nobody's tokens:
// ask the lesson's session/ address for this reader's (it also notes that they read the
// lesson), and put them into the quiz form before it can be sent.
(function () {
  "use strict";

  var article = document.querySelector("[data-lesson-session]");
  if (!article) {
    return;
  }

  function fill(form, name, value) {
    var input = form.querySelector('input[name="' + name + '"]');
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      form.insertBefore(input, form.firstChild);
    }
    input.value = value;
  }

  fetch(article.getAttribute("data-lesson-session"), { credentials: "same-origin", cache: "no-store" })
    .then(function (response) {
      return response.ok ? response.json() : Promise.reject(response.status);
    })
    .then(function (tokens) {
      document.querySelectorAll("form[data-quiz-form]").forEach(function (form) {
        fill(form, "csrfmiddlewaretoken", tokens.csrf);
        fill(form, "submission", tokens.submission);
      });
    })
    .catch(function () {
      // Offline or refused: the form is sent without tokens, and the server sends the lesson
      // back with the answers kept and the reader's own tokens, to be sent once more.
    });
})();
