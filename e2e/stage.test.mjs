// The stage: on every screen a class uses, the whole map and the whole slider are on the first screen, the map
// covers at least a quarter of it, a real drag of the slider does not scroll the page, nothing overflows
// sideways and axe-core finds nothing; the map's names never overlap nor get cut; Play, reduced motion and full
// screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, rested, text, useAtlas, ROOT } from './helpers.mjs';

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

const boxOf = (page, testid) =>
  page.evaluate((id) => {
    const r = document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, testid);

function inside(box, width, height, label) {
  assert.ok(
    box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5,
    `${label} at ${JSON.stringify(box)} is not inside ${width}×${height}`,
  );
}

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
  await page.addScriptTag({ content: AXE });
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

// ---- names on the map ----

/**
 * Step through every year (typed into the "go to" box, which moves the view at once) and, in each, measure every
 * name the map shows: none overlaps another, none is cut by the map's edge, laptops get 11 px or more.
 */
async function labelSweep(page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const input = document.querySelector('[data-testid="goto-input"]');
    const out = [];
    for (let year = 1917; year <= 1991; year++) {
      input.value = String(year);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form.requestSubmit();
      await frame();
      const svg = document.querySelector('[data-testid="map-svg"]').getBoundingClientRect();
      const boxes = [...document.querySelectorAll('[data-testid="map-svg"] text')]
        .filter((t) => getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().width > 0)
        .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect(), size: parseFloat(getComputedStyle(t).fontSize) }));
      const problems = [];
      for (const b of boxes) {
        if (b.r.left < svg.left - 0.5 || b.r.top < svg.top - 0.5 || b.r.right > svg.right + 0.5 || b.r.bottom > svg.bottom + 0.5) {
          problems.push(`${b.text} is cut by the map's edge`);
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r;
          const c = boxes[j].r;
          const w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
          const h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
          if (w > 1 && h > 1) problems.push(`${boxes[i].text} overlaps ${boxes[j].text}`);
        }
      }
      const shown = document.querySelector('[data-testid="year-slider"]').value;
      const smallest = Math.min(...boxes.map((b) => (b.size * svg.width) / 1000));
      out.push({ year, shown, problems, count: boxes.length, smallest });
    }
    return out;
  });
}

for (const [width, height] of [
  [1366, 768],
  [768, 1024],
  [375, 667],
]) {
  for (const lang of ['en', 'zh']) {
    test(`map names at ${width} px (${lang}): none overlaps, none is cut, in every year`, async () => {
      const { page, context } = await openPage(env.browser, `${env.origin}/?year=1917&lang=${lang}`, { width, height });
      for (const { year, shown, problems, count, smallest } of await labelSweep(page)) {
        assert.equal(shown, String(year), 'the sweep moved the view');
        assert.deepEqual(problems, [], `${width}px ${lang} ${year}`);
        assert.ok(count >= 15, `${width}px ${lang} ${year}: only ${count} names`);
        if (width >= 1024) assert.ok(smallest >= 10.9, `${width}px ${lang} ${year}: a name at ${smallest.toFixed(1)} px`);
      }
      await context.close();
    });
  }
}

// ---- play, reduced motion, full screen ----

test('Play runs the years and any other key pauses it; the live region speaks at most every 2 s', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1930&lang=en`, { width: 1366, height: 768 });
  await page.selectOption('[data-testid="play-speed"]', '5');
  const play = page.locator('[data-testid="play"]');
  assert.match(await play.innerText(), /Play/);
  await play.focus();
  await page.keyboard.press('Enter');
  assert.equal(await play.getAttribute('data-playing'), 'true');
  assert.match(await play.innerText(), /Pause/);
  const announcements = [];
  await page.exposeFunction('heard', (t) => announcements.push([Date.now(), t]));
  await page.evaluate(() => {
    new MutationObserver(() => window.heard(document.querySelector('[data-testid="play-status"]').textContent)).observe(
      document.querySelector('[data-testid="play-status"]'),
      { childList: true, subtree: true, characterData: true },
    );
  });
  await page.waitForTimeout(2600);
  const year = Number(await text(page, 'date-display'));
  assert.ok(year >= 1933, `playing advanced to ${year}`);
  const spoken = announcements.filter(([, t]) => t);
  for (let i = 1; i < spoken.length; i++) {
    assert.ok(spoken[i][0] - spoken[i - 1][0] >= 1900, `spoke twice within 2 s: ${JSON.stringify(spoken)}`);
  }
  await page.keyboard.press('ArrowRight');
  assert.equal(await play.getAttribute('data-playing'), 'false', 'a key paused it');
  const paused = await text(page, 'date-display');
  await page.waitForTimeout(1200);
  assert.equal(await text(page, 'date-display'), paused, 'paused: the year stays');
  await context.close();
});

test('Play stops at 1991; Chinese names; a click elsewhere pauses', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1988&lang=zh`, { width: 1366, height: 768 });
  await page.selectOption('[data-testid="play-speed"]', '5');
  const play = page.locator('[data-testid="play"]');
  assert.match(await play.innerText(), /播放/);
  await play.click();
  assert.match(await play.innerText(), /暂停/);
  await page.waitForFunction(() => document.querySelector('[data-testid="year-slider"]').value === '1991', null, { timeout: 5000 });
  await page.waitForTimeout(700);
  assert.equal(await play.getAttribute('data-playing'), 'false', 'stopped at the last year');
  await page.locator('[data-testid="year-slider"]').focus();
  await page.keyboard.press('Home');
  await play.click();
  await page.waitForTimeout(600);
  await page.mouse.click(5, 300);
  assert.equal(await play.getAttribute('data-playing'), 'false', 'a click elsewhere paused it');
  await context.close();
});

