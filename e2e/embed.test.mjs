// Classroom use, end to end: links that round-trip, the app inside LMS-style sandboxed iframes on another origin,
// the single-file build (from file:// and in an opaque-origin sandbox), layouts from 320 px, printing on one
// page, offline after the first load, and the map export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launch, startServer, openPage, text, ROOT } from './helpers.mjs';
import { buildSingle, SINGLE_NAME } from '../scripts/build-single.mjs';

let browser;
let app; // the release build, origin 1
let host; // a class page on origin 2
let hostPages = {};

const SINGLE_DIR = path.join(ROOT, 'dist-single');
const SINGLE = path.join(SINGLE_DIR, SINGLE_NAME);

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

const classPage = (src, sandbox) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Class page</title>
<link rel="icon" href="data:,"></head><body><h1>History 9B</h1>
<iframe id="atlas" src="${src}" sandbox="${sandbox}" width="800" height="700" title="Japan–Soviet atlas"></iframe>
<script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'japan-soviet-atlas:height') window.heights.push(e.data.height); });</script>
</body></html>`;

async function hostContext() {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const log = { errors: [], console: [], requests: [] };
  context.on('request', (r) => log.requests.push(r.url()));
  context.on('page', () => {});
  return { context, log };
}

function watch(page, log) {
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.errors.push(e.message));
}

test('links round-trip: opening a copied address reproduces the view', async () => {
  const views = ['?year=1932&lang=zh', '?date=1945-08-09&lang=en', '?event=neutrality-pact&lang=zh', '?year=1945&lang=en&embed=1'];
  for (const q of views) {
    const first = await openPage(browser, `${app.origin}/${q}`);
    const copied = first.page.url();
    const seen = async (page) => ({
      date: await text(page, 'date-display'),
      lang: await page.getAttribute('html', 'lang'),
      selected: await page.locator('.card--selected').getAttribute('data-event').catch(() => null),
      embed: await page.locator('.app--embed').count(),
      slider: await page.locator('[data-testid="year-slider"]').inputValue(),
    });
    const a = await seen(first.page);
    await first.context.close();
    const second = await openPage(browser, copied);
    assert.deepEqual(await seen(second.page), a, `${q} -> ${copied}`);
    assert.equal(second.page.url(), copied, 'the address is already canonical');
    await second.context.close();
  }
});

test('garbage parameters are ignored: no error, no injected markup', async () => {
  const bad = ['?year=abc', '?year=99999', '?lang=xx', '?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '?date=1945-13-45', '?embed=maybe', '?%E0%A4%A=1&year=19%4'];
  for (const q of bad) {
    const { page, context, log } = await openPage(browser, `${app.origin}/${q}`);
    assert.deepEqual(log.errors, [], q);
    assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warning'), [], q);
    assert.equal(await page.locator('main script, main [onerror]').count(), 0, q);
    assert.ok((await text(page, 'date-display')).length > 0, q);
    await context.close();
  }
});

test('in an LMS-style sandboxed iframe on another origin the app works and asks nothing of the host', async () => {
  hostPages['/lms.html'] = classPage(`${app.origin}/?embed=1&year=1945&lang=en`, 'allow-scripts allow-same-origin allow-popups allow-forms');
  const { context, log } = await hostContext();
  const page = await context.newPage();
  watch(page, log);
  await page.goto(`${host.origin}/lms.html`);
  const frame = page.frameLocator('#atlas');
  await frame.locator('[data-testid="date-display"]').waitFor();
  assert.equal(await frame.locator('[data-testid="date-display"]').innerText(), '1945');
  assert.equal(await frame.locator('.masthead').count(), 0, 'no page header in embed mode');
  assert.ok((await frame.locator('[data-testid="map-svg"] g[data-region]').count()) >= 22);
  await frame.locator('[data-testid="year-slider"]').focus();
  await page.keyboard.press('End');
  assert.equal(await frame.locator('[data-testid="date-display"]').innerText(), '1991');
  await page.waitForFunction(() => window.heights.length > 0);
  const foreign = log.requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith(host.origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => /^(error|warning)/.test(m)), []);
  await context.close();
});

test('the single-file build works in sandbox="allow-scripts" (opaque origin)', async () => {
  hostPages['/opaque.html'] = classPage(`${host.origin}/single.html?year=1939&lang=zh`, 'allow-scripts');
  const { context, log } = await hostContext();
  const page = await context.newPage();
  watch(page, log);
  await page.goto(`${host.origin}/opaque.html`);
  const frame = page.frameLocator('#atlas');
  await frame.locator('[data-testid="date-display"]').waitFor();
  assert.equal(await frame.locator('[data-testid="date-display"]').innerText(), '1939年');
  assert.ok((await frame.locator('[data-testid="map-svg"] g[data-region]').count()) >= 22);
  await frame.locator('[data-testid="year-slider"]').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await frame.locator('[data-testid="date-display"]').innerText(), '1940年');
  const requests = log.requests.filter((u) => !u.startsWith('data:'));
  assert.deepEqual(requests, [`${host.origin}/opaque.html`, `${host.origin}/single.html?year=1939&lang=zh`], 'one file, nothing else');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => /^(error|warning)/.test(m)), []);
  await context.close();
});

test('the single-file build opened from disk (file://) renders the map and follows the slider', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = { errors: [], console: [] };
  watch(page, log);
  await page.goto(`file://${SINGLE}?year=1920&lang=en`);
  await page.locator('[data-testid="date-display"]').waitFor();
  assert.equal(await text(page, 'date-display'), '1920');
  assert.equal(await page.locator('[data-testid="map-svg"] g[data-region="north-sakhalin"]').getAttribute('data-controller'), 'japan');
  await page.locator('[data-testid="year-slider"]').focus();
  await page.keyboard.press('End');
  assert.equal(await text(page, 'date-display'), '1991');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => /^(error|warning)/.test(m)), []);
  await context.close();
});

