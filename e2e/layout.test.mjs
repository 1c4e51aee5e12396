// Layout from phone to desktop, in the page and in embed mode (no sideways scroll, the slider on screen and
// working; screenshots in test-results/layout/, which git ignores), and printing: the view on one A4 or Letter page for every year.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, text, useAtlas, ROOT } from './helpers.mjs';

const env = useAtlas({ before, after });

// Not docs/: the README's pictures come from scripts/screenshots.mjs alone.
const SHOTS = path.join(ROOT, 'test-results/layout');

async function checkLayout(page, label, width) {
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(sideways <= 0, `${label}: scrolls sideways by ${sideways}px`);
  const slider = page.locator('[data-testid="year-slider"]');
  await slider.scrollIntoViewIfNeeded();
  assert.ok(await slider.isVisible(), `${label}: slider visible`);
  const box = await slider.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= width && box.width >= 100, `${label}: slider at ${JSON.stringify(box)}`);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await text(page, 'date-display'), /^1946/, `${label}: the slider steps`);
  await page.keyboard.press('ArrowLeft');
}

for (const width of [320, 375, 768, 1280]) {
  for (const embed of [false, true]) {
    const name = `${width}${embed ? '-embed' : ''}`;
    test(`layout at ${width}×800${embed ? ' in embed mode' : ''}: no sideways scroll, slider reachable (test-results/layout/${name}.png)`, async () => {
      const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1945&lang=en${embed ? '&embed=1' : ''}`, {
        width,
        height: 800,
      });
      await page.waitForTimeout(150);
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
      await checkLayout(page, name, width);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }
}

test('on a 375×667 phone the map starts on the first screen, in both languages', async () => {
  for (const lang of ['en', 'zh']) {
    const { page, context } = await openPage(env.browser, `${env.origin}/?year=1945&lang=${lang}`, { width: 375, height: 667 });
    const top = await page.evaluate(() => document.querySelector('[data-testid="map-svg"]').getBoundingClientRect().top);
    assert.ok(top < 667 - 40, `${lang}: the map starts at ${Math.round(top)} px`);
    await context.close();
  }
});

test('embed mode in a 320×400 frame does not scroll sideways', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1945&lang=zh&embed=1`, { width: 320, height: 400 });
  await checkLayout(page, '320x400-embed', 320);
  await context.close();
});

// ---- print ----

const MM = 96 / 25.4;
const FORMATS = { A4: [210, 297], Letter: [215.9, 279.4] };
const MARGIN_MM = 10; // @page margin in style/print.css
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

/** The PDF of the handout's first page alone: the notes and sources that follow it taken out. */
async function firstPageOnly(page, format) {
  await page.evaluate(() => document.querySelector('[data-testid="print-notes"]')?.setAttribute('hidden', ''));
  const pdf = await page.pdf({ format });
  await page.evaluate(() => document.querySelector('[data-testid="print-notes"]')?.removeAttribute('hidden'));
  return pdf;
}

test('printing: map, legend, cards and attribution on one A4 and one Letter page, the notes and sources in full after it; no controls', async () => {
  for (const q of ['?year=1945&lang=en', '?date=1945-08-09&lang=zh', '?year=1918&lang=en&embed=1']) {
    const { page, context } = await openPage(env.browser, `${env.origin}/${q}`);
    for (const format of Object.keys(FORMATS)) {
      // The handout: the map, legend and cards on the first page, every note and source in full after it.
      const pages = pdfPages(await page.pdf({ format }));
      assert.ok(pages >= 2 && pages <= 3, `${q} on ${format}: the page and its notes (${pages} pages)`);
      assert.equal(pdfPages(await firstPageOnly(page, format)), 1, `${q} on ${format}: the first page fits`);
    }
    await page.emulateMedia({ media: 'print' });
    const notes = await page.evaluate(() => {
      const n = document.querySelector('[data-testid="print-notes"]');
      return { shown: n.checkVisibility(), text: n.innerText, cards: document.querySelectorAll('#event-cards .card').length, items: n.querySelectorAll('.print-notes__item').length };
    });
    assert.ok(notes.shown, `${q}: the notes are printed`);
    assert.equal(notes.items, notes.cards, `${q}: a note entry for every card`);
    assert.match(notes.text, /Sources|来源/);
    assert.match(notes.text, new RegExp(q.replace(/[?&]/g, '.').replace('.embed=1', '')), `${q}: the view's link`);
    await page.emulateMedia({ media: 'screen' });
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['[data-testid="date-display"]', '[data-testid="map-svg"]', '[data-testid="legend"]', '[data-testid="event-cards"]', '.footer']) {
      assert.ok(await page.locator(sel).first().isVisible(), `${q}: ${sel} printed`);
    }
    for (const sel of ['[data-testid="year-slider"]', '.layout__list', '.map__zoom', 'button:not(.card__button)', '.status-row__note']) {
      const shown = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      assert.equal(shown, 0, `${q}: ${sel} not printed`);
    }
    await context.close();
  }
});

test('printing: every year, in both languages, fits one A4 and one Letter page', async () => {
  // Laying the print view out at the printable width and measuring it is quick; the tallest page of each format
  // is then printed to PDF to confirm.
  const tallest = {};
  for (const lang of ['en', 'zh']) {
    for (const [format, [w, h]] of Object.entries(FORMATS)) {
      const width = Math.floor((w - 2 * MARGIN_MM) * MM);
      const height = Math.floor((h - 2 * MARGIN_MM) * MM);
      const { page, context } = await openPage(env.browser, `${env.origin}/?year=1917&lang=${lang}`, { width, height });
      await page.emulateMedia({ media: 'print' });
      for (let year = 1917; year <= 1991; year++) {
        const used = await page.evaluate((y) => {
          const slider = document.querySelector('[data-testid="year-slider"]');
          slider.value = String(y);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          return document.querySelector('.footer').getBoundingClientRect().bottom + window.scrollY;
        }, year);
        assert.ok(used <= height, `${year} ${lang} ${format}: ${(used / MM).toFixed(0)} mm of ${(height / MM).toFixed(0)} mm`);
        if (!tallest[format] || used > tallest[format].used) tallest[format] = { used, year, lang };
      }
      assert.match(await text(page, 'date-display'), /^1991/, 'the loop moved the view');
      await context.close();
    }
  }
  for (const [format, { year, lang, used }] of Object.entries(tallest)) {
    const { page, context } = await openPage(env.browser, `${env.origin}/?year=${year}&lang=${lang}`);
    assert.equal(pdfPages(await firstPageOnly(page, format)), 1, `tallest ${format} page (${year} ${lang}, ${(used / MM).toFixed(0)} mm)`);
    await context.close();
  }
});
