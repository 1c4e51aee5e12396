// End-to-end tests of the event cards and the event list: selecting an event moves the date, the slider and the
// URL; ?event= links open a card; the list filters by category; everything works from the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, text, useAtlas, urlMatches, urlSettled } from './helpers.mjs';

const env = useAtlas({ before, after });

test('clicking a card selects its event: date, slider and URL follow', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1941&lang=en`);
  const card = page.locator('[data-testid="event-card"][data-event="neutrality-pact"]');
  await card.locator('button').click();
  assert.equal(await text(page, 'date-display'), '13 April 1941');
  assert.equal(await page.locator('[data-testid="year-slider"]').inputValue(), '1941');
  await urlMatches(page, /event=neutrality-pact/);
  await urlMatches(page, /date=1941-04-13/);
  assert.match((await card.getAttribute('class')) ?? '', /card--selected/);
  await context.close();
});

test('selecting a card lights up its places on the map', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1938&lang=en`);
  const map = page.locator('[data-testid="map-svg"]');
  assert.equal(await map.locator('.region--highlighted').count(), 0);
  await page.locator('[data-testid="event-card"][data-event="lake-khasan"] button').click();
  assert.match(await map.locator('g[data-region="primorye"]').getAttribute('class'), /region--highlighted/);
  assert.match(await map.locator('g[data-region="korea-north"]').getAttribute('class'), /region--highlighted/);
  assert.match(await map.locator('g[data-point="lake-khasan"]').getAttribute('class'), /place--selected/);
  await urlMatches(page, /event=lake-khasan/);
  await context.close();
});

test('an ?event=…&lang=zh link opens that card in Chinese', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?event=joint-declaration-1956&lang=zh`);
  assert.equal(await text(page, 'date-display'), '1956年10月19日');
  const card = page.locator('[data-testid="event-card"][data-event="joint-declaration-1956"]');
  assert.match((await card.getAttribute('class')) ?? '', /card--selected/);
  assert.match(await card.evaluate((e) => e.textContent), /宣言/); // textContent: see texts.test.mjs
  assert.equal(await page.locator('.event-list__item--selected').getAttribute('data-event'), 'joint-declaration-1956');
  await context.close();
});

test('an entry of the full list, pressed with the keyboard, selects its event and keeps the focus', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1960&lang=en`);
  const button = page.locator('[data-testid="event-list"] button[data-select="neutrality-pact"]');
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await text(page, 'date-display'), '13 April 1941');
  const item = page.locator('.event-list__item--selected');
  assert.equal(await item.getAttribute('data-event'), 'neutrality-pact');
  assert.match(await item.innerText(), /neutrality/i, 'the selected entry shows its summary');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-select')), 'neutrality-pact');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('li')?.previousElementSibling?.dataset.event), 'neutrality-pact');
  await context.close();
});

test('the event list filters by category', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?lang=en`);
  const items = page.locator('[data-testid="event-list"] li');
  const all = await items.count();
  assert.ok(all >= 75, `${all} events listed`);
  await page.click('[data-testid="filter-espionage"]');
  const spies = await items.evaluateAll((els) => els.map((e) => e.dataset.category));
  assert.ok(spies.length > 0 && spies.length < all);
  assert.ok(spies.every((c) => c === 'espionage'));
  await page.click('[data-testid="filter-all"]');
  assert.equal(await items.count(), all);
  await context.close();
});

test('keyboard only: step through events with the buttons and select a card with Enter', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1938&lang=en`);
  await page.locator('[data-testid="next-event"]').focus();
  await page.keyboard.press('Enter');
  const first = await text(page, 'date-display');
  assert.match(first, /1938/);
  await urlMatches(page, /event=/);
  await page.keyboard.press('Enter');
  await urlSettled(page);
  const second = new URL(page.url()).searchParams.get('event');
  await page.locator('[data-testid="prev-event"]').focus();
  await page.keyboard.press('Enter');
  await urlSettled(page);
  assert.notEqual(new URL(page.url()).searchParams.get('event'), second, 'previous goes back');
  // Tab to a card's button and press Enter.
  const button = page.locator('[data-testid="event-card"] button').last();
  await button.focus();
  await page.keyboard.press('Enter');
  const id = await page.locator('[data-testid="event-card"]').last().getAttribute('data-event');
  await urlSettled(page);
  assert.equal(new URL(page.url()).searchParams.get('event'), id);
  // The cards were rebuilt for the new selection; the keyboard focus stays on the same card's button.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-select')), id);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-testid="event-cards"]') !== null), true);
  await context.close();
});

