// The classroom features in a real browser: a comparison of two dates opened by a link (both languages), and the
// "Test yourself" quiz answered by keyboard, reproduced by its seed, and never showing the answer before it is given.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, text, useAtlas, urlMatches, ROOT } from './helpers.mjs';

const env = useAtlas({ before, after });

// Who held what at the end of 1939 and at the end of 1946, by the record: the Soviet conquests of August–September
// 1945 (annexed in February 1946), Korea divided, the US occupation of Japan, and Nationalist China back in the
// cities of Manchuria, Jehol, Inner Mongolia and China proper.
const CHANGED_1939_1946 = {
  'south-sakhalin': ['japan', 'ussr'],
  kurils: ['japan', 'ussr'],
  etorofu: ['japan', 'ussr'],
  kunashiri: ['japan', 'ussr'],
  shikotan: ['japan', 'ussr'],
  habomai: ['japan', 'ussr'],
  hokkaido: ['japan', 'us'],
  'japan-main': ['japan', 'us'],
  manchuria: ['manchukuo', 'roc'],
  jehol: ['manchukuo', 'roc'],
  kwantung: ['japan', 'ussr'],
  'korea-north': ['japan', 'ussr'],
  'korea-south': ['japan', 'us'],
  'inner-mongolia': ['mengjiang', 'roc'],
  'china-proper': ['japan', 'roc'],
};

const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** The comparison as the page lists it: region -> [from, to]. */
const listed = (page) =>
  page.$$eval('[data-testid="compare-changes"] > li', (items) =>
    Object.fromEntries(items.map((li) => [li.dataset.region, [li.dataset.from, li.dataset.to]])),
  );

const outlined = (page) =>
  page.$$eval('[data-testid="map-svg"] [data-region][data-changed="true"]', (els) => els.map((e) => e.dataset.region).sort());

const noErrors = (log, what) => {
  assert.deepEqual(log.errors, [], `${what}: page errors`);
  assert.deepEqual(
    log.console.filter((m) => m.type === 'error' || m.type === 'warning'),
    [],
    `${what}: console errors or warnings`,
  );
};

async function axeViolations(page) {
  const axe = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axe); // not a <script> tag: the page's CSP refuses inline script
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target})`);
}

for (const [lang, heading] of [
  ['en', 'Between 1939 and 1946'],
  ['zh', '1939年至1946年之间'],
]) {
  test(`a compare link (${lang}): 1939 against 1946 lists and outlines every region that changed hands`, async () => {
    const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1946&compare=1939&lang=${lang}`);
    await page.waitForSelector('[data-testid="compare-changes"] > li', { state: 'attached' });
    assert.equal(await text(page, 'compare-heading'), heading);
    assert.deepEqual(sorted(await listed(page)), sorted(CHANGED_1939_1946));
    assert.deepEqual(await outlined(page), Object.keys(CHANGED_1939_1946).sort());
    // Regions that did not change hands are neither listed nor outlined.
    assert.equal(await page.locator('[data-testid="map-svg"] [data-region="north-sakhalin"]').getAttribute('data-changed'), null);
    // The map shows 1946 (the slider's date), and its legend explains the outline.
    assert.equal(await page.locator('[data-testid="map-svg"] [data-region="south-sakhalin"]').getAttribute('data-controller'), 'ussr');
    assert.ok(await page.locator('[data-testid="legend-compared"]').isVisible());
    await urlMatches(page, /compare=1939/);
    noErrors(log, lang);
    await context.close();
  });
}

