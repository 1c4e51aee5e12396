// The release build under the strict Content Security Policy a careful school host sends (issue 29): no inline
// script, no inline style, the palette a stylesheet. Loaded once with the policy as a header from the server and
// once with only the page's own <meta http-equiv>: zero `securitypolicyviolation` events while the map starts,
// colours itself, follows the slider, shows a claim's outline, opens the Share dialog and downloads the map.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../scripts/static-server.mjs';
import { ROOT, launch, rested, textsArrived } from './helpers.mjs';

export const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'";

let browser, withHeader, metaOnly;

before(async () => {
  browser = await launch();
  const dist = path.join(ROOT, 'dist');
  withHeader = await serve(dist, 0, '127.0.0.1', { headers: { 'content-security-policy': POLICY } });
  metaOnly = await serve(dist, 0, '127.0.0.1');
});

after(async () => {
  await browser?.close();
  withHeader?.close();
  metaOnly?.close();
});

const origin = (server) => `http://127.0.0.1:${server.address().port}`;

test('the page ships exactly the policy as a <meta http-equiv>, and nothing inline', () => {
  const html = fs.readFileSync(path.join(ROOT, 'dist/index.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
  assert.ok(meta, 'a CSP meta');
  assert.equal(meta[1], POLICY);
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    ([, attrs, body]) => !/\bsrc=/.test(attrs) && !/type="application\/json"/.test(attrs) && body.trim(),
  );
  assert.deepEqual(inline, [], 'no inline script');
  assert.doesNotMatch(html, /<style\b/, 'no <style> element');
  assert.doesNotMatch(html, /\sstyle="/, 'no style attribute');
  assert.match(html, /<link rel="stylesheet" href="\.\/palette-[0-9a-f]{16}\.css"/, 'the palette is a stylesheet');
});

for (const [label, server] of [
  ['sent as a header', () => withHeader],
  ['from the page\'s own meta only', () => metaOnly],
]) {
  test(`under the policy ${label}: zero violations, a working coloured map`, async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US', acceptDownloads: true });
    const page = await context.newPage();
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      );
    });
    const response = await page.goto(`${origin(server())}/?year=1960&lang=en`);
    if (label.includes('header')) assert.equal(response.headers()['content-security-policy'], POLICY);
    await page.waitForSelector('[data-testid="date-display"]', { state: 'attached', timeout: 10000 });
    await textsArrived(page);
    await rested(page);

    // Coloured: Hokkaido in Japan's colour from the palette stylesheet, the USSR's Etorofu with Japan's claim.
    const colours = await page.evaluate(() => {
      const fill = (id) => getComputedStyle(document.querySelector(`g[data-region="${id}"] .region__fill`)).fill;
      const g = document.querySelector('g[data-region="etorofu"]');
      return {
        hokkaido: fill('hokkaido'),
        etorofu: fill('etorofu'),
        japan: getComputedStyle(document.documentElement).getPropertyValue('--power-japan').trim(),
        claimant: g.getAttribute('data-claimant'),
        claim: getComputedStyle(g).getPropertyValue('--claimant').trim(),
        noStyleAttrInMarkup: [...document.querySelectorAll('[style]')].length,
        ticks: [...document.querySelectorAll('.year-slider__tick')].map((t) => t.style.left),
        bars: [...document.querySelectorAll('.strip__bar')].filter((b) => b.style.left && b.style.height).length,
      };
    });
    const rgb = (hex) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
    assert.match(colours.japan, /^#[0-9a-f]{6}$/, 'the palette stylesheet applies');
    assert.equal(colours.hokkaido, rgb(colours.japan), 'Hokkaido in Japan\'s colour');
    assert.notEqual(colours.etorofu, colours.hokkaido, 'Etorofu in another power\'s colour');
    assert.equal(colours.claimant, 'japan');
    assert.equal(colours.claim, colours.japan, 'the claim outline in Japan\'s colour');
    assert.ok(colours.ticks.length >= 8 && colours.ticks.every((l) => /%$/.test(l)), `ticks placed: ${colours.ticks}`);
    assert.ok(colours.bars > 30, `density bars placed: ${colours.bars}`);

    // It works: a slider step, the Share dialog (its preview is sized through the CSSOM), the download.
    await page.focus('[data-testid="year-slider"]');
    await page.keyboard.press('End');
    await rested(page);
    assert.match(await page.locator('[data-testid="date-display"]').innerText(), /1991/);
    await page.click('[data-testid="share-button"]');
    await page.waitForSelector('.share__preview-box', { state: 'attached' });
    await page.waitForFunction(() => document.querySelector('.share__preview-box').style.width !== '');
    const preview = await page.evaluate(() => document.querySelector('.share__preview-box').getBoundingClientRect().width);
    assert.ok(preview > 20, `the preview has its size: ${preview}`);
    await page.keyboard.press('Escape');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-svg"]')]);
    const svg = fs.readFileSync(await download.path(), 'utf8');
    assert.match(svg, /style="[^"]*fill:/, 'the downloaded map carries its computed styles');

    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, [], 'no securitypolicyviolation');
    assert.deepEqual(consoleLines.filter((l) => /Content Security Policy|Refused/i.test(l)), []);
    assert.deepEqual(errors, []);
    assert.equal(await page.locator('[data-testid="start-failed"]').count(), 0);
    // The listener does hear a violation: a style attribute written as markup is refused and reported.
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await page.waitForFunction(() => window.__violations.length > 0);
    assert.match((await page.evaluate(() => window.__violations))[0], /^style-src/);
    await context.close();
  });
}