test('an event before 1917 shows its card and its own date; the map says it stands at 1 January 1917', async () => {
  for (const [lang, date, caption] of [
    ['en', '5 September 1905', 'The map and table cover 1917–1991: shown at 1 January 1917.'],
    ['zh', '1905年9月5日', '地图与表格涵盖1917–1991年：此处显示1917年1月1日的状况。'],
  ]) {
    const { page, context, log } = await openPage(env.browser, `${env.origin}/?event=treaty-of-portsmouth&lang=${lang}`);
    assert.equal(await text(page, 'date-display'), date, lang);
    assert.equal(await text(page, 'date-caption'), caption, lang);
    assert.equal(await page.locator('[data-testid="year-slider"]').inputValue(), '1917', 'the slider at its first year');
    const card = page.locator('[data-testid="event-card"][data-event="treaty-of-portsmouth"]');
    assert.match((await card.getAttribute('class')) ?? '', /card--selected/, `${lang}: the card shows, selected`);
    // The record: the treaty ceded southern Sakhalin only; the note says where the articles say more.
    assert.equal(await card.locator('[data-testid="card-note"]').count(), 1);
    assert.equal(await page.locator('.event-list__item--selected').getAttribute('data-event'), 'treaty-of-portsmouth');
    // The map and the table stand at 1 January 1917: South Sakhalin is Japan's (Karafuto since 1905).
    assert.equal(
      await page.locator('[data-testid="status-table"] tr[data-region="south-sakhalin"]').getAttribute('data-controller'),
      'japan',
    );
    assert.deepEqual(log.errors, []);
    await context.close();
  }
  // After 1991 the map stands at its last day.
  const late = await openPage(env.browser, `${env.origin}/?event=tokyo-declaration-1993&lang=en`);
  assert.equal(await text(late.page, 'date-display'), '11 October 1993 – 13 October 1993');
  assert.match(await text(late.page, 'date-caption'), /shown at 31 December 1991\.$/);
  assert.equal(await late.page.locator('[data-testid="event-card"][data-event="tokyo-declaration-1993"]').count(), 1);
  await late.context.close();
});

test('cards show the disagreement note and the sources', async () => {
  const y = await openPage(env.browser, `${env.origin}/?year=1945&lang=en`);
  const notes = y.page.locator('[data-testid="event-card"] [data-testid="card-note"]');
  assert.ok((await notes.count()) > 0, 'the 1945 cards carry notes where the sources differ');
  // textContent: see firstCardTitle in texts.test.mjs (a card is `content-visibility: auto`).
  assert.match(await y.page.locator('.card__sources').first().evaluate((e) => e.textContent), /Wikipedia|article/i);
  await y.context.close();
});

test('the share dialog gives a link and an iframe snippet for this view', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1932&lang=zh`);
  await page.click('[data-testid="share-button"]');
  const link = await page.locator('[data-testid="share-link"]').inputValue();
  assert.equal(link, `${env.origin}/?year=1932&lang=zh`);
  const snippet = await page.locator('[data-testid="share-snippet"]').inputValue();
  assert.match(snippet, /^<iframe src="[^"]+year=1932&amp;lang=zh&amp;embed=1" width="800" height="700" title="[^"]+" loading="lazy" allow="fullscreen" style=/);
  // A teacher whose LMS sandboxes embeds without allow-same-origin learns about the single file.
  assert.match(await text(page, 'share-sandbox-help'), /allow-same-origin.*japan-soviet-atlas\.html/);
  // A size chosen by keyboard: the snippets and the preview follow, and the keyboard stays on the chosen size.
  await page.locator('input[name="embed-size"][data-size="1"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.activeElement?.matches('input[name="embed-size"][data-size="2"]:checked'));
  assert.match(await page.locator('[data-testid="share-snippet"]').inputValue(), / width="1200" height="820" /);
  assert.match(await page.locator('[data-testid="share-quiz-snippet"]').inputValue(), / width="1200" height="820" /);
  await page.click('[data-testid="copy-snippet"]');
  assert.ok((await text(page, 'share-status')).length > 0, 'says whether it copied');
  await page.click('[data-testid="share-close"]');
  assert.equal(await page.locator('[data-testid="share-dialog"]').isVisible(), false);
  await context.close();
});
