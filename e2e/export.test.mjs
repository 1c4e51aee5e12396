// "Download map" is the screen's own map: the file holds every region with the fill the screen shows, every name
// the screen shows, the dividing lines the screen draws, the railways, and the legend (issue 15: the export used to
// be a second renderer that drifted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openPage, rested, useAtlas } from './helpers.mjs';

const env = useAtlas({ before, after });

/** What the map on screen shows, read from the live page. */
const screenMap = (page) =>
  page.evaluate(() => {
    const svg = document.querySelector('[data-testid="map-svg"]');
    const shown = (e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
    return {
      fills: Object.fromEntries(
        [...svg.querySelectorAll('g[data-region]')].map((g) => [g.dataset.region, getComputedStyle(g.querySelector('.region__fill')).fill]),
      ),
      names: [...svg.querySelectorAll('text')].filter(shown).map((t) => t.textContent).sort(),
      lines: [...svg.querySelectorAll('.map__line')].filter(shown).map((l) => l.getAttribute('class')).sort(),
      railways: [...svg.querySelectorAll('[data-railway]')].map((r) => `${r.dataset.railway}:${r.dataset.controller}`).sort(),
    };
  });

/** The same, read from the downloaded file (parsed in the page, with its inline styles). */
const fileMap = (page, text) =>
  page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const map = doc.querySelector('svg svg');
    // From the attribute's text: a document parsed in a page under the CSP does not apply style attributes.
    const fill = (e) => (e?.getAttribute('style') ?? '').match(/(?:^|;)\s*fill:\s*([^;]+)/)?.[1]?.trim() ?? '';
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      fills: Object.fromEntries([...map.querySelectorAll('g[data-region]')].map((g) => [g.dataset.region, fill(g.querySelector('.region__fill'))])),
      names: [...map.querySelectorAll('text')].map((t) => t.textContent).sort(),
      lines: [...map.querySelectorAll('.map__line')].map((l) => l.getAttribute('class')).sort(),
      railways: [...map.querySelectorAll('[data-railway]')].map((r) => `${r.dataset.railway}:${r.dataset.controller}`).sort(),
      legend: [...doc.querySelectorAll('[data-testid="export-legend"] text')].map((t) => t.textContent),
      date: doc.querySelector('[data-testid="export-date"]')?.textContent,
    };
  }, text);

for (const [query, date, lines] of [
  ['?date=1950-12-31&lang=en', '31 December 1950', ['map__line map__line--38']],
  ['?year=1930&lang=zh', '1930年', ['map__line map__line--50n']],
  ['?year=1921&lang=en', '1921', []],
]) {
  test(`the downloaded map at ${query} is the screen's map: regions, fills, every name, the lines, the railways`, async () => {
    const { page, context } = await openPage(env.browser, `${env.origin}/${query}`, { width: 1366, height: 768 });
    await rested(page);
    await page.waitForTimeout(200);
    const screen = await screenMap(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-svg"]')]);
    const file = await fileMap(page, fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(file.error, null, 'the file parses as SVG');
    assert.deepEqual(file.fills, screen.fills, 'every region, with the fill the screen shows');
    assert.ok(Object.keys(file.fills).length >= 22);
    assert.deepEqual(file.names, screen.names, 'every name the screen shows, and no other');
    assert.ok(file.names.length >= 30, `${file.names.length} names`);
    assert.deepEqual(file.lines, screen.lines, 'the dividing lines the screen draws');
    assert.deepEqual(file.lines, lines);
    assert.deepEqual(file.railways, screen.railways);
    assert.ok(file.legend.length >= 6, 'a legend');
    assert.match(file.date, new RegExp(date));
    await context.close();
  });
}
