// Shared set-up for the browser tests: serve dist/ on a free local port, launch Debian's Chromium headless,
// and record console messages, page errors and every request of a page.
import { chromium } from 'playwright-core';
import { serve } from '../scripts/static-server.mjs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serve a folder (default: the release build) on 127.0.0.1 at a free port. */
export async function startServer(dir = process.env.ATLAS_DIST || path.join(ROOT, 'dist')) {
  const server = await serve(dir, 0, '127.0.0.1');
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** A new page that records what a tester wants to assert on. */
export async function openPage(browser, url, { width = 1280, height = 900, locale = 'en-US', reducedMotion, serviceWorkers, touch = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, reducedMotion, serviceWorkers, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => log.requests.push(r.url()));
  // Dialogs (an injected alert) are recorded and dismissed, from before the first byte.
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(url);
  await page.waitForSelector('[data-testid="date-display"], [data-testid="data-errors"]', { state: 'attached' });
  await textsArrived(page);
  return { page, context, log };
}

/**
 * Wait until the texts of the page's language are here: the map draws before them, the cards and the event list
 * say that they are loading until then (see src/texts.rs).
 */
export const textsArrived = (page) =>
  page.waitForFunction(() => !document.querySelector('.texts-waiting') && !document.querySelector('.lang-switch__button[aria-busy="true"]'), null, {
    timeout: 10000,
  });

export const text = (page, testid) => page.locator(`[data-testid="${testid}"]`).first().innerText();

/**
 * The usual set-up of a test file: the release build served locally and one browser, started before the tests
 * and stopped after them. Read `env.browser` and `env.origin` inside the tests.
 */
export function useAtlas(hooks) {
  const env = {};
  hooks.before(async () => {
    env.srv = await startServer();
    env.origin = env.srv.origin;
    env.browser = await launch();
  });
  hooks.after(async () => {
    await env.browser?.close();
    env.srv?.server.close();
  });
  return env;
}

/** Wait until the address matches `re`: the app writes the URL once the date has rested for 150 ms. */
export async function urlMatches(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(location.href), re.source, { timeout: 5000 }).catch(() => {});
  assert.match(page.url(), re);
}

/** Let a pending address-bar update land (the app waits 150 ms after the last change). */
export const urlSettled = (page) => page.waitForTimeout(400);

/**
 * Wait until the cards and the status table have caught up with the slider (they follow it once it rests for
 * 150 ms; the date display and the map follow every step).
 */
export const rested = (page) =>
  page.waitForSelector('[data-testid="event-cards"][data-complete="true"]', { state: 'attached', timeout: 3000 });

/** The box of the element with this test id, as the page lays it out now. */
export const boxOf = (page, testid) =>
  page.evaluate((id) => {
    const r = document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, testid);

/** Assert that `box` lies inside a `width`×`height` viewport (half a pixel of rounding allowed). */
export function inside(box, width, height, label) {
  assert.ok(
    box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5,
    `${label} at ${JSON.stringify(box)} is not inside ${width}×${height}`,
  );
}

/**
 * A point (client px) inside a region's shape on the map, as a finger or a mouse would aim: the first of a grid of
 * points over its box that the region itself is under (a narrow island's box is mostly sea).
 */
export async function pointIn(page, region) {
  const pt = await page.evaluate((region) => {
    const g = document.querySelector(`.map__regions [data-region="${region}"]`);
    const map = document.querySelector('[data-testid="map-svg"]').getBoundingClientRect();
    const r = g.getBoundingClientRect();
    const hits = (x, y) => x >= map.left && x <= map.right && y >= map.top && y <= map.bottom && document.elementFromPoint(x, y)?.closest('.region') === g;
    // Well inside the shape, as a fingertip needs (the region around the point is the region too), else any point.
    for (const margin of [4, 2, 0]) {
      for (let i = 1; i < 32; i++) {
        for (let j = 1; j < 32; j++) {
          const x = r.left + (r.width * i) / 32;
          const y = r.top + (r.height * j) / 32;
          if (hits(x, y) && [[margin, 0], [-margin, 0], [0, margin], [0, -margin]].every(([dx, dy]) => hits(x + dx, y + dy))) return { x, y };
        }
      }
    }
    return null;
  }, region);
  assert.ok(pt, `a point of ${region} on screen`);
  return pt;
}