test('a compare link works in an embedded page too', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1946&compare=1939&lang=en&embed=1`);
  await page.waitForSelector('[data-testid="compare-changes"] > li', { state: 'attached' });
  assert.equal(await page.locator('.app--embed').count(), 1);
  assert.deepEqual(sorted(await listed(page)), sorted(CHANGED_1939_1946));
  assert.deepEqual(await outlined(page), Object.keys(CHANGED_1939_1946).sort());
  noErrors(log, 'embedded comparison');
  await context.close();
});

test('the comparison reads the same either way round, and its events can be selected by keyboard', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1939&compare=1946&lang=en`);
  await page.waitForSelector('[data-testid="compare-changes"] > li', { state: 'attached' });
  assert.equal(await text(page, 'compare-heading'), 'Between 1939 and 1946');
  assert.deepEqual(sorted(await listed(page)), sorted(CHANGED_1939_1946));
  // Open South Sakhalin's steps and press its first event with the keyboard.
  const item = page.locator('[data-testid="compare-changes"] > li[data-region="south-sakhalin"]');
  await item.locator('summary').focus();
  await page.keyboard.press('Enter');
  const link = item.locator('[data-testid="compare-event-link"]').first();
  const id = await link.getAttribute('data-select');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid="compare-event"][data-event="${id}"]`);
  // The list is not redrawn: the region stays open and the keyboard stays on the event.
  assert.equal(await item.locator('details').getAttribute('open'), '');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.select), id);
  // Its place is marked on the map; the dates do not move.
  assert.match(await page.locator('[data-testid="map-svg"] [data-region="south-sakhalin"]').getAttribute('class'), /region--highlighted/);
  assert.equal(await text(page, 'date-display'), '1939');
  noErrors(log, 'either way round');
  await context.close();
});

test('"Compare with…" sets the second date from a typed year, and the list and outlines follow', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1926&lang=en`);
  await page.click('[data-testid="compare-open"]');
  await page.fill('[data-testid="compare-input"]', '1920');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="compare-changes"] > li', { state: 'attached' });
  const changes = await listed(page);
  // Japan held North Sakhalin until 14 May 1925 and Vladivostok until 25 October 1922.
  assert.deepEqual(changes['north-sakhalin'], ['japan', 'ussr']);
  assert.deepEqual(changes.primorye, ['japan', 'ussr']);
  assert.ok((await outlined(page)).includes('north-sakhalin'));
  await urlMatches(page, /year=1926.*compare=1920/);
  await page.click('[data-testid="compare-end"]');
  assert.deepEqual(await outlined(page), []);
  await context.close();
});

/** Who held `region` on `date` by the app's own (non-quiz) view of that day. */
async function controllerOn(region, date) {
  const { page, context } = await openPage(env.browser, `${env.origin}/?date=${date}&lang=en`);
  const power = await page.locator(`[data-testid="map-svg"] [data-region="${region}"]`).getAttribute('data-controller');
  await context.close();
  return power;
}

/** What a student could read off the page before answering. */
const leaks = (page) =>
  page.evaluate(() => {
    const fills = [...document.querySelectorAll('[data-testid="map-svg"] .region__fill')].map((p) => getComputedStyle(p).fill);
    const visible = (sel) => [...document.querySelectorAll(sel)].some((e) => e.offsetParent !== null || e.getClientRects().length > 0);
    return {
      controllers: document.querySelectorAll('[data-controller]').length,
      statuses: document.querySelectorAll('[data-testid="map-svg"] [data-status]').length,
      powerClasses: document.querySelectorAll('[data-testid="map-svg"] [class*="power--"]').length,
      fillColours: new Set(fills).size,
      statusTable: visible('[data-testid="status-table"] td'),
      statusText: [...document.querySelectorAll('[data-testid="status-table"] td')].map((td) => td.textContent).join(''),
      legend: visible('[data-testid="legend"] .legend__item'),
      export: visible('[data-testid="export-svg"]'),
      borders: visible('.map__line--50n:not(.map__line--hidden), .map__line--38:not(.map__line--hidden)'),
      labels: [...document.querySelectorAll('[data-testid="map-svg"] [data-region]')].map((e) => e.getAttribute('aria-label')),
    };
  });

async function question(page) {
  const q = page.locator('[data-testid="quiz-question"]');
  return { region: await q.getAttribute('data-region'), date: await q.getAttribute('data-date'), text: await q.innerText() };
}

