// The stage: on every screen a class uses, the whole map and the whole slider are on the first screen, the map
// covers at least a quarter of it, a real drag of the slider does not scroll the page, nothing overflows
// sideways and axe-core finds nothing; the map's names never overlap nor get cut; Play, reduced motion and full
// screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { boxOf, inside, openPage, rested, text, useAtlas, ROOT } from './helpers.mjs';

const env = useAtlas({ before, after });
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const SCREENS = [
  [1366, 768],
  [1280, 720],
  [1920, 1080],
  [1024, 768],
  [768, 1024],
  [375, 667],
  [360, 640],
  [667, 375],
];
const EMBEDS = [
  [480, 560],
  [640, 480],
  [800, 600],
  [800, 700],
  [1200, 820],
];

/** Drag the slider's thumb with the mouse from its year to `to`, in small moves, like a person. */
async function dragSlider(page, to) {
  const slider = page.locator('[data-testid="year-slider"]');
  const box = await slider.boundingBox();
  const from = Number(await slider.inputValue());
  const at = (year) => box.x + 8 + ((year - 1917) / (1991 - 1917)) * (box.width - 16);
  const y = box.y + box.height / 2;
  await page.mouse.move(at(from), y);
  await page.mouse.down();
  await page.mouse.move(at(to), y, { steps: 12 });
  await page.mouse.up();
  return Number(await slider.inputValue());
}

async function checkStage(page, width, height, label) {
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(sideways <= 0, `${label}: scrolls sideways by ${sideways}px`);
  const map = await boxOf(page, 'map-svg');
  const slider = await boxOf(page, 'year-slider');
  inside(map, width, height, `${label}: the map`);
  inside(slider, width, height, `${label}: the slider`);
  const share = (map.width * map.height) / (width * height);
  assert.ok(share >= 0.25, `${label}: the map covers ${(share * 100).toFixed(0)}% of the screen`);
  // The largest <svg> on the page is the map.
  const largest = await page.evaluate(() => {
    const svgs = [...document.querySelectorAll('svg')];
    const area = (s) => s.getBoundingClientRect().width * s.getBoundingClientRect().height;
    return svgs.sort((a, b) => area(b) - area(a))[0]?.dataset.testid;
  });
  assert.equal(largest, 'map-svg', `${label}: the map is the largest svg`);
  const scrollY = await page.evaluate(() => window.scrollY);
  const year = await dragSlider(page, 1938);
  assert.ok(Math.abs(year - 1938) <= 1, `${label}: dragged to ${year}`);
  assert.match(await text(page, 'date-display'), new RegExp(`^${year}`), `${label}: the date follows the drag`);
  inside(await boxOf(page, 'map-svg'), width, height, `${label}: the map after the drag`);
  assert.equal(await page.evaluate(() => window.scrollY), scrollY, `${label}: the drag scrolled the page`);
  // axe-core on the page at rest (while the slider moves, the cards are dimmed on purpose).
  await rested(page);
  await page.evaluate(AXE); // not a <script> tag: the page's CSP refuses inline script
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target})`);
  assert.deepEqual(summary, [], `${label}: axe-core`);
}

for (const [width, height] of SCREENS) {
  test(`stage at ${width}×${height}: map and slider on the first screen, drag without scrolling, axe clean`, async () => {
    const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1945&lang=en`, { width, height });
    await page.waitForTimeout(200);
    await checkStage(page, width, height, `${width}×${height}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

for (const [width, height] of EMBEDS) {
  test(`embedded at ${width}×${height}: the whole stage shows, drag without scrolling, axe clean`, async () => {
    const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1945&lang=zh&embed=1`, { width, height });
    await page.waitForTimeout(200);
    await checkStage(page, width, height, `embed ${width}×${height}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('a finger drag on the slider moves the year and does not scroll the page (375×667)', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${env.origin}/?year=1917&lang=en`);
  await page.waitForSelector('[data-testid="date-display"]');
  await page.waitForTimeout(200);
  const box = await page.locator('[data-testid="year-slider"]').boundingBox();
  const y = box.y + box.height / 2;
  const x0 = box.x + 8;
  const x1 = box.x + box.width * 0.6;
  const cdp = await context.newCDPSession(page);
  const touch = (type, x, yy) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: yy }] });
  await touch('touchStart', x0, y);
  // A slightly diagonal finger, as real ones are.
  for (let i = 1; i <= 12; i++) await touch('touchMove', x0 + ((x1 - x0) * i) / 12, y + i);
  await touch('touchEnd');
  await page.waitForTimeout(100);
  const year = Number(await page.locator('[data-testid="year-slider"]').inputValue());
  assert.ok(year > 1950, `the finger moved the slider to ${year}`);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page did not scroll');
  await context.close();
});
