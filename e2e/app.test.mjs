// End-to-end tests of the release build in headless Chromium: what a student and a teacher do with the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, rested, text, useAtlas, urlMatches, ROOT } from './helpers.mjs';

const env = useAtlas({ before, after });

const statusOf = (page, region) =>
  page.locator(`[data-testid="status-table"] tr[data-region="${region}"]`).getAttribute('data-controller');
const cardIds = (page) => page.locator('[data-testid="event-card"]').evaluateAll((els) => els.map((e) => e.dataset.event));

test('the page loads with no console errors or warnings and no failed requests', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/`);
  await page.waitForSelector('[data-testid="status-table"] tbody tr');
  await page.waitForTimeout(300);
  assert.deepEqual(log.errors, []);
  const noisy = log.console.filter((m) => m.type === 'error' || m.type === 'warning');
  assert.deepEqual(noisy, []);
  assert.equal(await page.locator('[data-testid="data-errors"]').count(), 0, 'the shipped data validates');
  await context.close();
});

test('dragging the slider with the mouse changes the year, the cards and the status table', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1917&lang=en`);
  assert.equal(await text(page, 'date-display'), '1917');
  const slider = page.locator('[data-testid="year-slider"]');
  const box = await slider.boundingBox();
  // The thumb sits at the left end for 1917: grab it and drag to about 1945 like a person would.
  const y = box.y + box.height / 2;
  const thumbX = box.x + 8;
  const at = (year) => box.x + 8 + ((year - 1917) / (1991 - 1917)) * (box.width - 16);
  await page.mouse.move(thumbX, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(thumbX + ((at(1945) - thumbX) * i) / 10, y);
  await page.mouse.up();
  const year = Number(await slider.inputValue());
  assert.ok(year >= 1943 && year <= 1947, `dragged to ${year}`);
  assert.equal(await text(page, 'date-display'), String(year));
  await rested(page);
  assert.ok((await cardIds(page)).length > 0, 'cards for the dragged year');
  // Drag exactly onto 1945 with small moves, then check against the record.
  await page.mouse.move(at(year), y);
  await page.mouse.down();
  await page.mouse.move(at(1945), y, { steps: 5 });
  await page.mouse.up();
  assert.equal(await slider.inputValue(), '1945');
  assert.equal(await text(page, 'date-display'), '1945');
  await rested(page);
  assert.equal(await statusOf(page, 'south-sakhalin'), 'ussr', 'South Sakhalin Soviet at the end of 1945');
  assert.equal(await statusOf(page, 'kwantung'), 'ussr');
  const changes = await text(page, 'changes');
  assert.match(changes, /South Sakhalin/);
  await urlMatches(page, /year=1945/);
  await context.close();
});

test('the keyboard steps the slider: arrows, PageUp/PageDown, Home/End', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1930&lang=en`);
  const slider = page.locator('[data-testid="year-slider"]');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(page, 'date-display'), '1931');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await text(page, 'date-display'), '1929');
  await page.keyboard.press('PageUp');
  assert.ok(Number(await slider.inputValue()) > 1929, 'PageUp moves forward');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  assert.ok(Number(await slider.inputValue()) < 1929, 'PageDown moves back');
  await page.keyboard.press('End');
  assert.equal(await text(page, 'date-display'), '1991');
  await rested(page);
  assert.equal(await statusOf(page, 'north-sakhalin'), 'russia', 'Russia after 26 December 1991');
  await page.keyboard.press('Home');
  assert.equal(await text(page, 'date-display'), '1917');
  const valuetext = await slider.getAttribute('aria-valuetext');
  assert.match(valuetext, /^1917/);
  await context.close();
});

test('the slider reads out the year and its key event', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1941&lang=en`);
  const valuetext = await page.locator('[data-testid="year-slider"]').getAttribute('aria-valuetext');
  assert.match(valuetext, /^1941: .*Neutrality/);
  await context.close();
});

test('a typed year or date moves the view; a bad one explains itself', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?lang=en`);
  await page.fill('[data-testid="goto-input"]', '1923-06-01');
  await page.keyboard.press('Enter');
  assert.equal(await text(page, 'date-display'), '1 June 1923');
  assert.equal(await statusOf(page, 'north-sakhalin'), 'japan', 'North Sakhalin under Japanese occupation in 1923');
  await urlMatches(page, /date=1923-06-01/);
  await page.fill('[data-testid="goto-input"]', '2023');
  await page.click('[data-testid="goto-button"]');
  assert.match(await page.locator('#goto-error').innerText(), /between 1917 and 1991/);
  assert.equal(await text(page, 'date-display'), '1 June 1923', 'a bad year leaves the view as it was');
  await context.close();
});

test('a ?date=…&lang=zh link opens the Chinese view of that day', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?date=1945-08-09&lang=zh`);
  assert.equal(await text(page, 'date-display'), '1945年8月9日');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.match(await page.locator('h1').innerText(), /日苏关系/);
  assert.match(await page.locator('[data-testid="status-table"] thead').innerText(), /控制方/);
  assert.equal(await statusOf(page, 'south-sakhalin'), 'japan', 'South Sakhalin still Japanese on 9 August 1945');
  assert.equal(await statusOf(page, 'manchuria'), 'manchukuo');
  const body = await page.locator('main').innerText();
  assert.ok(!/\b(Region|Controlled by|Events of)\b/.test(body), 'no English interface strings');
  // Switch to English and back: the URL follows.
  await page.click('[data-testid="lang-en"]');
  // Its texts are fetched now; the page switches when they are here.
  await page.waitForSelector('html[lang="en"]');
  assert.equal(await text(page, 'date-display'), '9 August 1945');
  await urlMatches(page, /lang=en/);
  await context.close();
});

