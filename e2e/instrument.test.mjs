// The instrument, second pass: every answer in sight. What a new student does (Next →, a tap on a region, zoom, a
// typed date) changes something they can see without leaving the stage, on a laptop, a phone and in an embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { boxOf, inside, openPage, pointIn, rested, text, textsArrived, useAtlas } from './helpers.mjs';

const env = useAtlas({ before, after });

/** The box of the first element matching `selector`, or null. */
const box = (page, selector) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);

/** The map and the slider are both wholly on screen (the stage was not left). */
async function stageInView(page, width, height, label) {
  inside(await boxOf(page, 'map-svg'), width, height, `${label}: the map`);
  inside(await boxOf(page, 'year-slider'), width, height, `${label}: the slider`);
}

test('Next → three times: the selected card is in view in the laptop panel, the stage stays', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?date=1945-08-20&lang=en`, { width: 1366, height: 768 });
  for (let i = 0; i < 3; i++) {
    await page.click('[data-testid="next-event"]');
    await rested(page);
  }
  await page.waitForTimeout(300);
  const title = await box(page, '#event-cards .card--selected .card__title');
  assert.ok(title, 'a card is selected');
  inside(title, 1366, 768, 'the selected card’s title');
  const panel = await box(page, '.stage__cards');
  assert.ok(title.y >= panel.y - 1 && title.y + title.height <= panel.y + panel.height + 1, 'the title is inside the cards’ panel');
  await stageInView(page, 1366, 768, 'laptop after Next →');
  // Scrolled there by the panel, not by the page.
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page itself did not scroll');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('Next → on a phone: the selected event shows in short on the stage, Read more leads to its card', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?date=1945-08-20&lang=en`, { width: 375, height: 667, touch: true });
  for (let i = 0; i < 3; i++) {
    await page.tap('[data-testid="next-event"]');
    await rested(page);
  }
  await page.waitForTimeout(300);
  const selected = await page.evaluate(() => document.querySelector('#event-cards .card--selected')?.dataset.event);
  assert.ok(selected, 'a card is selected');
  const callout = page.locator('[data-testid="event-callout"]');
  assert.equal(await callout.getAttribute('data-event'), selected, 'the short view is the selected event');
  const title = await box(page, '[data-testid="event-callout-title"]');
  inside(title, 375, 667, 'the selected event’s title on the stage');
  const cardTitle = await page.evaluate(() => document.querySelector('#event-cards .card--selected .card__button').textContent);
  assert.equal((await text(page, 'event-callout-title')).trim(), cardTitle.trim());
  await stageInView(page, 375, 667, 'phone after Next →');
  // Read more: the card itself, with the keyboard on its title.
  await page.tap('[data-testid="event-callout-more"]');
  await page.waitForTimeout(400);
  inside(await box(page, '#event-cards .card--selected .card__title'), 375, 667, 'the card after Read more');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.card')?.dataset.event), selected);
  // Closed, it stays closed for this event; another event brings it back.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.tap('[data-callout-close]');
  assert.equal(await page.locator('[data-testid="event-callout"]').count(), 0, 'closed');
  await page.tap('[data-testid="next-event"]');
  await rested(page);
  assert.equal(await page.locator('[data-testid="event-callout"]').count(), 1, 'the next event shows again');
  await context.close();
});

