// Beacon's entry script. Pages work without it; it only adds progressive enhancements.
(function () {
  "use strict";

  // Remember the reader's language choice so "/" sends them back to it next time.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".language-switcher a[hreflang]");
    if (link) {
      document.cookie = "django_language=" + link.getAttribute("hreflang") + ";path=/;max-age=31536000;samesite=lax";
    }
  });
})();
