// Beacon service worker: pages network-first with a cached fallback, static files cache-first.
// Bump VERSION when the caching rules change; old caches are removed on activation.

const VERSION = "v8";
const PAGES = "beacon-pages-" + VERSION;
// LANGUAGES (interface language codes), MACHINE_PATHS, PERSONAL_SECTIONS, OFFLINE_SECTIONS,
// PRECACHE (the files every page loads, by their hashed URLs) and STATIC (the static cache, named
// after them) are prepended by the server (core.views, from settings and core/paths.py).
// Per language: the offline page, the shell shown for personal pages when offline, and the pages
// that work offline (the household plan).
const OFFLINE_PAGES = LANGUAGES.flatMap((code) => [
  offlinePage(code),
  needsConnectionPage(code),
  ...OFFLINE_SECTIONS.map((section) => "/" + code + "/" + section + "/"),
]);

function machinePath(path) {
  return MACHINE_PATHS.some((prefix) => path.startsWith(prefix));
}

function personalPath(path) {
  return PERSONAL_SECTIONS.some((section) => path.includes("/" + section + "/"));
}

// Paths that must always be fresh or are private: never served from the cache.
function neverCached(path) {
  return machinePath(path) || personalPath(path);
}

function languageOf(url) {
  const code = url.pathname.split("/")[1];
  return LANGUAGES.includes(code) ? code : "en";
}

function offlinePage(code) {
  return "/" + code + "/offline/";
}

function needsConnectionPage(code) {
  return "/" + code + "/offline/needs-connection/";
}

// The offline pages are fetched without cookies: what is cached is the same for everyone and
// holds nothing of the reader's.
function precacheOfflinePages(cache) {
  return cache.addAll(OFFLINE_PAGES.map((path) => new Request(path, { credentials: "omit" })));
}

// The page that registered this worker was loaded before the worker existed, so nothing kept
// it: keep the open pages now, and a lesson opened once on the very first visit reads offline.
async function keepOpenPages(cache) {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const urls = windows
    .map((client) => new URL(client.url))
    .filter((url) => url.origin === self.location.origin && !neverCached(url.pathname));
  await Promise.all(urls.map((url) => cache.add(url.pathname + url.search).catch(() => undefined)));
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(STATIC).then((cache) => cache.addAll(PRECACHE)),
      caches.open(PAGES).then((cache) => Promise.all([precacheOfflinePages(cache), keepOpenPages(cache)])),
    ]).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith("beacon-") && key !== PAGES && key !== STATIC)
          .map((key) => caches.delete(key))
      ))
      .then(() => self.clients.claim())
  );
});

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: false });
    return cached || cache.match(offlinePage(languageOf(new URL(request.url))));
  }
}

// Personal pages come from the network only and are never stored; offline, a data-free shell
// in the reader's language says what needs a connection (instead of the browser's error page).
async function networkOrNeedsConnection(request, url) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(PAGES);
    return cache.match(needsConnectionPage(languageOf(url)));
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(STATIC);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || machinePath(url.pathname)) {
    return;
  }
  if (personalPath(url.pathname)) {
    if (request.mode === "navigate") {
      event.respondWith(networkOrNeedsConnection(request, url));
    }
    return;
  }
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate" || request.headers.get("Accept").includes("text/html")) {
    event.respondWith(networkFirst(request));
  }
});

// "Save for offline": the page asks for its own URL to be stored now.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "save-page") {
    const url = new URL(event.data.url, self.location.origin);
    event.waitUntil(
      caches.open(PAGES)
        .then((cache) => cache.add(url.pathname))
        .then(() => event.source.postMessage({ type: "page-saved", url: url.pathname }))
        .catch(() => event.source.postMessage({ type: "page-save-failed", url: url.pathname }))
    );
  }
});

// Web push: show the alert (one notification per alert chain: same tag, so an update or a
// cancel replaces the earlier one) and open its page when clicked. After a worker dies, the
// server may send a message again: a message already shown (same tag and identifier) is not
// shown twice, and a replacement never alerts again (renotify: false).
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (error) {
    data = { body: event.data ? event.data.text() : "" };
  }
  const options = {
    body: data.body || "",
    data: { url: data.url || "/", identifier: data.identifier || "", ack: Boolean(data.ack) },
    lang: data.lang || "",
    dir: "auto",
  };
  options.actions = [];
  if (data.ack) {  // an exercise: one tap on "I received this" acknowledges it (exercise-ack.js)
    options.actions.push({ action: "ack", title: data.ack.label });
  }
  if (data.lesson) {  // the lesson on what to do in this hazard
    options.actions.push({ action: "lesson", title: data.lesson.label });
    options.data.lesson = data.lesson.url;
  }
  if (data.tag) {
    options.tag = data.tag;
    options.renotify = false;
  }
  event.waitUntil(
    alreadyShown(data).then((shown) =>
      shown ? undefined : self.registration.showNotification(data.title || "Beacon", options)
    )
  );
});

// Is this very message (same tag, same identifier) on screen already?
function alreadyShown(data) {
  if (!data.tag || !data.identifier) {
    return Promise.resolve(false);
  }
  return self.registration
    .getNotifications({ tag: data.tag })
    .then((shown) => shown.some((n) => n.data && n.data.identifier === data.identifier))
    .catch(() => false);
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  // An exercise's page learns it was reached by notification: the "I received this" action
  // acknowledges at once, a click on the notification lets the reader tap it on the page.
  const via = data.ack ? (event.action === "ack" ? "?ack=push" : "?via=push") : "";
  const url = event.action === "lesson" && data.lesson ? data.lesson : (data.url || "/") + via;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = !via && windows.find((client) => new URL(client.url).pathname === url);
      return open ? open.focus() : self.clients.openWindow(url);
    })
  );
});
