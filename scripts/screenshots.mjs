// Screenshots of the release build in headless Chromium, for the README and docs/: the only thing that writes the
// pictures in docs/ (the browser tests write theirs to test-results/, which git ignores).
// Usage: node scripts/screenshots.mjs                      (the standard set, into docs/)
//        node scripts/screenshots.mjs '?year=1945' out.png [width] [height] [selector]   (one shot)
// Builds nothing: run `trunk build --release` first (scripts/test.sh and scripts/run.sh do).
import fs from 'node:fs';
import path from 'node:path';
import { launch, startServer, openPage, ROOT } from '../e2e/helpers.mjs';

const STANDARD = [
  // The stage on the screens a class uses: a school laptop, a phone, an LMS frame.
  ['?year=1945&lang=en', 'screenshot.png', 1366, 768],
  ['?year=1945&lang=en', 'screenshots/1945-en-1366x768.png', 1366, 768],
  ['?year=1945&lang=zh', 'screenshots/1945-zh-1366x768.png', 1366, 768],
  ['?year=1945&lang=en', 'screenshots/1945-en-375x667.png', 375, 667],
  ['?year=1932&lang=zh', 'screenshots/1932-zh-375x667.png', 375, 667],
  ['?year=1920&lang=en&embed=1', 'screenshots/1920-en-embed-800x600.png', 800, 600],
  ['?year=1918&lang=en', 'screenshots/1918-en-1366x768.png', 1366, 768],
  ['?year=1932&lang=en', 'screenshots/1932-en-1366x768.png', 1366, 768],
  ['?year=1946&compare=1939&lang=en', 'screenshots/compare-1939-1946.png', 1366, 768],
  ['?quiz=1&seed=7&lang=en', 'screenshots/quiz.png', 1366, 768],
  // The map at chosen dates (map panel only).
  ...['?year=1920', '?year=1925', '?year=1933', '?year=1939', '?date=1945-08-31', '?year=1946', '?year=1991'].map((q) => [
    `${q}&lang=en`,
    `map/${q.split('=')[1]}.png`,
    1366,
    768,
    '[data-testid="map"]',
  ]),
  // The stage on more screens, in the page and embedded (the browser tests check these and more).
  ...[
    [360, 640],
    [667, 375],
    [768, 1024],
    [1024, 768],
    [1920, 1080],
  ].map(([w, h]) => ['?year=1945&lang=en', `layout/${w}x${h}.png`, w, h]),
  ...[
    [480, 560],
    [640, 480],
    [1200, 820],
  ].map(([w, h]) => ['?year=1945&lang=zh&embed=1', `layout/${w}x${h}-embed.png`, w, h]),
];

const args = process.argv.slice(2);
const shots = args.length ? [[args[0], args[1], Number(args[2] || 1280), Number(args[3] || 900), args[4]]] : STANDARD;
const srv = await startServer();
const browser = await launch();
try {
  for (const [query, file, width, height, selector] of shots) {
    const out = path.isAbsolute(file) ? file : path.join(ROOT, 'docs', file);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const { page, context, log } = await openPage(browser, `${srv.origin}/${query}`, { width, height });
    await page.waitForTimeout(300);
    if (selector) await page.locator(selector).first().screenshot({ path: out });
    else await page.screenshot({ path: out, fullPage: file.includes('phone') });
    const problems = [...log.errors, ...log.console.filter((m) => m.type === 'error' || m.type === 'warning').map((m) => m.text)];
    console.log(`${query} -> ${path.relative(ROOT, out)}${problems.length ? `  PROBLEMS: ${problems.join(' | ')}` : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  srv.server.close();
}