test('bad URL parameters are ignored or clamped, never an error', async () => {
  for (const q of ['?year=abc&lang=xx', '?year=99999', '?date=1945-02-30&event=%3Cscript%3E', '?year=-5&&&=&lang=']) {
    const { page, context, log } = await openPage(env.browser, `${env.origin}/${q}`);
    assert.deepEqual(log.errors, [], q);
    assert.ok((await text(page, 'date-display')).length > 0, q);
    await context.close();
  }
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=99999&lang=en`);
  assert.equal(await text(page, 'date-display'), '1991');
  await context.close();
});

test('no request leaves the origin', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1945`);
  await page.locator('[data-testid="year-slider"]').focus();
  await page.keyboard.press('End');
  await page.waitForTimeout(200);
  const foreign = log.requests.filter((u) => !u.startsWith(env.origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('axe-core finds no accessibility violations, in English and in Chinese', async () => {
  const axe = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const q of ['?year=1945&lang=en', '?date=1932-03-01&lang=zh']) {
    const { page, context } = await openPage(env.browser, `${env.origin}/${q}`);
    await page.evaluate(axe); // not a <script> tag: the page's CSP refuses inline script
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target})`);
    assert.deepEqual(summary, [], q);
    await context.close();
  }
});

test('while the slider moves the cards and the status table wait, dimmed; they follow when it rests', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1944&lang=en`);
  const list = page.locator('[data-testid="event-cards"]');
  assert.equal(await list.getAttribute('data-complete'), 'true');
  const cards1944 = await cardIds(page);
  // Three steps of the slider (1945, 1946, 1945) and the reading, in one go inside the page: read from here with
  // a round trip per step, a loaded machine could let the slider rest (150 ms) before the reading.
  const moving = await page.evaluate(async () => {
    const slider = document.querySelector('[data-testid="year-slider"]');
    for (const value of ['1945', '1946', '1945']) {
      slider.value = value;
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // Let the view's effects run (microtasks), but no timer.
    for (let i = 0; i < 50; i++) await null;
    const cards = document.querySelector('[data-testid="event-cards"]');
    return {
      date: document.querySelector('[data-testid="date-display"]').textContent.trim(),
      year: cards.dataset.year,
      cards: [...cards.querySelectorAll('[data-testid="event-card"]')].map((e) => e.dataset.event),
      busy: cards.getAttribute('aria-busy'),
      opacity: getComputedStyle(cards).opacity,
      tableBusy: document.querySelector('.status-table__scroll').getAttribute('aria-busy'),
      sakhalinOnMap: document.querySelector('[data-testid="map-svg"] g[data-region="south-sakhalin"]').dataset.controller,
      heading: document.querySelector('#events-heading').textContent.trim(),
    };
  });
  // Mid-move the date and the map are 1945's; the cards and the table still 1944's, marked busy and dimmed.
  assert.deepEqual(
    { ...moving, opacity: Number(moving.opacity) < 1 },
    { date: '1945', year: '1944', cards: cards1944, busy: 'true', opacity: true, tableBusy: 'true', sakhalinOnMap: 'ussr', heading: 'Events of 1944' },
  );
  await rested(page);
  assert.equal(await list.getAttribute('aria-busy'), 'false');
  assert.equal(await list.getAttribute('data-year'), '1945');
  assert.equal(await page.locator('#events-heading').innerText(), 'Events of 1945');
  assert.equal((await cardIds(page)).length, 12, 'every card of 1945 once the slider rests');
  assert.equal(await statusOf(page, 'south-sakhalin'), 'ussr');
  assert.equal(await page.locator('.status-table__scroll').getAttribute('aria-busy'), 'false');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a row's note opens and closes by keyboard, and stays open while a step leaves its row unchanged", async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1924&lang=en`);
  const note = page.locator('tr[data-region="mongolia"] .status-row__note');
  const noteText = page.locator('tr[data-region="mongolia"] .status-row__note-text');
  await note.scrollIntoViewIfNeeded();
  assert.equal(await noteText.isVisible(), false, 'folded at first');
  await note.focus();
  await page.keyboard.press('Enter');
  assert.equal(await note.getAttribute('aria-expanded'), 'true');
  assert.match(await noteText.innerText(), /\S/, 'the note says something');
  // 1924 -> 1925: Japan leaves North Sakhalin; Outer Mongolia's row reads the same, so its open note stays open.
  await page.focus('[data-testid="year-slider"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('tr[data-region="north-sakhalin"]')?.dataset.controller === 'ussr');
  await page.waitForSelector('[data-testid="event-cards"][data-complete="true"]', { state: 'attached' });
  assert.equal(await note.getAttribute('aria-expanded'), 'true');
  assert.equal(await noteText.isVisible(), true);
  await note.focus();
  await page.keyboard.press('Space');
  assert.equal(await note.getAttribute('aria-expanded'), 'false');
  assert.equal(await noteText.isVisible(), false);
  assert.deepEqual(log.errors, []);
  await context.close();
});
