// Offline cache for the atlas: once the page has been opened, it keeps working without the network.
//
// - The page (a navigation to the atlas's own page): network first, fetched with `cache: 'no-cache'` so that a
//   host that sends Last-Modified without Cache-Control (Python's server, many simple hosts) cannot hand back the
//   old release from the HTTP cache; the cached page when offline.
// - Hashed assets (Trunk names them `name-<hash>.js`, `…_bg.wasm`, `….css`; build.rs names each language's texts
//   `atlas-<hash>.<lang>.bin` and the palette `palette-<hash>.css`; the post-build hook `boot-<hash>.js` and
//   `start-<hash>.js`): cache first, they never change. The hash is a 64-bit number in hex without leading zeros:
//   usually 16 digits, 15 one build in sixteen.
// - Nothing else. The worker is scoped to the atlas's own folder (its default: where sw.js is), and even where
//   that folder is a site's root it answers only the atlas's own files: other pages and files of the site go to
//   the network untouched, never into this cache.
//
// Every language of the current build is cached (the page loads only the reader's): on install, on activate, and
// after every fresh page load (a new release's texts have new names; sw.js itself does not change with a
// release, so no new install comes with one). Each fresh page load also drops cached assets that page no longer
// names (old releases).
// Bump VERSION when this file's caching rules change: `activate` deletes every other version's cache.
// Registered by public/boot.js (named by <meta name="atlas-sw">); never used by the single-file build.

const VERSION = 4;
const PREFIX = 'japan-soviet-atlas-';
const CACHE = `${PREFIX}v${VERSION}`;
const HASHED = /-[0-9a-f]{8,16}(?:(?:_bg)?\.(?:js|wasm|css)|\.(?:zh|en)\.bin)$/;
const SCOPE = new URL(self.registration.scope);

/** The atlas's page: the scope's folder itself or its index.html (any query: every view is the same page). */
function isPage(url) {
  return url.origin === SCOPE.origin && (url.pathname === SCOPE.pathname || url.pathname === `${SCOPE.pathname}index.html`);
}

/** One of the atlas's hashed files: directly in the scope's folder, with a hashed name. */
function isAsset(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return false;
  const rest = url.pathname.slice(SCOPE.pathname.length);
  return !rest.includes('/') && HASHED.test(url.pathname);
}

/** The hashed asset URLs a page names (`./name-hash.js`, `href="./main-hash.css"`, the texts' JSON …), absolute. */
function assetsOf(html, base) {
  const urls = new Set();
  for (const m of html.matchAll(/["'](\.?\/?[\w./-]+)["']/g)) {
    const url = new URL(m[1], base);
    if (isAsset(url)) urls.add(url.href);
  }
  return urls;
}

/** The cache key of the page: the scope without a query. */
const PAGE_KEY = SCOPE.href;

/** Cache every hashed asset `html` names that the cache lacks: every language's texts included. */
async function precache(html, base) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    [...assetsOf(html, base)].map(async (url) => {
      if (await cache.match(url)) return;
      try {
        // Hashed assets never change: whatever the HTTP cache holds is good.
        const r = await fetch(url, { cache: 'force-cache' });
        if (r.ok) await cache.put(url, r);
      } catch (e) {
        // Offline or gone: the next page load tries again.
      }
    }),
  );
}

/** The page from the network, past the HTTP cache (revalidated), and what it names. */
async function freshPage() {
  const cache = await caches.open(CACHE);
  const response = await fetch(PAGE_KEY, { cache: 'no-cache' });
  if (!response.ok) return null;
  const html = await response.clone().text();
  await cache.put(PAGE_KEY, response);
  return html;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const html = await freshPage();
      if (html) await precache(html, PAGE_KEY);
    })().then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // The page cached now (by install, or by an earlier version's last load) names the current build.
      const cached = await (await caches.open(CACHE)).match(PAGE_KEY);
      if (cached) await precache(await cached.text(), PAGE_KEY);
      await self.clients.claim();
    })(),
  );
});

/** After a fresh page: cache every asset it names, then forget cached hashed assets it no longer names. */
async function update(html) {
  const keep = assetsOf(html, PAGE_KEY);
  if (keep.size === 0) return;
  await precache(html, PAGE_KEY);
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) {
    if (HASHED.test(new URL(request.url).pathname) && !keep.has(request.url)) await cache.delete(request);
  }
}

async function page(event) {
  const cache = await caches.open(CACHE);
  try {
    // Revalidated with the server (`no-cache`): a heuristically fresh copy in the HTTP cache is not a release.
    const response = await fetch(event.request.url, { cache: 'no-cache', credentials: 'same-origin' });
    // A redirect is the browser's to follow (a service worker may not answer a navigation with one).
    if (response.redirected) return fetch(event.request);
    if (response.ok && response.type === 'basic') {
      await cache.put(PAGE_KEY, response.clone());
      event.waitUntil(response.clone().text().then(update));
    }
    if (response.ok || response.status < 500) return response;
    return (await cache.match(PAGE_KEY)) || response;
  } catch (error) {
    const cached = await cache.match(PAGE_KEY);
    if (cached) return cached;
    throw error;
  }
}

async function asset(event) {
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
  if (request.mode === 'navigate' && isPage(url)) {
    event.respondWith(page(event));
  } else if (request.mode !== 'navigate' && isAsset(url)) {
    event.respondWith(asset(event));
  }
  // Anything else is not the atlas's: not answered, not cached.
});