test('with reduced motion nothing animates, and Play still steps', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?event=yalta-conference&lang=en`, {
    width: 1366,
    height: 768,
    reducedMotion: 'reduce',
  });
  const animated = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((e) => {
      const s = getComputedStyle(e);
      return (s.animationName !== 'none' && s.animationDuration !== '0s') || (s.transitionDuration !== '0s' && s.transitionProperty !== 'none' && s.transitionDuration !== '');
    }).length,
  );
  assert.equal(animated, 0, 'no element animates');
  await page.selectOption('[data-testid="play-speed"]', '5');
  const before = Number(await page.locator('[data-testid="year-slider"]').inputValue());
  await page.locator('[data-testid="play"]').click();
  await page.waitForTimeout(1300);
  assert.ok(Number(await page.locator('[data-testid="year-slider"]').inputValue()) > before, 'Play steps');
  await context.close();
});

test('full screen: the button enters it and leaves it, and Esc-like exit updates the button', async () => {
  for (const lang of ['en', 'zh']) {
    const { page, context } = await openPage(env.browser, `${env.origin}/?year=1945&lang=${lang}`, { width: 1366, height: 768 });
    const button = page.locator('[data-testid="fullscreen"]');
    assert.match(await button.innerText(), lang === 'en' ? /Full screen/ : /全屏/);
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement?.id === 'app');
    const pressed = (v) =>
      page.waitForFunction((want) => document.querySelector('[data-testid="fullscreen"]').getAttribute('aria-pressed') === want, v);
    await pressed('true');
    inside(await boxOf(page, 'map-svg'), 1366, 768, 'full screen: the map');
    await button.click();
    await page.waitForFunction(() => !document.fullscreenElement);
    await pressed('false');
    await button.click();
    await page.waitForFunction(() => !!document.fullscreenElement);
    await page.evaluate(() => document.exitFullscreen());
    await pressed('false');
    await context.close();
  }
});

// ---- the page before the code ----

test("before the wasm arrives the page paints the map's outline and says the timeline is loading; the coloured map takes its exact place", async () => {
  for (const [width, height] of [
    [1366, 768],
    [375, 667],
  ]) {
    const blocked = await env.browser.newContext({ viewport: { width, height } });
    const page = await blocked.newPage();
    await page.route('**/*.wasm', (r) => r.abort());
    await page.goto(`${env.origin}/?year=1945`);
    const outline = page.locator('[data-testid="map-outline"]');
    await outline.waitFor({ state: 'attached' });
    const before = await outline.boundingBox();
    inside(before, width, height, `${width}: the outline`);
    assert.ok(before.width * before.height >= 0.25 * width * height, `${width}: the outline is the stage's map`);
    assert.equal(await outline.locator('path').count(), 2, 'graticule and land');
    assert.match(await page.locator('#shell [role="status"]').innerText(), /Loading the timeline/);
    await blocked.close();
    const { page: app, context, log } = await openPage(env.browser, `${env.origin}/?year=1945`, { width, height });
    assert.equal(await app.locator('#shell').count(), 0, 'the outline gives way to the app');
    const after = await boxOf(app, 'map-svg');
    for (const k of ['x', 'y', 'width', 'height']) {
      assert.ok(Math.abs(after[k] - before[k]) <= 1, `${width}: no layout jump (${k} ${before[k]} -> ${after[k]})`);
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});
