// The stage, continued: the map's names in every year, Play and Pause, reduced motion, full screen, and the page
// before the code (split from stage.test.mjs so that each file stays well inside the per-file time limit).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { boxOf, inside, openPage, rested, text, useAtlas } from './helpers.mjs';

const env = useAtlas({ before, after });

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
    // Held, not failed: a failed download now says so (public/boot.js); this is a slow one.
    await page.route('**/*.wasm', () => {});
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

test("the app draws its regions from the page's outline; a page whose outline is missing or from another build says so", async () => {
  // The region shapes the app draws are the outline's land path cut into its regions, in order.
  {
    const { page, context, log } = await openPage(env.browser, `${env.origin}/?date=1923-06-01&lang=en`);
    const land = await page.evaluate(async () => {
      const html = await (await fetch(location.pathname)).text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector('#shell .shell__land').getAttribute('d');
    });
    const drawn = await page.locator('[data-region] .region__fill').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
    assert.ok(drawn.length > 20, 'every region is drawn');
    assert.equal(drawn.join(''), land, 'the regions are the outline, in order');
    assert.ok(drawn.every((d) => d.startsWith('M')));
    // North Sakhalin on 1923-06-01: held by Japan (the occupation ended in 1925).
    assert.equal(await page.locator('g[data-region="north-sakhalin"]').getAttribute('data-controller'), 'japan');
    assert.deepEqual(log.errors, []);
    await context.close();
  }
  for (const [what, edit] of [
    ['no outline', (html) => html.replace(/<!-- shell:begin[\s\S]*?<!-- shell:end -->/, '')],
    ['an outline from another build', (html) => html.replace(/(class="shell__land" d="M)[0-9.]+/, '$1 1')],
  ]) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route(/\/\?/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: edit(await response.text()) });
    });
    await page.goto(`${env.origin}/?year=1945&lang=en`);
    const alert = page.getByTestId('data-errors');
    await alert.waitFor();
    assert.match(await alert.innerText(), /map's outline \(#shell/, what);
    assert.equal(await page.getByTestId('map-svg').count(), 0, `${what}: no half-drawn map`);
    assert.deepEqual(errors, [], `${what}: no panic`);
    await context.close();
  }
});

// ---- the date row ----

/** The date row's box and its texts' lowest bottom, and the slider's top. */
const dateRow = (page) =>
  page.evaluate(() => {
    const row = document.querySelector('.stage__date-row');
    const r = row.getBoundingClientRect();
    const texts = Math.max(...[...row.children].map((c) => c.getBoundingClientRect().bottom));
    return { top: r.top, bottom: r.bottom, texts, slider: document.querySelector('[data-testid="year-slider"]').getBoundingClientRect().top };
  });

test('the date row keeps its height while the slider moves (the slider stays under the finger) and fits its texts once it rests', async () => {
  // On a phone the period's name takes one line in 1945 and two in 1917 ("Civil war, intervention, recognition").
  for (const lang of ['en', 'zh']) {
    const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1945&lang=${lang}`, { width: 375, height: 667 });
    await rested(page);
    const before = await dateRow(page);
    assert.ok(before.texts <= before.bottom + 0.5, `${lang} 1945: the row (${before.bottom}) holds its texts (${before.texts})`);
    await page.focus('[data-testid="year-slider"]');
    await page.keyboard.press('Home');
    const moving = await dateRow(page);
    assert.match(await text(page, 'date-display'), /1917/);
    assert.equal(moving.slider, before.slider, `${lang}: the slider did not move during the step`);
    assert.equal(moving.bottom, before.bottom, `${lang}: the row kept its height during the step`);
    await page.waitForFunction(() => /year=1917/.test(location.href));
    await rested(page);
    const after = await dateRow(page);
    assert.ok(after.texts <= after.bottom + 0.5, `${lang} 1917: at rest the row (${after.bottom}) holds its texts (${after.texts})`);
    assert.ok(after.bottom <= after.slider, `${lang}: the row ends above the slider`);
    assert.ok(Math.abs(after.texts - after.bottom) <= 1, `${lang}: no empty room under the texts`);
    // The page resized (an LMS frame made narrower): the row follows its texts again.
    await page.setViewportSize({ width: 320, height: 667 });
    await page.waitForTimeout(300);
    const narrow = await dateRow(page);
    assert.ok(Math.abs(narrow.texts - narrow.bottom) <= 1, `${lang} at 320 px: the row (${narrow.bottom}) fits its texts (${narrow.texts})`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});
