// Lagebild's service worker: precaches every file of the build (the list and
// version are written by scripts/post-build.mjs) and serves them offline.
// A new build installs beside the old one and waits until the reader accepts
// the reload the app offers ("Neue Version verfügbar").
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
// The Studio's page and files: cached in this version's cache when the
// Studio asks, so an editor's Studio works offline and readers never fetch it.
const STUDIO = __STUDIO__;
const CACHE = `lagebild-${VERSION}`;
// The world map's files (world/: the gazetteer, countries, borders, admin-1
// areas the Studio fetches): not precached, readers never need them; kept
// once fetched, in a cache that changes only when they do.
const WORLD_VERSION = '__WORLD_VERSION__';
const WORLD_CACHE = `lagebild-world-${WORLD_VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((k) => k.startsWith('lagebild-') && k !== CACHE && k !== WORLD_CACHE)
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'lagebild:skip-waiting') self.skipWaiting();
  if (event.data === 'lagebild:cache-studio' && STUDIO.length) {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(STUDIO)));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.href.startsWith(new URL('world/', self.registration.scope).href)) {
    event.respondWith((async () => {
      const cache = await caches.open(WORLD_CACHE);
      const key = url.origin + url.pathname;
      const hit = await cache.match(key);
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok) await cache.put(key, response.clone());
      return response;
    })());
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Each story is a page of its own: a navigation to a directory is its
    // index.html, any other page is itself (query and hash ignored).
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const key = url.origin + path;
    const hit = await cache.match(key, { ignoreSearch: true });
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (err) {
      if (request.mode === 'navigate') {
        const shell = await cache.match(new URL('index.html', self.registration.scope).href);
        if (shell) return shell;
      }
      throw err;
    }
  })());
});