test('a quiz answered right, then wrong, by keyboard; the answer shows only once given', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?quiz=1&seed=11&n=3&lang=en`);
  await page.waitForSelector('[data-testid="quiz-question"]');
  const q1 = await question(page);
  assert.match(q1.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.match(q1.text, /^Who controlled .+ on \d{1,2} [A-Z][a-z]+ \d{4}\?$/);

  const before = await leaks(page);
  assert.equal(before.controllers, 0, 'no element carries data-controller');
  assert.equal(before.statuses, 0, 'no map element carries data-status');
  assert.equal(before.powerClasses, 0, 'no power class on the map');
  assert.equal(before.fillColours, 1, 'one neutral fill for every region');
  assert.equal(before.statusTable, false, 'no status table');
  assert.equal(before.statusText, '', 'its cells are empty');
  assert.ok(await page.locator('[data-testid="status-hidden"]').isVisible(), 'it says why it is hidden');
  assert.equal(before.legend, false, 'no legend colours');
  assert.equal(before.export, false, 'no export of the coloured map');
  assert.equal(before.borders, false, 'no 50th/38th parallel border line (it shows where controllers differ)');
  const names = await page.$$eval('[data-testid="map-svg"] [data-region]', (els) => els.map((e) => e.dataset.region));
  // A region's accessible name is its name alone ("North Sakhalin"), not "North Sakhalin: Japan, …".
  for (const label of before.labels) assert.doesNotMatch(label, /[:：]/);
  assert.equal(names.length, before.labels.length);

  const answer = await controllerOn(q1.region, q1.date);
  assert.ok(answer, 'the record names a controller');
  const choices = await page.$$eval('[data-testid="quiz-choice"]', (els) => els.map((e) => e.dataset.power));
  assert.ok(choices.includes(answer) && choices.length >= 3 && choices.length <= 4, `${choices} / ${answer}`);

  // Right, by keyboard.
  await tabToPower(page, answer);
  await page.keyboard.press('Enter');
  const feedback = page.locator('[data-testid="quiz-feedback"]');
  await feedback.waitFor();
  assert.equal(await feedback.getAttribute('data-correct'), 'true');
  assert.match(await text(page, 'quiz-announcer'), /^Right!/);
  // The map now shows that day in colour, the table is back.
  await page.waitForSelector('[data-testid="status-table"]', { state: 'visible' });
  assert.equal(await page.locator(`[data-testid="map-svg"] [data-region="${q1.region}"]`).getAttribute('data-controller'), answer);
  assert.match(await text(page, 'quiz-score'), /Score: 1/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), 'quiz-next', 'focus on Next');

  // Next, by keyboard; then a wrong choice.
  await page.keyboard.press('Enter');
  await page.waitForFunction((d) => document.querySelector('[data-testid="quiz-question"]')?.dataset.date !== d, q1.date);
  const q2 = await question(page);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-controller]').length), 0, 'masked again');
  const answer2 = await controllerOn(q2.region, q2.date);
  const wrong = (await page.$$eval('[data-testid="quiz-choice"]', (els) => els.map((e) => e.dataset.power))).find((p) => p !== answer2);
  await tabToPower(page, wrong);
  await page.keyboard.press(' ');
  await feedback.waitFor();
  assert.equal(await feedback.getAttribute('data-correct'), 'false');
  assert.match(await text(page, 'quiz-announcer'), /^Not quite\./);
  const rightName = await page.locator(`[data-testid="quiz-choice"][data-power="${answer2}"]`).innerText();
  assert.match(rightName, /the right answer/);
  assert.match(await text(page, 'quiz-score'), /Score: 1/);

  // The last question, then the summary with the date to review.
  await page.keyboard.press('Enter');
  await page.waitForFunction((d) => document.querySelector('[data-testid="quiz-question"]')?.dataset.date !== d, q2.date);
  await page.locator('[data-testid="quiz-choice"]').first().press('Enter');
  await page.locator('[data-testid="quiz-next"]').press('Enter');
  await page.waitForSelector('[data-testid="quiz-summary"]');
  const review = await page.$$eval('[data-testid="quiz-review"]', (els) => els.map((e) => e.dataset.date));
  assert.ok(review.includes(q2.date), `review ${review} includes ${q2.date}`);
  await page.locator(`[data-testid="quiz-review"][data-date="${q2.date}"]`).click();
  assert.ok(await page.locator('[data-testid="quiz-summary"]').isVisible(), 'the summary stays');
  await urlMatches(page, new RegExp(`date=${q2.date}`));
  noErrors(log, 'quiz');
  await context.close();
});

async function tabToPower(page, power) {
  if (await page.evaluate((p) => document.activeElement?.dataset?.power === p, power)) return;
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((p) => document.activeElement?.dataset?.power === p, power)) return;
  }
  assert.fail(`Tab never reached the choice ${power}`);
}

test('a seeded quiz gives the same first question twice; a quiz without a seed gets one in its address', async () => {
  const first = async (url) => {
    const { page, context } = await openPage(env.browser, url);
    await page.waitForSelector('[data-testid="quiz-question"]');
    const q = await question(page);
    q.choices = await page.$$eval('[data-testid="quiz-choice"]', (els) => els.map((e) => e.dataset.power));
    await page.waitForTimeout(300);
    const search = await page.evaluate(() => location.search);
    await context.close();
    return { q, search };
  };
  const a = await first(`${env.origin}/?quiz=1&seed=4242&lang=en`);
  const b = await first(`${env.origin}/?lang=zh&seed=4242&quiz=1`);
  assert.equal(a.q.region, b.q.region);
  assert.equal(a.q.date, b.q.date);
  assert.deepEqual(a.q.choices, b.q.choices);
  assert.notEqual(a.q.text, b.q.text, 'the same question in the other language');
  const c = await first(`${env.origin}/?quiz=1&lang=en`);
  const seed = c.search.match(/seed=(\d+)/)?.[1];
  assert.ok(seed, `a seed in ${c.search}`);
  const d = await first(`${env.origin}/${c.search}`);
  assert.deepEqual([d.q.region, d.q.date, d.q.choices], [c.q.region, c.q.date, c.q.choices]);
});

test('the quiz keeps to the years and regions of its link, and the Share dialog offers a quiz link and embed', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?quiz=1&seed=3&from=1945&to=1946&regions=kunashiri,habomai&lang=en`);
  for (let i = 0; i < 4; i++) {
    await page.waitForSelector('[data-testid="quiz-question"]');
    const q = await question(page);
    assert.ok(['kunashiri', 'habomai'].includes(q.region), q.region);
    assert.ok(q.date.startsWith('1945') || q.date.startsWith('1946'), q.date);
    await page.locator('[data-testid="quiz-choice"]').first().click();
    await page.locator('[data-testid="quiz-next"]').click();
  }
  await page.click('[data-testid="share-button"]');
  const link = await page.locator('[data-testid="share-quiz-link"]').inputValue();
  assert.match(link, /quiz=1&seed=3&from=1945&to=1946&regions=kunashiri,habomai/);
  const snippet = await page.locator('[data-testid="share-quiz-snippet"]').inputValue();
  assert.match(snippet, /^<iframe src="[^"]*quiz=1&amp;seed=3[^"]*embed=1|^<iframe src="[^"]*embed=1[^"]*quiz=1&amp;seed=3/);
  await context.close();

  // Outside a quiz the dialog still offers one, with a seed of its own.
  const plain = await openPage(env.browser, `${env.origin}/?year=1945&lang=zh`);
  await plain.page.click('[data-testid="share-button"]');
  assert.match(await plain.page.locator('[data-testid="share-quiz-link"]').inputValue(), /lang=zh&quiz=1&seed=\d+/);
  await plain.context.close();
});