test('a typed day and an event chosen in the full list bring the selected card into view', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1920&lang=en`, { width: 1366, height: 768 });
  // The full list, far below the stage.
  const entry = page.locator('#event-list [data-select="soviet-declaration-of-war"]');
  await entry.scrollIntoViewIfNeeded();
  assert.ok((await page.evaluate(() => window.scrollY)) > 500, 'the list is below the stage');
  await entry.click();
  await rested(page);
  await page.waitForTimeout(400);
  await stageInView(page, 1366, 768, 'after a choice in the full list');
  inside(await box(page, '#event-cards .card--selected .card__title'), 1366, 768, 'the chosen card');
  assert.equal(await page.evaluate(() => document.querySelector('#event-cards .card--selected').dataset.event), 'soviet-declaration-of-war');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.card')?.dataset.event), 'soviet-declaration-of-war', 'the keyboard is on its card');
  // A typed day: the first card of an event still running on it comes into view in the panel.
  await page.fill('[data-testid="goto-input"]', '1945-09-02');
  await page.press('[data-testid="goto-input"]', 'Enter');
  await rested(page);
  await page.waitForTimeout(400);
  const first = await page.evaluate(() => [...document.querySelectorAll('#event-cards .card[data-last]')].find((c) => c.dataset.last >= '1945-09-02'));
  const shown = await page.evaluate(() => {
    const panel = document.querySelector('.stage__cards').getBoundingClientRect();
    const card = [...document.querySelectorAll('#event-cards .card[data-last]')].find((c) => c.dataset.last >= '1945-09-02');
    const t = card.querySelector('.card__title').getBoundingClientRect();
    return { id: card.dataset.event, inPanel: t.top >= panel.top - 1 && t.bottom <= panel.bottom + 1 };
  });
  assert.ok(first !== undefined, 'a card of 2 September 1945 or later');
  assert.ok(shown.inPanel, `the card of the typed day (${shown.id}) is in view in the panel`);
  await context.close();
});

test('tapping a region shows who held it at the map, on a laptop and on a phone; the sea or Esc clears it', async () => {
  for (const [width, height, touch] of [
    [1366, 768, false],
    [375, 667, true],
  ]) {
    const { page, context } = await openPage(env.browser, `${env.origin}/?year=1950&lang=en`, { width, height, touch });
    const pt = await pointIn(page, 'north-sakhalin');
    if (touch) await page.touchscreen.tap(pt.x, pt.y);
    else await page.mouse.click(pt.x, pt.y);
    const callout = page.locator('[data-testid="region-callout"]');
    await callout.waitFor();
    assert.equal(await callout.getAttribute('data-region'), 'north-sakhalin');
    // The Soviet Union (sovereign since the Japanese evacuation of 15 May 1925), readable on screen.
    const control = page.locator('[data-testid="region-callout-control"]');
    assert.equal(await control.getAttribute('data-controller'), 'ussr');
    assert.match(await control.innerText(), /Soviet Union/);
    inside(await box(page, '[data-testid="region-callout-control"]'), width, height, `${width}px: the controller`);
    // The local names of the day, each in its own language.
    assert.equal(await page.locator('[data-testid="region-callout"] [lang="ru"]').count(), 1);
    // The sea clears it.
    const map = await boxOf(page, 'map-svg');
    const sea = await page.evaluate(({ x, y, w, h }) => {
      for (let i = 1; i < 30; i++) for (let j = 1; j < 30; j++) {
        const px = x + (w * i) / 30, py = y + (h * j) / 30;
        if (document.elementFromPoint(px, py)?.classList.contains('map__sea')) return { x: px, y: py };
      }
      return null;
    }, { x: map.x, y: map.y, w: map.width, h: map.height });
    if (touch) await page.touchscreen.tap(sea.x, sea.y);
    else await page.mouse.click(sea.x, sea.y);
    assert.equal(await callout.count(), 0, `${width}px: the sea clears the details`);
    // Esc clears it too.
    const again = await pointIn(page, 'kunashiri');
    if (touch) await page.touchscreen.tap(again.x, again.y);
    else await page.mouse.click(again.x, again.y);
    await callout.waitFor();
    assert.match(await page.locator('[data-testid="region-callout"]').innerText(), /Kunashiri/);
    await page.keyboard.press('Escape');
    assert.equal(await callout.count(), 0, `${width}px: Esc clears the details`);
    await context.close();
  }
});

test('a drag that pans the zoomed map is not a tap: no details open', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1950&lang=en`, { width: 1366, height: 768 });
  await page.click('[data-testid="zoom-in"]');
  const pt = await pointIn(page, 'manchuria');
  const before = await page.getAttribute('[data-testid="map-svg"]', 'viewBox');
  await page.mouse.move(pt.x, pt.y);
  await page.mouse.down();
  await page.mouse.move(pt.x + 80, pt.y + 30, { steps: 8 });
  await page.mouse.up();
  assert.notEqual(await page.getAttribute('[data-testid="map-svg"]', 'viewBox'), before, 'the drag panned');
  assert.equal(await page.locator('[data-testid="region-callout"]').count(), 0, 'and opened nothing');
  await context.close();
});