test('layouts from 320 px to 1280 px: no sideways scroll, slider reachable (screenshots in docs/layout)', async () => {
  fs.mkdirSync(path.join(ROOT, 'docs/layout'), { recursive: true });
  for (const [width, height] of [[320, 800], [375, 800], [768, 900], [1280, 900], [320, 400]]) {
    for (const embed of ['', '&embed=1']) {
      const { page, context } = await openPage(browser, `${app.origin}/?year=1945&lang=en${embed}`, { width, height });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(sideways <= 0, `${width}x${height}${embed}: scrolls sideways by ${sideways}px`);
      const slider = page.locator('[data-testid="year-slider"]');
      await slider.scrollIntoViewIfNeeded();
      const box = await slider.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${width}${embed}: slider inside the width`);
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await text(page, 'date-display'), '1946');
      if (height === 800 || height === 900) {
        await page.screenshot({ path: path.join(ROOT, `docs/layout/${width}${embed ? '-embed' : ''}.png`) });
      }
      await context.close();
    }
  }
});

test('printing gives one A4 / Letter page with the map, legend, cards and attribution', async () => {
  for (const q of ['?year=1945&lang=en', '?year=1945&lang=zh', '?year=1918&lang=en']) {
    const { page, context } = await openPage(browser, `${app.origin}/${q}`);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.equal(pages, 1, `${q} on ${format}`);
    }
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['[data-testid="map-svg"]', '[data-testid="legend"]', '[data-testid="event-cards"]', '.footer']) {
      assert.ok(await page.locator(sel).isVisible(), `${sel} printed`);
    }
    assert.equal(await page.locator('[data-testid="year-slider"]').isVisible(), false);
    await context.close();
  }
});

test('the normal build keeps working offline once loaded (service worker)', async () => {
  const { page, context } = await openPage(browser, `${app.origin}/?year=1945&lang=en`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto(`${app.origin}/?year=1930&lang=zh`);
  await page.locator('[data-testid="date-display"]').waitFor();
  assert.equal(await text(page, 'date-display'), '1930年');
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
