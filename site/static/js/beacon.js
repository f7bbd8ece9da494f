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

  // Checklists: ticks are kept in this browser only (localStorage), per lesson and per list:
  // data-checklist is "<lesson translation key>:<block id>", the same in every language.
  // Earlier versions kept every list's ticks under one shared key, "beacon-checklist-". Those
  // ticks are dropped rather than migrated: they were item numbers written by whichever lists
  // the reader ticked, so there is no telling which lesson or list a tick belonged to.
  try { localStorage.removeItem("beacon-checklist-"); } catch (e) { /* storage blocked */ }
  document.querySelectorAll("[data-checklist]").forEach(function (list) {
    var key = "beacon-checklist-" + list.getAttribute("data-checklist");
    var ticked = {};
    try { ticked = JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { ticked = {}; }
    list.querySelectorAll("input[type=checkbox][data-item]").forEach(function (box) {
      box.checked = Boolean(ticked[box.getAttribute("data-item")]);
      box.addEventListener("change", function () {
        ticked[box.getAttribute("data-item")] = box.checked;
        try { localStorage.setItem(key, JSON.stringify(ticked)); } catch (e) { /* storage full or blocked */ }
      });
    });
  });

  // Quizzes cannot be graded offline: disable submitting and say why.
  function reflectConnection() {
    document.querySelectorAll("[data-quiz-form]").forEach(function (form) {
      var offline = !navigator.onLine;
      form.querySelector("[type=submit]").disabled = offline;
      form.querySelector("[data-offline-note]").hidden = !offline;
    });
  }
  window.addEventListener("online", reflectConnection);
  window.addEventListener("offline", reflectConnection);
  reflectConnection();

  // The offline pages list the lessons kept in the service worker's page cache, in the reader's
  // language, titled by the saved copy's heading.
  function lessonIn(cache, request) {
    return cache.match(request).then(function (response) {
      return response.text();
    }).then(function (html) {
      var heading = new DOMParser().parseFromString(html, "text/html").querySelector("article.lesson h1");
      return heading ? { path: new URL(request.url).pathname, title: heading.textContent.trim() } : null;
    });
  }

  function lessonsIn(name, prefix) {
    return caches.open(name).then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests.filter(function (request) {
          return new URL(request.url).pathname.indexOf(prefix) === 0;
        }).map(function (request) {
          return lessonIn(cache, request);
        }));
      });
    });
  }

  function savedLessons(language) {
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("beacon-pages-") === 0;
      }).map(function (name) {
        return lessonsIn(name, "/" + language + "/");
      }));
    }).then(function (found) {
      var byPath = {};
      [].concat.apply([], found).forEach(function (lesson) {
        if (lesson) { byPath[lesson.path] = lesson; }
      });
      return Object.keys(byPath).map(function (path) { return byPath[path]; }).sort(function (a, b) {
        return a.title.localeCompare(b.title, language);
      });
    });
  }

  var savedList = document.querySelector("[data-saved-lessons]");
  if (savedList && "caches" in window) {
    savedLessons(document.documentElement.lang).then(function (lessons) {
      lessons.forEach(function (lesson) {
        var link = document.createElement("a");
        link.href = lesson.path;
        link.textContent = lesson.title;
        savedList.appendChild(document.createElement("li")).appendChild(link);
      });
      document.querySelector("[data-saved-lessons-empty]").hidden = lessons.length > 0;
    });
  }

  // Offline reading through the service worker, with a "save for offline" button on lessons.
  if (!("serviceWorker" in navigator)) {
    return;
  }
  navigator.serviceWorker.register("/sw.js", { scope: "/" });
  var button = document.querySelector("[data-save-offline]");
  var status = document.querySelector("[data-offline-status]");
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.serviceWorker.ready.then(function (registration) {
      registration.active.postMessage({ type: "save-page", url: location.pathname });
    });
  });
  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data && event.data.type === "page-saved") {
      status.textContent = button.getAttribute("data-saved-text");
    } else if (event.data && event.data.type === "page-save-failed") {
      status.textContent = button.getAttribute("data-failed-text");
    }
  });
})();