/** The on-screen heights of the map's region names, by the region they name. */
const nameHeights = (page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.map__labels text[data-of]')].map((t) => [t.dataset.of, t.getBoundingClientRect().height])));

test('zoom adds names at their screen size; the southern Kurils are named when zoomed on; pan by buttons and keys', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1950&lang=en`, { width: 1366, height: 768 });
  await page.waitForSelector('.map__labels text');
  const whole = await nameHeights(page);
  const count = Object.keys(whole).length;
  for (const id of ['kunashiri', 'shikotan', 'habomai']) assert.ok(!(id in whole), `${id} is not named on the whole map`);
  // Zoom on Shikotan with the wheel, as a person would.
  const pt = await pointIn(page, 'shikotan');
  for (let i = 0; i < 10; i++) {
    await page.mouse.move(pt.x, pt.y);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(20);
  }
  await page.waitForFunction(() => ['kunashiri', 'shikotan', 'habomai'].every((id) => document.querySelector(`.map__labels text[data-of="${id}"]`)), null, { timeout: 3000 });
  const zoomed = await nameHeights(page);
  const region = Object.values(whole).find(Boolean);
  for (const [id, h] of Object.entries(zoomed)) {
    const ref = whole[id] ?? region;
    assert.ok(h / ref < 1.3 && ref / h < 1.3, `${id}: ${h.toFixed(1)} px tall zoomed, ${ref.toFixed(1)} px before`);
  }
  // Every name zoomed lies inside the map, none under the zoom buttons.
  const map = await boxOf(page, 'map-svg');
  const buttons = await box(page, '.map__zoom');
  const boxes = await page.evaluate(() => [...document.querySelectorAll('.map__labels text')].map((t) => { const r = t.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height, t: t.textContent }; }));
  for (const b of boxes) {
    assert.ok(b.x >= map.x - 1 && b.x + b.width <= map.x + map.width + 1 && b.y >= map.y - 1 && b.y + b.height <= map.y + map.height + 1, `${b.t} is cut by the map's edge`);
    const under = b.x < buttons.x + buttons.width && buttons.x < b.x + b.width && b.y < buttons.y + buttons.height && buttons.y < b.y + b.height;
    assert.ok(!under, `${b.t} is under the zoom buttons`);
  }
  // Pan by a button, and by Shift+arrows on the map.
  const vb = () => page.getAttribute('[data-testid="map-svg"]', 'viewBox').then((v) => v.split(' ').map(Number));
  const [x0] = await vb();
  await page.click('[data-testid="pan-left"]');
  const [x1] = await vb();
  assert.ok(x1 < x0, `pan left moves the view west (${x0} → ${x1})`);
  await page.focus('.map__regions [tabindex="0"]');
  await page.keyboard.press('Shift+ArrowRight');
  const [x2] = await vb();
  assert.ok(x2 > x1, `Shift+→ moves the view east (${x1} → ${x2})`);
  await page.keyboard.press('0');
  assert.equal((await vb())[2], 1000, '0 resets the view');
  assert.ok(Object.keys(await nameHeights(page)).length <= count + 1, 'back to the whole map’s names');
  await context.close();
});

