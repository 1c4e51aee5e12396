// The reading aids: Japanese and Russian names under the region names of the status table (each in an element with
// its own lang), and the "About this map" panel (one colour per region, what each status means), in both languages,
// checked against the record and with axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, openPage, rested, useAtlas } from './helpers.mjs';

const env = useAtlas({ before, after });

/** The local names shown under a region's name in the status table: { ja, ru }. */
async function localNames(page, region) {
  const cell = page.locator(`[data-testid="status-table"] tr[data-region="${region}"] th`);
  const names = {};
  for (const lang of ['ja', 'ru']) {
    const el = cell.locator(`.local-names [lang="${lang}"]`);
    names[lang] = (await el.count()) ? await el.innerText() : null;
  }
  return names;
}

test('the status table gives each region its Japanese and Russian names of the time, in their own lang', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1940&lang=en`);
  await rested(page);
  assert.deepEqual(await localNames(page, 'south-sakhalin'), { ja: '樺太', ru: 'Южный Сахалин' });
  assert.deepEqual(await localNames(page, 'etorofu'), { ja: '択捉島', ru: 'Итуруп' });
  assert.deepEqual(await localNames(page, 'kwantung'), { ja: '関東州', ru: 'Квантун (Порт-Артур, Дальний)' });
  // Every row has both, and a hidden label says which language each is.
  const rows = page.locator('[data-testid="status-table"] tbody tr[data-region]');
  const n = await rows.count();
  assert.ok(n >= 20, `${n} rows`);
  for (let i = 0; i < n; i++) {
    assert.equal(await rows.nth(i).locator('.local-names [lang]').count(), 2, `row ${i}`);
  }
  const hidden = page.locator('tr[data-region="etorofu"] .local-names .visually-hidden').first();
  assert.match(await hidden.textContent(), /Japanese name/);
  // A later date: South Sakhalin is 南樺太 in Japanese once it is no longer Japanese.
  await page.goto(`${env.origin}/?year=1950&lang=zh`);
  await rested(page);
  assert.deepEqual(await localNames(page, 'south-sakhalin'), { ja: '南樺太', ru: 'Южный Сахалин' });
  assert.match(await page.locator('tr[data-region="etorofu"] .local-names .visually-hidden').first().textContent(), /日文名/);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  await context.close();
});

test('"About this map" explains the one-colour rule and every status, in English and in Chinese', async () => {
  for (const [q, heading, rule, statuses] of [
    ['?year=1920&lang=en', 'About this map', /main centre.*note/s, 'military occupation'],
    ['?year=1920&lang=zh', '如何阅读本图', /主要中心城市.*说明/s, '军事占领'],
  ]) {
    const { page, context, log } = await openPage(env.browser, `${env.origin}/${q}`);
    const about = page.locator('[data-testid="about-map"]');
    assert.equal(await about.count(), 1);
    assert.equal(await about.evaluate((d) => d.open), false, 'closed at first');
    const summary = about.locator('summary');
    assert.equal(await summary.locator('h3').innerText(), heading);
    await summary.focus();
    await page.keyboard.press('Enter');
    assert.equal(await about.evaluate((d) => d.open), true, 'opens from the keyboard');
    assert.match(await about.locator('[data-testid="about-one-colour"]').innerText(), rule);
    assert.equal(await about.locator('.about-map__status').count(), 7, 'every status (seven, with autonomous)');
    assert.match(await about.locator('.about-map__status[data-status="occupied"] dt').innerText(), new RegExp(statuses));
    assert.ok((await about.locator('.about-map__status[data-status="occupied"] dd').innerText()).length > 10);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('axe-core finds no violations in the status table and the open About panel, in English and in Chinese', async () => {
  const axe = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const q of ['?year=1940&lang=en', '?date=1946-06-04&lang=zh']) {
    const { page, context } = await openPage(env.browser, `${env.origin}/${q}`);
    await rested(page);
    await page.locator('[data-testid="about-map"] summary').click();
    await page.evaluate(axe); // not a <script> tag: the page's CSP refuses inline script
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target})`);
    assert.deepEqual(summary, [], q);
    await context.close();
  }
});
