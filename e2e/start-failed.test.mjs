// When the program cannot start, the page says so (issue 29), in the page's language, within a few seconds,
// keeping the map's outline that is already painted. Contract: [data-testid=start-failed].
// Each cause headless Chromium can produce: a Content Security Policy that refuses WebAssembly, a sandboxed frame
// without allow-same-origin (the module refused by CORS), a network error (the wasm, the module), a browser
// without WebAssembly, and a download that never finishes (the timeout).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { serve } from '../scripts/static-server.mjs';
import { ROOT, launch } from './helpers.mjs';

let browser, plain, noWasm, host;

before(async () => {
  browser = await launch();
  const dist = path.join(ROOT, 'dist');
  plain = await serve(dist, 0, '127.0.0.1');
  // A host whose policy allows the scripts but not the compilation of WebAssembly.
  noWasm = await serve(dist, 0, '127.0.0.1', {
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" },
  });
  // An LMS-like page on another origin that embeds the atlas in a sandbox without allow-same-origin.
  host = http.createServer((req, res) => {
    const src = `http://127.0.0.1:${plain.address().port}/${new URL(req.url, 'http://x').search}`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>host</title><iframe id="atlas" sandbox="allow-scripts" src="${src}" width="900" height="700"></iframe>`);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
});

after(async () => {
  await browser?.close();
  for (const s of [plain, noWasm, host]) s?.close();
});

const url = (server, query = '') => `http://127.0.0.1:${server.address().port}/${query}`;

/** The failure message of a page (or frame) within `ms`, with what is still painted. */
async function failure(frame, ms = 5000) {
  const started = Date.now();
  await frame.waitForSelector('[data-testid="start-failed"]', { timeout: ms });
  return frame.evaluate(
    (elapsed) => {
      const el = document.querySelector('[data-testid="start-failed"]');
      const r = el.getBoundingClientRect();
      return {
        elapsed,
        text: el.innerText,
        reason: el.dataset.reason,
        lang: el.getAttribute('lang'),
        visible: r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden',
        outline: !!document.querySelector('#shell [data-testid="map-outline"] .shell__land'),
        loading: !!document.querySelector('.shell__loading'),
      };
    },
    Date.now() - started,
  );
}

function assertShown(f, reason, words) {
  assert.equal(f.reason, reason, JSON.stringify(f));
  assert.ok(f.visible, 'the message is visible');
  assert.ok(f.outline, 'the painted outline stays');
  assert.ok(!f.loading, 'no "Loading…" left');
  for (const w of words) assert.match(f.text, w);
}

test('a policy that refuses WebAssembly: the message says so and what to do (English)', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url(noWasm, '?year=1945'));
  const f = await failure(page);
  assertShown(f, 'csp', [/cannot start/, /Content Security Policy/, /single-file/]);
  assert.equal(f.lang, 'en');
  await context.close();
});

test('a policy that refuses every script: the page itself (its stylesheet) says so after 10 s, in both languages', async () => {
  const blocked = await serve(path.join(ROOT, 'dist'), 0, '127.0.0.1', {
    headers: { 'content-security-policy': "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:" },
  });
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(url(blocked, '?lang=en'));
    const note = page.locator('[data-testid="start-failed"]');
    assert.equal(await note.isVisible(), false, 'not at once');
    await note.waitFor({ state: 'visible', timeout: 15000 });
    assert.equal(await note.getAttribute('data-reason'), 'blocked');
    assert.match(await note.innerText(), /cannot start[\s\S]*single-file[\s\S]*地图无法启动/);
    assert.ok(await page.locator('#shell [data-testid="map-outline"] .shell__land').count(), 'the outline stays');
    await context.close();
  } finally {
    blocked.close();
  }
});

test('a sandbox without allow-same-origin: the module is refused by CORS, the message names allow-same-origin', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${host.address().port}/?lang=zh`);
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  const f = await failure(frame, 8000);
  assertShown(f, 'sandbox', [/allow-same-origin/, /单文件/]);
  assert.equal(f.lang, 'zh-Hans', '?lang=zh gives Chinese');
  await context.close();
});

for (const [what, pattern] of [
  ['the wasm', /_bg\.wasm$/],
  ['the program module', /japan-soviet-atlas-[0-9a-f]+\.js$/],
]) {
  test(`a network error on ${what}: the message says to check the network (Chinese from the browser's language)`, async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.route(pattern, (route) => route.abort('internetdisconnected'));
    await page.goto(url(plain));
    const f = await failure(page);
    assertShown(f, 'network', [/网络/]);
    assert.equal(f.lang, 'zh-Hans');
    await context.close();
  });
}

test('a browser without WebAssembly: the message says so at once', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await page.goto(url(plain, '?lang=en'));
  const f = await failure(page, 3000);
  assertShown(f, 'wasm', [/WebAssembly/]);
  await context.close();
});

test('a download that never ends: the message comes after the timeout', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.clock.install();
  await page.route(/_bg\.wasm$/, () => {}); // never answered
  await page.goto(url(plain, '?lang=en'));
  await page.waitForSelector('#shell [data-testid="map-outline"]', { state: 'attached' });
  assert.equal(await page.locator('[data-testid="start-failed"]').count(), 0, 'not before the timeout');
  await page.clock.fastForward(31000);
  const f = await failure(page);
  assertShown(f, 'timeout', [/30 seconds/]);
  await context.close();
});

test('a normal start shows no message, even after the timeout', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(url(plain, '?lang=en'));
  await page.waitForSelector('[data-testid="date-display"]', { state: 'attached' });
  await page.clock.fastForward(31000);
  assert.equal(await page.locator('[data-testid="start-failed"]').count(), 0, 'no message, and no fallback left');
  await context.close();
});