test('the map is one Tab stop; arrows move between regions; Enter shows the details; the ring contrasts with every fill', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1950&lang=en`, { width: 1366, height: 768 });
  assert.equal(await page.locator('.map__regions [tabindex="0"]').count(), 1, 'one region takes the Tab stop');
  await page.focus('.map__regions [tabindex="0"]');
  const first = await page.evaluate(() => document.activeElement.dataset.region);
  await page.keyboard.press('Tab');
  assert.ok(!(await page.evaluate(() => document.activeElement.closest('.map__regions'))), 'Tab leaves the map after one stop');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.region), first, 'Shift+Tab comes back to the same region');
  // Arrows: from South Sakhalin north is North Sakhalin.
  await page.evaluate(() => document.querySelector('[data-region="south-sakhalin"]').focus());
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.region), 'north-sakhalin');
  assert.equal(await page.locator('.map__regions [tabindex="0"]').getAttribute('data-region'), 'north-sakhalin', 'the Tab stop moved with it');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="region-callout"][data-region="north-sakhalin"]').waitFor();
  // Open details follow the arrows.
  await page.keyboard.press('ArrowDown');
  await page.locator('[data-testid="region-callout"][data-region="south-sakhalin"]').waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('[data-testid="region-callout"]').count(), 0);

  // The focus ring: visible while a region has the keyboard, black and white, each fill against one of them ≥ 3:1.
  const ring = await page.evaluate(() => {
    const g = document.querySelector('[data-testid="focus-ring"]');
    return {
      visible: getComputedStyle(g).visibility,
      colours: [...g.querySelectorAll('path')].map((p) => getComputedStyle(p).stroke),
      width: Number.parseFloat(getComputedStyle(g.querySelector('.map__ring-outer')).strokeWidth),
    };
  });
  assert.equal(ring.visible, 'visible');
  assert.ok(ring.width >= 4, `a ring ${ring.width}px wide`);
  const fills = await page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const out = {};
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules ?? []) {
        for (const m of (rule.cssText || '').matchAll(/--power-([a-z-]+):/g)) out[m[1]] = root.getPropertyValue(`--power-${m[1]}`).trim();
      }
    }
    return out;
  });
  assert.ok(Object.keys(fills).length >= 10, 'the powers’ fills');
  const rgb = (c) => {
    const m = c.match(/\d+(\.\d+)?/g).map(Number);
    return c.startsWith('#') ? null : m.slice(0, 3);
  };
  const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const lum = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const ringColours = ring.colours.map(rgb);
  for (const [power, colour] of Object.entries(fills)) {
    const best = Math.max(...ringColours.map((c) => contrast(c, hex(colour))));
    assert.ok(best >= 3, `the focus ring on ${power} (${colour}): ${best.toFixed(2)}:1`);
  }
  await context.close();
});

test('the whole date is readable on common screens, in both languages', async () => {
  for (const [width, height, embed] of [
    [1024, 768, false],
    [1100, 700, false],
    [1200, 800, false],
    [800, 600, true],
    [667, 375, false],
    [375, 667, false],
  ]) {
    for (const lang of ['en', 'zh']) {
      const q = `?date=1945-09-22&lang=${lang}${embed ? '&embed=1' : ''}`;
      const { page, context } = await openPage(env.browser, `${env.origin}/${q}`, { width, height });
      await page.waitForTimeout(200);
      const m = await page.evaluate(() => {
        const h = document.querySelector('[data-testid="date-display"]');
        const row = h.closest('.stage__date').getBoundingClientRect();
        const r = h.getBoundingClientRect();
        // The text's own extent (a range over it), not the heading box.
        const range = document.createRange();
        range.selectNodeContents(h);
        const t = range.getBoundingClientRect();
        return { scroll: h.scrollWidth, client: h.clientWidth, right: Math.max(r.right, t.right), rowRight: row.right, text: h.textContent };
      });
      const label = `${width}×${height}${embed ? ' embed' : ''} ${lang}: “${m.text}”`;
      assert.ok(m.scroll <= m.client + 1, `${label} overflows its heading (${m.scroll} > ${m.client})`);
      assert.ok(m.right <= m.rowRight + 1, `${label} runs past its row (${m.right} > ${m.rowRight})`);
      await context.close();
    }
  }
});

test('cards take the width of their column after the layout widens', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1945&event=soviet-declaration-of-war&lang=en`, { width: 700, height: 900 });
  await rested(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForTimeout(500);
  await page.setViewportSize({ width: 600, height: 900 });
  await page.waitForTimeout(500);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForTimeout(500);
  const widths = await page.evaluate(() => {
    const list = document.querySelector('#event-cards').getBoundingClientRect().width;
    return { list, cards: [...document.querySelectorAll('#event-cards .card')].map((c) => c.getBoundingClientRect().width) };
  });
  for (const w of widths.cards) assert.ok(w <= widths.list + 1, `a card ${w}px wide in a ${widths.list}px column`);
  await context.close();
});

