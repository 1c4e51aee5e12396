// The service worker after an update (issue 29), against a server that behaves like Python's `http.server` and
// many simple hosts: Last-Modified, no Cache-Control (the project's own server sends `no-cache`, which hid both
// bugs). A new release must show on a normal load (not the old page from the HTTP cache), every language of the
// new release must be cached so that a switch works offline, and the worker, deployed at a site's root, must
// never answer the site's other pages and files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../scripts/static-server.mjs';
import { ROOT, launch, text } from './helpers.mjs';

let browser, tmp, server, origin;
const DAY = 24 * 3600 * 1000;

before(async () => {
  browser = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-sw-'));
  fs.cpSync(path.join(ROOT, 'dist'), tmp, { recursive: true });
  // Released a week ago: a heuristic HTTP cache holds such a page fresh for most of a day.
  const old = new Date(Date.now() - 7 * DAY);
  for (const f of fs.readdirSync(tmp)) fs.utimesSync(path.join(tmp, f), old, old);
  // Another page and file of the same site, not the atlas's.
  fs.mkdirSync(path.join(tmp, 'notes'));
  fs.writeFileSync(path.join(tmp, 'notes', 'index.html'), '<!doctype html><title>notes</title><p id="notes">the school\'s notes</p>');
  fs.writeFileSync(path.join(tmp, 'timetable.json'), '{"monday":"history"}');
  server = await serve(tmp, 0, '127.0.0.1', { lastModified: true });
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await browser?.close();
  server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The cached paths of the atlas's cache. */
const cachedPaths = (page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('japan-soviet-atlas-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });

/** A new release: new text files (new names), a changed page. */
function release(n) {
  const index = path.join(tmp, 'index.html');
  let html = fs.readFileSync(index, 'utf8');
  for (const lang of ['zh', 'en']) {
    const name = html.match(new RegExp(`\\./(atlas-[0-9a-f]{16})\\.${lang}\\.bin`))[1];
    const renamed = `atlas-${(BigInt(`0x${name.slice(6)}`) ^ BigInt(n)).toString(16).padStart(16, '0')}`;
    fs.copyFileSync(path.join(tmp, `${name}.${lang}.bin`), path.join(tmp, `${renamed}.${lang}.bin`));
    html = html.split(`./${name}.${lang}.bin`).join(`./${renamed}.${lang}.bin`);
  }
  html = html.replace(/<html lang="en"[^>]*>/, `<html lang="en" data-release="${n}">`);
  fs.writeFileSync(index, html);
  return [...html.matchAll(/\.\/(atlas-[0-9a-f]{16}\.(?:zh|en)\.bin)/g)].map((m) => `/${m[1]}`);
}

test('after an update: the new release shows on a normal load, its every language is cached, a switch works offline', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/?year=1945&lang=en`);
  await page.waitForSelector('[data-testid="date-display"]', { state: 'attached' });
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${origin}/sw.js`);

  // The page is in the HTTP cache now, heuristically fresh (Last-Modified a week ago, no Cache-Control).
  const texts = release(1);
  await page.goto(`${origin}/?year=1945&lang=en`);
  await page.waitForSelector('[data-testid="date-display"]', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.release), '1', 'the new release, not the old page');

  // Every language of the new release is cached (the page fetched the English texts only), the old ones dropped.
  await page.waitForFunction(
    async (want) => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('japan-soviet-atlas-')));
      const have = (await cache.keys()).map((r) => new URL(r.url).pathname);
      return want.every((p) => have.includes(p));
    },
    texts,
    { timeout: 10000 },
  );
  const cached = await cachedPaths(page);
  assert.equal(cached.filter((p) => p.endsWith('.bin')).length, 2, `only the current texts: ${cached}`);

  // Offline: a switch to Chinese finds its texts in the cache.
  await context.setOffline(true);
  await page.goto(`${origin}/?year=1930&lang=en`);
  await page.waitForSelector('[data-testid="date-display"]', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.release), '1');
  await page.click('[data-testid="lang-zh"]');
  await page.waitForSelector('html[lang="zh-Hans"]');
  await page.waitForFunction(
    () => !document.querySelector('.texts-waiting') && document.querySelector('[data-testid="event-card"]'),
    null,
    { timeout: 10000 },
  );
  assert.match(await page.locator('[data-testid="event-card"]').first().evaluate((e) => e.textContent), /[\u4e00-\u9fff]/);
  assert.equal(await page.locator('[data-testid="lang-error"]').isVisible(), false);
  assert.equal(await text(page, 'date-display'), '1930年');
  assert.deepEqual(errors, []);
  await context.close();
});

test("at a site's root the worker answers only the atlas's own files", async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${origin}/?lang=en`);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Online, another page of the site and a file of the site come from the network, and are not cached.
  const viaWorker = [];
  context.on('response', (r) => {
    if (r.fromServiceWorker()) viaWorker.push(new URL(r.url()).pathname);
  });
  const json = await page.evaluate(async () => (await fetch('/timetable.json')).json());
  assert.deepEqual(json, { monday: 'history' });
  await page.goto(`${origin}/notes/`);
  assert.equal(await page.locator('#notes').innerText(), "the school's notes");
  assert.deepEqual(viaWorker, [], 'the worker answered none of them');
  await page.goto(`${origin}/?lang=en`);
  await page.waitForSelector('[data-testid="date-display"]', { state: 'attached' });
  const cached = await cachedPaths(page);
  assert.ok(!cached.some((p) => p.includes('notes') || p.includes('timetable')), `cached: ${cached}`);
  // Offline, the site's other page is not the atlas.
  await context.setOffline(true);
  const offline = await page.goto(`${origin}/notes/`).then(
    () => 'answered',
    () => 'failed',
  );
  assert.equal(offline, 'failed', 'offline, another page of the site is not answered with the atlas');
  await context.close();
});
