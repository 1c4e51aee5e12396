// Offline cache for the atlas: once the page has been opened, it keeps working without the network.
//
// - Pages (navigations): network first, so a new release shows at once; the cached page when offline.
// - Hashed assets (Trunk names them `name-<hash>.js`, `…_bg.wasm`, `….css`; build.rs names each language's texts
//   `atlas-<hash>.<lang>.bin`): cache first, they never change. The hash is a 64-bit number in hex without leading
//   zeros: usually 16 digits, 15 one build in sixteen.
// - Anything else of the app's own origin: network first, cache fallback. Other origins: not touched.
//
// The first visit is not controlled by the worker yet, so `install` fetches the page and the assets it names: the
// texts of both languages too (the page loads only the reader's), so that a switch works offline.
// Each successful page load drops cached assets the current page no longer names (old releases).
// Bump VERSION when this file's caching rules change: `activate` deletes every other version's cache.
// Registered by the inline script in index.html; never used by the single-file build.

const VERSION = 3;
const PREFIX = 'japan-soviet-atlas-';
const CACHE = `${PREFIX}v${VERSION}`;
const HASHED = /-[0-9a-f]{8,16}(?:(?:_bg)?\.(?:js|wasm|css)|\.(?:zh|en)\.bin)$/;
const SCOPE = new URL(self.registration.scope);

/** The hashed asset URLs a page names (`./name-hash.js`, `href="./main-hash.css"`, …), absolute. */
function assetsOf(html, base) {
  const urls = new Set();
  for (const m of html.matchAll(/["'](\.?\/?[\w./-]+)["']/g)) {
    const url = new URL(m[1], base);
    if (url.origin === SCOPE.origin && HASHED.test(url.pathname)) urls.add(url.href);
  }
  return urls;
}

/** The cache key of a page: its path without the query (every view of the app is the same page). */
function pageKey(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(SCOPE.href, { cache: 'no-cache' });
      if (!response.ok) return;
      const html = await response.clone().text();
      await cache.put(pageKey(SCOPE.href), response);
      // Hashed assets never change: whatever the HTTP cache holds from the page's own load is good.
      await Promise.all(
        [...assetsOf(html, SCOPE.href)].map(async (url) => {
          const r = await fetch(url, { cache: 'force-cache' });
          if (r.ok) await cache.put(url, r);
        }),
      );
    })().then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** After a fresh page: forget cached hashed assets it no longer names. */
async function prune(html, base) {
  const keep = assetsOf(html, base);
  if (keep.size === 0) return;
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) {
    if (HASHED.test(new URL(request.url).pathname) && !keep.has(request.url)) await cache.delete(request);
  }
}

async function networkFirst(event, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic') {
      await cache.put(key, response.clone());
      if (event.request.mode === 'navigate') {
        event.waitUntil(response.clone().text().then((html) => prune(html, event.request.url)));
      }
    }
    if (response.ok || response.status < 500) return response;
    return (await cache.match(key)) || response;
  } catch (error) {
    const cached =
      (await cache.match(key)) ||
      (event.request.mode === 'navigate' ? await cache.match(pageKey(SCOPE.href)) : undefined);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request.url);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic') await cache.put(event.request.url, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(event, pageKey(url.href)));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(event));
  } else {
    event.respondWith(networkFirst(event, url.href));
  }
});