test('the first screen (1917) is not a year in which everything changed hands', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1917&lang=en`, { width: 1366, height: 768 });
  await rested(page);
  // Only the regions of the October Revolution (Russia → Soviet Russia) changed hands in 1917.
  const changed = await page.evaluate(() => [...document.querySelectorAll('.map__regions .region--changed')].map((g) => g.dataset.controller));
  assert.ok(changed.length > 0 && changed.every((c) => c === 'soviet-russia'), `changed in 1917: ${changed}`);
  for (const id of ['korea-south', 'south-sakhalin', 'hokkaido', 'kwantung']) {
    assert.equal(await page.getAttribute(`[data-region="${id}"]`, 'data-changed'), null, `${id} did not change hands in 1917`);
  }
  const korea = await page.getAttribute('[data-region="korea-south"]', 'aria-label');
  assert.match(korea, /Japan.*since before 1917/);
  const body = await page.evaluate(() => document.body.innerText);
  assert.ok(!body.includes('1 January 1917'), 'nothing says “since 1 January 1917”');
  await context.close();
});

test('in black-and-white print the main powers are different greys', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1950&lang=en`, { width: 1366, height: 768 });
  await page.emulateMedia({ media: 'print' });
  const fills = await page.evaluate(() => {
    const out = {};
    for (const g of document.querySelectorAll('.map__regions .region[data-controller]')) {
      out[g.dataset.controller] = getComputedStyle(g.querySelector('.region__fill')).fill;
    }
    return out;
  });
  const lightness = (c) => {
    const [r, g, b] = c.match(/\d+/g).map(Number);
    const f = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    const y = 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    return 116 * Math.cbrt(y) - 16;
  };
  // In 1950: the Soviet Union, Mongolia, the People's Republic, and Japan under US occupation.
  const main = ['ussr', 'mongolia', 'prc', 'us'].filter((p) => p in fills);
  assert.ok(main.length >= 4, `the main powers on the 1950 map: ${Object.keys(fills)}`);
  for (let i = 0; i < main.length; i++) {
    for (let j = i + 1; j < main.length; j++) {
      const [a, b] = [lightness(fills[main[i]]), lightness(fills[main[j]])];
      assert.ok(Math.abs(a - b) >= 8, `${main[i]} (L* ${a.toFixed(1)}) and ${main[j]} (L* ${b.toFixed(1)}) print as nearly the same grey`);
    }
  }
  await context.close();
});

test('touch steps one year; the Go box reads full-width digits and 年月日, and lets go of stale text', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1944&lang=zh`, { width: 375, height: 667, touch: true });
  await page.tap('[data-testid="year-forward"]');
  assert.equal(await page.inputValue('[data-testid="year-slider"]'), '1945');
  await page.tap('[data-testid="year-back"]');
  await page.tap('[data-testid="year-back"]');
  assert.equal(await page.inputValue('[data-testid="year-slider"]'), '1943');
  await page.fill('[data-testid="goto-input"]', '１９４５年８月９日');
  await page.tap('[data-testid="goto-button"]');
  assert.equal((await text(page, 'date-display')).trim(), '1945年8月9日');
  await page.fill('[data-testid="goto-input"]', '1945/08/15');
  await page.press('[data-testid="goto-input"]', 'Enter');
  assert.equal((await text(page, 'date-display')).trim(), '1945年8月15日');
  // The date moves elsewhere: the box does not keep saying 1945/08/15.
  await page.tap('[data-testid="year-forward"]');
  assert.equal(await page.inputValue('[data-testid="goto-input"]'), '');
  await context.close();
});

test('the responsive embed on a phone-width class page shows the whole stage', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1945&lang=en`, { width: 1366, height: 900 });
  await page.click('[data-testid="share-button"]');
  await page.locator('input[name="embed-size"][data-size="4"]').check();
  const snippet = await page.locator('[data-testid="share-snippet"]').inputValue();
  await context.close();
  const host = await env.browser.newContext({ viewport: { width: 375, height: 667 } });
  const hp = await host.newPage();
  await hp.setContent(`<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:15px">${snippet}</body>`);
  const frameBox = await hp.locator('iframe').boundingBox();
  assert.ok(frameBox.height >= 560, `the frame is ${frameBox.width}×${frameBox.height}`);
  const frame = hp.frames()[1];
  await frame.waitForSelector('[data-testid="year-slider"]');
  await textsArrived(frame);
  const inFrame = await frame.evaluate(() => {
    const r = (id) => document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect();
    return { map: r('map-svg').bottom, slider: r('year-slider').bottom, h: window.innerHeight };
  });
  assert.ok(inFrame.map <= inFrame.h && inFrame.slider <= inFrame.h, `map and slider inside the ${inFrame.h}px frame: ${JSON.stringify(inFrame)}`);
  await host.close();
});