test('a quiz link that also asks for a comparison shows none (it would list the answers)', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1946&compare=1939&quiz=1&seed=2&lang=en`);
  await page.waitForSelector('[data-testid="quiz-question"]');
  assert.equal(await page.locator('[data-testid="compare-changes"]').count(), 0);
  assert.equal(await page.locator('[data-changed]').count(), 0);
  assert.equal(await page.locator('[data-controller]').count(), 0);
  await context.close();
});

test('a quiz in an embedded page and in Chinese masks the map the same way', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?quiz=1&seed=8&lang=zh&embed=1`);
  await page.waitForSelector('[data-testid="quiz-question"]');
  assert.match((await question(page)).text, /^\d{4}年\d{1,2}月\d{1,2}日，.+由谁控制？$/);
  const l = await leaks(page);
  assert.deepEqual([l.controllers, l.statuses, l.powerClasses, l.fillColours, l.statusTable], [0, 0, 0, 1, false]);
  noErrors(log, 'embedded quiz');
  await context.close();
});

test('axe-core finds no violations in compare and quiz modes, in English and Chinese', async () => {
  for (const lang of ['en', 'zh']) {
    const cmp = await openPage(env.browser, `${env.origin}/?year=1946&compare=1939&lang=${lang}`);
    await cmp.page.waitForSelector('[data-testid="compare-changes"] > li', { state: 'attached' });
    await cmp.page.click('[data-testid="compare-open"]');
    await cmp.page.locator('[data-testid="compare-changes"] > li summary').first().click();
    await cmp.page.locator('[data-testid="compare-event-link"]').first().click();
    assert.deepEqual(await axeViolations(cmp.page), [], `compare ${lang}`);
    await cmp.context.close();

    const quiz = await openPage(env.browser, `${env.origin}/?quiz=1&seed=5&n=2&lang=${lang}`);
    await quiz.page.waitForSelector('[data-testid="quiz-question"]');
    assert.deepEqual(await axeViolations(quiz.page), [], `quiz question ${lang}`);
    await quiz.page.locator('[data-testid="quiz-choice"]').first().click();
    await quiz.page.waitForSelector('[data-testid="quiz-feedback"]');
    assert.deepEqual(await axeViolations(quiz.page), [], `quiz feedback ${lang}`);
    await quiz.page.locator('[data-testid="quiz-next"]').click();
    await quiz.page.locator('[data-testid="quiz-choice"]').first().click();
    await quiz.page.locator('[data-testid="quiz-next"]').click();
    await quiz.page.waitForSelector('[data-testid="quiz-summary"]');
    assert.deepEqual(await axeViolations(quiz.page), [], `quiz summary ${lang}`);
    await quiz.context.close();
  }
});
