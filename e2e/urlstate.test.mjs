// Links as state: a copied address reopens the same view (date, language, selected event, embed mode), and a
// hand-edited or hostile address never breaks the page, never logs an error and never injects markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, text, useAtlas } from './helpers.mjs';

const env = useAtlas({ before, after });

/** What a reader sees of the view state. */
async function seen(page) {
  const selectedCard = page.locator('[data-testid="event-card"][class*="card--selected"]');
  const selectedItem = page.locator('.event-list__item--selected');
  return {
    date: await text(page, 'date-display'),
    lang: await page.getAttribute('html', 'lang'),
    slider: await page.locator('[data-testid="year-slider"]').inputValue(),
    card: (await selectedCard.count()) ? await selectedCard.first().getAttribute('data-event') : null,
    listItem: (await selectedItem.count()) ? await selectedItem.first().getAttribute('data-event') : null,
    embed: await page.locator('.app--embed').count(),
  };
}

const views = [
  { q: '?year=1932&lang=zh', expect: { date: '1932年', lang: 'zh-Hans', card: null, embed: 0 } },
  { q: '?date=1945-08-09&lang=en', expect: { date: '9 August 1945', lang: 'en', card: null, embed: 0 } },
  { q: '?event=neutrality-pact&lang=zh', expect: { lang: 'zh-Hans', card: 'neutrality-pact', listItem: 'neutrality-pact', embed: 0 } },
  { q: '?year=1945&lang=en&embed=1', expect: { date: '1945', lang: 'en', card: null, embed: 1 } },
  // An event outside the map's years: its own date, its card, the slider at the nearer end.
  { q: '?event=treaty-of-portsmouth&lang=en', expect: { date: '5 September 1905', slider: '1917', card: 'treaty-of-portsmouth', listItem: 'treaty-of-portsmouth' } },
];

for (const { q, expect } of views) {
  test(`the link ${q} round-trips: the address it settles on reopens the same view`, async () => {
    const first = await openPage(env.browser, `${env.origin}/${q}`);
    const a = await seen(first.page);
    for (const [key, value] of Object.entries(expect)) assert.equal(a[key], value, `${q}: ${key}`);
    const search = await first.page.evaluate(() => location.search);
    assert.deepEqual(first.log.errors, [], q);
    await first.context.close();

    const second = await openPage(env.browser, `${env.origin}/${search}`);
    assert.deepEqual(await seen(second.page), a, `${q} -> ${search}`);
    assert.equal(await second.page.evaluate(() => location.search), search, 'the settled address is canonical');
    assert.deepEqual(second.log.errors, [], search);
    await second.context.close();
  });
}

test('an event link opens its day and selects its card in the cards and in the list', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?event=neutrality-pact&lang=en`);
  assert.equal(await text(page, 'date-display'), '13 April 1941');
  assert.equal(await page.locator('[data-testid="event-card"][class*="card--selected"]').count(), 1);
  assert.equal(await page.locator('.event-list__item--selected').count(), 1);
  assert.match(await page.evaluate(() => location.search), /event=neutrality-pact/);
  await context.close();
});

test('garbage parameters: the page renders, logs nothing, injects nothing, and drops them from the address', async () => {
  const clean = await openPage(env.browser, `${env.origin}/?year=1917&lang=en`);
  const baseline = await clean.page.evaluate(() => ({
    scripts: document.scripts.length,
    elements: document.querySelectorAll('*').length,
  }));
  await clean.context.close();

  const bad = [
    'year=abc',
    'year=99999',
    'lang=xx',
    `event=${encodeURIComponent('<script>alert(1)</script>')}`,
    'event=<script>alert(1)</script>',
    `event=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    'date=1945-13-45',
    'embed=maybe',
    'year=19%4&%E0%A4%A=1',
    'year=1945&year=abc&lang=en&lang=zz',
  ];
  for (const q of bad) {
    const { page, context, log } = await openPage(env.browser, `${env.origin}/?${q}`);
    await page.waitForTimeout(100);
    assert.deepEqual(log.errors, [], `${q}: page errors`);
    assert.deepEqual(
      log.console.filter((m) => m.type === 'error' || m.type === 'warning'),
      [],
      `${q}: console errors or warnings`,
    );
    assert.deepEqual(log.dialogs, [], `${q}: a dialog opened`);
    assert.ok((await text(page, 'date-display')).length > 0, `${q}: a date is shown`);
    const found = await page.evaluate(() => ({
      scripts: document.scripts.length,
      injected: document.querySelectorAll('img[src="x"], [onerror], main script, body > script').length,
      search: location.search,
    }));
    assert.equal(found.scripts, baseline.scripts, `${q}: no new <script>`);
    assert.equal(found.injected, 0, `${q}: no injected element`);
    assert.doesNotMatch(decodeURIComponent(found.search), /script|onerror|<|>/i, `${q}: garbage kept in ${found.search}`);
    await context.close();
  }
});

test('out-of-range and malformed values fall back to sensible views', async () => {
  const cases = [
    ['?year=99999&lang=en', '1991'],
    ['?year=1800&lang=en', '1917'],
    ['?year=abc&lang=en', '1917'],
    ['?date=1945-13-45&lang=en', '1917'],
  ];
  for (const [q, date] of cases) {
    const { page, context } = await openPage(env.browser, `${env.origin}/${q}`);
    assert.equal(await text(page, 'date-display'), date, q);
    await context.close();
  }
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1945&lang=xx`, { locale: 'zh-CN' });
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans', 'an unknown lang falls back to the browser language');
  await context.close();
});
