// Classroom embedding and offline use, end to end: the app inside an LMS-style sandboxed iframe on another origin,
// the single-file build (dist-single/, built here when missing or older than dist/) in an opaque-origin sandbox
// (src and srcdoc) and from file://, offline after the first load (service worker), and the map export.
// In every frame: the app renders, the slider works, no request leaves the frame's own origin(s), no console
// error or warning, and the host page receives the `japan-soviet-atlas:height` messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launch, startServer, openPage, text, ROOT } from './helpers.mjs';
import { buildSingle, SINGLE_NAME } from '../scripts/build-single.mjs';

let browser;
let app; // the release build (dist/), origin 1
let host; // a class page and the single file, origin 2
const hostPages = {};

const SINGLE = path.join(ROOT, 'dist-single', SINGLE_NAME);

before(async () => {
  const distIndex = path.join(ROOT, 'dist', 'index.html');
  if (!fs.existsSync(SINGLE) || fs.statSync(SINGLE).mtimeMs < fs.statSync(distIndex).mtimeMs) {
    buildSingle({ quiet: true });
  }
  app = await startServer();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/single.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(SINGLE));
      return;
    }
    const page = hostPages[url.pathname];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = { server, origin: `http://127.0.0.1:${server.address().port}` };
  browser = await launch();
});

after(async () => {
  await browser?.close();
  app?.server.close();
  host?.server.close();
});

/** A class page holding the atlas in an iframe (src, or srcdoc filled from a URL), collecting height messages. */
const classPage = ({ src, srcdocFrom, sandbox }) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Class page</title><link rel="icon" href="data:,"></head><body><h1>History 9B</h1>
<iframe id="atlas" ${src ? `src="${src}"` : ''} sandbox="${sandbox}" width="800" height="700" title="Japan–Soviet atlas"></iframe>
<script>
window.heights = [];
addEventListener('message', (e) => {
  if (e.source === document.getElementById('atlas').contentWindow && e.data && e.data.type === 'japan-soviet-atlas:height') {
    window.heights.push(e.data.height);
  }
});
${srcdocFrom ? `fetch(${JSON.stringify(srcdocFrom)}).then((r) => r.text()).then((t) => { document.getElementById('atlas').srcdoc = t; });` : ''}
</script></body></html>`;

/** A fresh context that records every request (of every frame and worker) and every page's console. */
async function hostPage(url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const log = { errors: [], console: [], requests: [] };
  context.on('request', (r) => log.requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.goto(url);
  return { context, page, log };
}

const noisy = (log) => log.console.filter((m) => /^(error|warning)/.test(m));

/** The checks every embedding must pass: renders, slider (End → last year), height message, clean console. */
async function checkFrame(page, log, { last }) {
  const frame = page.frameLocator('#atlas');
  const date = frame.locator('[data-testid="date-display"]');
  await date.waitFor();
  await frame.locator('[data-testid="year-slider"]').focus();
  await page.keyboard.press('End');
  assert.equal(await date.innerText(), last, 'End moves the slider to the last year');
  await page.waitForFunction(() => window.heights.length > 0);
  const heights = await page.evaluate(() => window.heights);
  assert.ok(heights.every((h) => Number.isFinite(h) && h > 200), `height messages: ${heights}`);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(noisy(log), []);
  return frame;
}

test('in an LMS-style sandboxed iframe on another origin the app works and asks nothing of the host', async () => {
  hostPages['/lms.html'] = classPage({
    src: `${app.origin}/?embed=1&year=1945&lang=en`,
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-forms',
  });
  const { context, page, log } = await hostPage(`${host.origin}/lms.html`);
  const frame = page.frameLocator('#atlas');
  await frame.locator('[data-testid="date-display"]').waitFor();
  assert.equal(await frame.locator('[data-testid="date-display"]').innerText(), '1945');
  assert.equal(await frame.locator('.masthead').count(), 0, 'no page header in embed mode');
  assert.equal(await frame.locator('.app--embed').count(), 1);
  await checkFrame(page, log, { last: '1991' });
  const foreign = log.requests.filter(
    (u) => !u.startsWith(`${app.origin}/`) && !u.startsWith(`${host.origin}/`) && !u.startsWith('data:'),
  );
  assert.deepEqual(foreign, [], 'no request leaves the two origins');
  const fromHost = log.requests.filter((u) => u.startsWith(`${host.origin}/`));
  assert.deepEqual(fromHost, [`${host.origin}/lms.html`], 'the app asks nothing of the host origin');
  await context.close();
});

test('the single-file build works in sandbox="allow-scripts" (opaque origin, src on another origin)', async () => {
  hostPages['/opaque.html'] = classPage({ src: `${host.origin}/single.html?year=1939&lang=zh`, sandbox: 'allow-scripts' });
  const { context, page, log } = await hostPage(`${host.origin}/opaque.html`);
  const frame = page.frameLocator('#atlas');
  await frame.locator('[data-testid="date-display"]').waitFor();
  assert.equal(await frame.locator('[data-testid="date-display"]').innerText(), '1939年');
  await frame.locator('[data-testid="year-slider"]').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await frame.locator('[data-testid="date-display"]').innerText(), '1940年');
  await checkFrame(page, log, { last: '1991年' });
  const requests = log.requests.filter((u) => !u.startsWith('data:'));
  assert.deepEqual(requests, [`${host.origin}/opaque.html`, `${host.origin}/single.html?year=1939&lang=zh`], 'one file, nothing else');
  await context.close();
});

test('the single-file build works in a srcdoc frame with sandbox="allow-scripts"', async () => {
  hostPages['/srcdoc.html'] = classPage({ srcdocFrom: '/single.html', sandbox: 'allow-scripts' });
  const { context, page, log } = await hostPage(`${host.origin}/srcdoc.html`);
  const frame = page.frameLocator('#atlas');
  await frame.locator('[data-testid="date-display"]').waitFor();
  assert.equal(await frame.locator('[data-testid="date-display"]').innerText(), '1917', 'no query: the first year');
  await checkFrame(page, log, { last: '1991' });
  const requests = log.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('about:'));
  assert.deepEqual(requests, [`${host.origin}/srcdoc.html`, `${host.origin}/single.html`], 'the host fetched the file; the frame asked nothing');
  await context.close();
});

test('single file: the map is drawn (more than 10 regions) inside the opaque sandbox', async () => {
  hostPages['/opaque-map.html'] = classPage({ src: `${host.origin}/single.html?year=1945&lang=en`, sandbox: 'allow-scripts' });
  const { context, page } = await hostPage(`${host.origin}/opaque-map.html`);
  const regions = page.frameLocator('#atlas').locator('[data-testid="map-svg"] g[data-region]');
  await regions.first().waitFor({ state: 'attached' });
  assert.ok((await regions.count()) > 10, `${await regions.count()} regions`);
  await context.close();
});

test('the single-file build opened from disk (file://) renders the map and follows the slider', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = { errors: [], console: [], requests: [] };
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.errors.push(e.message));
  context.on('request', (r) => log.requests.push(r.url()));
  await page.goto(`file://${SINGLE}?year=1920&lang=en`);
  await page.locator('[data-testid="date-display"]').waitFor();
  assert.equal(await text(page, 'date-display'), '1920');
  assert.equal(
    await page.locator('[data-testid="map-svg"] g[data-region="north-sakhalin"]').getAttribute('data-controller'),
    'japan',
  );
  await page.locator('[data-testid="year-slider"]').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(page, 'date-display'), '1921');
  await page.keyboard.press('End');
  assert.equal(await text(page, 'date-display'), '1991');
  // Both languages are in the file: a switch needs no request.
  await page.click('[data-testid="lang-zh"]');
  await page.waitForSelector('html[lang="zh-Hans"]');
  await page.waitForSelector('[data-testid="event-card"]');
  assert.deepEqual(log.requests.filter((u) => !u.startsWith('data:')), [`file://${SINGLE}?year=1920&lang=en`]);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(noisy(log), []);
  await context.close();
});