test('Share: one quiz seed per page, the quiz settings in the dialog reach its link and code, Copied beside the button', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1945&lang=en`, { width: 1366, height: 768 });
  const open = async () => {
    await page.click('[data-testid="share-button"]');
    await page.locator('[data-testid="share-quiz-link"]').waitFor();
  };
  const close = () => page.click('[data-testid="share-close"]');
  await open();
  const first = await page.locator('[data-testid="share-quiz-link"]').inputValue();
  const seed = first.match(/seed=(\d+)/)?.[1];
  assert.ok(seed, first);
  await close();
  await open();
  assert.equal(await page.locator('[data-testid="share-quiz-link"]').inputValue(), first, 'the same quiz on every opening');
  // The settings, by keyboard and mouse.
  await page.fill('[data-testid="share-quiz-n"]', '5');
  await page.locator('[data-testid="share-quiz-n"]').press('Tab');
  await page.locator('[data-testid="share-quiz-order"]').check();
  await page.locator('.share__quiz-regions summary').click();
  await page.locator('[data-quiz-region="kunashiri"]').check();
  await page.fill('[data-testid="share-quiz-from"]', '1945');
  await page.locator('[data-testid="share-quiz-from"]').press('Tab');
  const link = await page.locator('[data-testid="share-quiz-link"]').inputValue();
  assert.match(link, new RegExp(`quiz=1&seed=${seed}&from=1945&regions=kunashiri&n=5&order=1`));
  const snippet = await page.locator('[data-testid="share-quiz-snippet"]').inputValue();
  assert.match(snippet, new RegExp(`quiz=1&amp;seed=${seed}&amp;from=1945&amp;regions=kunashiri&amp;n=5&amp;order=1`));
  // Other questions: another seed, the settings kept.
  await page.click('[data-testid="share-quiz-new"]');
  const other = await page.locator('[data-testid="share-quiz-link"]').inputValue();
  assert.notEqual(other.match(/seed=(\d+)/)[1], seed);
  assert.match(other, /regions=kunashiri&n=5&order=1/);
  // Copied, where the button is (inside the dialog's visible box).
  await page.click('[data-testid="copy-quiz-link"]');
  const said = page.locator('[data-testid="share-quiz-link-copied"]');
  assert.ok((await said.innerText()).length > 0, 'says whether it copied');
  const b = await said.boundingBox();
  const d = await page.locator('[data-testid="share-dialog"]').boundingBox();
  assert.ok(b.y >= d.y && b.y + b.height <= Math.min(d.y + d.height, 768), 'beside the button, on screen');
  // The link opens that quiz: five questions about Kunashiri from 1945 on.
  const quiz = await openPage(env.browser, other, { width: 1366, height: 768 });
  await quiz.page.waitForSelector('[data-testid="quiz"]');
  assert.match(quiz.page.url(), /n=5/);
  await quiz.context.close();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a seed a teacher types as a word gives every student the same quiz', async () => {
  const ask = async () => {
    const { page, context } = await openPage(env.browser, `${env.origin}/?quiz=1&seed=class7b&lang=en`, { width: 1366, height: 768 });
    await page.waitForFunction(() => /seed=\d+/.test(location.search));
    const seed = new URL(page.url()).searchParams.get('seed');
    const q = await page.evaluate(() => document.querySelector('.quiz')?.innerText ?? '');
    await context.close();
    return { seed, q };
  };
  const [a, b] = [await ask(), await ask()];
  assert.equal(a.seed, b.seed, 'the same seed number');
  assert.equal(a.q, b.q, 'the same questions');
});

test('quiz: Leave returns to the view before it, the score is said once at the end, the phone keeps the map on screen', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1932&event=mukden-incident&lang=en`, { width: 375, height: 667, touch: true });
  // The address as the app writes it once the view has rested.
  await page.waitForTimeout(400);
  const before = page.url();
  await page.tap('[data-testid="quiz-start"]');
  await page.locator('[data-testid="quiz-choice"]').first().waitFor();
  // Answering on a phone: the question is below the stage; the map stays at the top of the screen.
  await page.locator('[data-testid="quiz-choice"]').first().scrollIntoViewIfNeeded();
  await page.locator('[data-testid="quiz-choice"]').first().tap();
  await page.locator('[data-testid="quiz-next"]').waitFor();
  const map = await boxOf(page, 'map-svg');
  inside(map, 375, 667, 'the map while answering');
  const next = await page.locator('[data-testid="quiz-next"]').boundingBox();
  assert.ok(next.y >= map.y + map.height - 1, 'the answer is below the map, not under it');
  await page.tap('[data-testid="quiz-exit"]');
  await page.waitForFunction((u) => location.href === u, before, { timeout: 3000 }).catch(() => {});
  assert.equal(page.url(), before, 'back to the view before the quiz');
  await context.close();

  const done = await openPage(env.browser, `${env.origin}/?quiz=1&seed=5&n=2&lang=en`, { width: 1366, height: 768 });
  for (let i = 0; i < 2; i++) {
    await done.page.locator('[data-testid="quiz-choice"]').first().click();
    await done.page.click('[data-testid="quiz-next"]');
  }
  await done.page.waitForSelector('[data-testid="quiz-summary"]');
  const said = await done.page.evaluate(() => (document.querySelector('[data-testid="quiz-panel"]').innerText.match(/Your score/g) || []).length);
  assert.equal(said, 1, 'the score once');
  await done.context.close();
});

test('the comparison’s year slider shows and reads out its year while dragged', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1946&compare=1939&lang=en`, { width: 1366, height: 900 });
  await page.click('[data-testid="compare-open"]');
  const slider = page.locator('[data-testid="compare-year"]');
  await slider.scrollIntoViewIfNeeded();
  const b = await slider.boundingBox();
  const at = (year) => b.x + 8 + ((year - 1917) / (1991 - 1917)) * (b.width - 16);
  await page.mouse.move(at(1939), b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(at(1960), b.y + b.height / 2, { steps: 8 });
  const during = await page.locator('[data-testid="compare-year-out"]').innerText();
  const valuetext = await slider.getAttribute('aria-valuetext');
  await page.mouse.up();
  assert.ok(Math.abs(Number(during) - 1960) <= 1, `the year shows while dragging: ${during}`);
  assert.equal(valuetext, during);
  await context.close();
});

test('the status table’s Note buttons are at least 24 × 24 px on a phone', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1920&lang=en`, { width: 375, height: 667, touch: true });
  await page.locator('.status-row__note').first().scrollIntoViewIfNeeded();
  const sizes = await page.evaluate(() => [...document.querySelectorAll('.status-row__note')].map((b) => [b.getBoundingClientRect().width, b.getBoundingClientRect().height]));
  assert.ok(sizes.length > 0);
  for (const [w, h] of sizes) assert.ok(w >= 24 && h >= 24, `a Note button ${w}×${h}`);
  await context.close();
});

test('a quiz result code handed in without an LMS: the teacher checks it in the atlas', async () => {
  const link = `${env.origin}/?quiz=1&seed=31&n=3&from=1940&to=1950&lang=en`;
  const student = await openPage(env.browser, link, { width: 1366, height: 768 });
  for (let i = 0; i < 3; i++) {
    await student.page.locator('[data-testid="quiz-choice"]').nth(i % 2).click();
    await student.page.click('[data-testid="quiz-next"]');
  }
  await student.page.waitForSelector('[data-testid="quiz-summary"]');
  const code = await student.page.inputValue('[data-testid="quiz-code"]');
  const score = (await student.page.locator('.quiz__score').innerText()).match(/(\d+) of 3/)[1];
  assert.match(code, /^[0-9A-Z]+-[0-9A-Z]+-[0-9A-Z]{2}$/);
  await student.page.click('[data-testid="copy-quiz-code"]');
  assert.ok((await student.page.locator('#quiz-code-copied').innerText()).length > 0);
  await student.context.close();
  // The teacher opens the same quiz link and types the code.
  const teacher = await openPage(env.browser, link, { width: 1366, height: 768 });
  await teacher.page.locator('[data-testid="quiz-check"] summary').click();
  await teacher.page.fill('[data-testid="quiz-check-input"]', code.toLowerCase());
  await teacher.page.click('[data-testid="quiz-check-button"]');
  const verdict = await text(teacher.page, 'quiz-check-result');
  assert.match(verdict, score === '3' ? /All 3 right/ : new RegExp(`${score} of 3 right \\(seed 31\\)`));
  // A code of another quiz (other years) is refused, not misread.
  const other = await openPage(env.browser, `${env.origin}/?quiz=1&seed=31&n=3&from=1930&to=1950&lang=en`, { width: 1366, height: 768 });
  await other.page.locator('[data-testid="quiz-check"] summary').click();
  await other.page.fill('[data-testid="quiz-check-input"]', code);
  await other.page.click('[data-testid="quiz-check-button"]');
  assert.match(await text(other.page, 'quiz-check-result'), /not from this quiz/);
  await other.context.close();
  await teacher.context.close();
});