test('the normal build keeps working offline once loaded (service worker, first visit only)', async () => {
  // A server of its own, so that "offline" can also mean "the server is gone".
  const own = await startServer();
  const { page, context, log } = await openPage(browser, `${own.origin}/?year=1945&lang=en`);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('japan-soviet-atlas-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(cached.some((p) => p.endsWith('.wasm')), `cached: ${cached}`);
  assert.ok(cached.some((p) => p.endsWith('.js')), `cached: ${cached}`);
  assert.ok(cached.some((p) => p.endsWith('.css')), `cached: ${cached}`);
  // Both languages' texts, though the page itself fetched only the English ones.
  assert.ok(cached.some((p) => p.endsWith('.zh.bin')) && cached.some((p) => p.endsWith('.en.bin')), `cached: ${cached}`);
  assert.ok(!log.requests.some((u) => u.endsWith('.zh.bin')), 'the page asked for the English texts only');
  let hits = 0;
  own.server.on('request', () => hits++);
  own.server.close();
  own.server.closeAllConnections?.();
  await context.setOffline(true);
  await page.goto(`${own.origin}/?year=1930&lang=zh`);
  await page.locator('[data-testid="date-display"]').waitFor();
  assert.equal(await text(page, 'date-display'), '1930年');
  // The Chinese texts came from the offline cache too.
  await page.waitForSelector('[data-testid="event-card"]');
  // textContent: see texts.test.mjs (a card is `content-visibility: auto`).
  assert.match(await page.locator('[data-testid="event-card"]').first().evaluate((e) => e.textContent), /[\u4e00-\u9fff]/);
  await page.locator('[data-testid="year-slider"]').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(page, 'date-display'), '1931年');
  assert.equal(hits, 0, 'everything came from the cache');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the map exports as SVG (with regions and legend) and as PNG of the expected size', async () => {
  const { page, context } = await openPage(browser, `${app.origin}/?year=1945&lang=en`);
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-svg"]')]);
  assert.equal(svgDownload.suggestedFilename(), 'japan-soviet-1945-en.svg');
  const svg = fs.readFileSync(await svgDownload.path(), 'utf8');
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      regions: doc.querySelectorAll('g[data-region]').length,
      legend: doc.querySelectorAll('[data-testid="export-legend"] text').length,
      sakhalin: doc.querySelector('g[data-region="south-sakhalin"]')?.getAttribute('data-controller'),
      viewBox: doc.documentElement.getAttribute('viewBox'),
    };
  }, svg);
  assert.equal(parsed.error, null);
  assert.ok(parsed.regions >= 22);
  assert.ok(parsed.legend >= 6);
  assert.equal(parsed.sakhalin, 'ussr');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
  assert.equal(pngDownload.suggestedFilename(), 'japan-soviet-1945-en.png');
  const png = fs.readFileSync(await pngDownload.path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  const [, , w, h] = parsed.viewBox.split(' ').map(Number);
  assert.equal(png.readUInt32BE(16), Math.trunc(w * 2));
  assert.equal(png.readUInt32BE(20), Math.trunc(h * 2));
  assert.ok(png.length > 20000, `PNG of ${png.length} bytes`);
  await context.close();
});
