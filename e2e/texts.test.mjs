// One language per load: the first load fetches the texts of the reader's language only; the other language's
// texts are fetched when the reader switches, while the language button says it is loading; a failed fetch says so
// in both languages and a second press tries again; the map draws before the texts arrive. Service workers are
// blocked here: the offline cache (which holds both languages once installed) would answer before the routes that
// hold or fail a fetch (the offline cache is tested in embed.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, text, textsArrived, useAtlas } from './helpers.mjs';

const env = useAtlas({ before, after });

// textContent, not innerText: a card is `content-visibility: auto`, and until the frame after it is inserted the
// browser may count it as skipped, when innerText reads ''. (Readers and screen readers get it either way.)
const firstCardTitle = (page) =>
  page.locator('[data-testid="event-card"] .card__title').first().evaluate((e) => e.textContent.trim());

/** A route that holds the matching requests until `release()` is called. */
async function hold(page, pattern) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test("the first load fetches the reader's language only; the other arrives when the reader switches", async () => {
  const { page, context, log } = await openPage(env.browser, `${env.origin}/?year=1945&lang=en`, { serviceWorkers: 'block' });
  const texts = () => log.requests.filter((u) => u.endsWith('.bin')).map((u) => u.replace(/.*\.(\w+)\.bin$/, '$1'));
  assert.deepEqual(texts(), ['en']);
  const english = await firstCardTitle(page);
  assert.match(english, /[A-Za-z]/);

  const release = await hold(page, '**/*.zh.bin');
  await page.click('[data-testid="lang-zh"]');
  const zh = page.locator('[data-testid="lang-zh"]');
  await page.waitForSelector('[data-testid="lang-zh"][aria-busy="true"]');
  const status = await page.locator('[data-testid="lang-loading"]').innerText();
  assert.match(status, /正在加载中文内容/);
  assert.match(status, /Loading the Chinese texts/);
  // Meanwhile the page stays whole, in English.
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await firstCardTitle(page), english);
  assert.equal(await zh.getAttribute('aria-pressed'), 'false');

  release();
  await page.waitForSelector('html[lang="zh-Hans"]');
  await textsArrived(page);
  assert.match(await firstCardTitle(page), /[\u4e00-\u9fff]/);
  assert.equal(await zh.getAttribute('aria-pressed'), 'true');
  assert.equal(await zh.getAttribute('aria-busy'), null);
  assert.equal(await page.locator('[data-testid="lang-loading"]').innerText(), '');
  assert.equal(await text(page, 'date-display'), '1945年');

  // Back to English: already here, no request.
  await page.click('[data-testid="lang-en"]');
  await page.waitForSelector('html[lang="en"]');
  assert.equal(await firstCardTitle(page), english);
  assert.deepEqual(texts(), ['en', 'zh']);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a failed fetch says so in both languages; the page stays as it was; a second press tries again', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1939&lang=en`, { serviceWorkers: 'block' });
  const english = await firstCardTitle(page);
  await page.route('**/*.zh.bin', (route) => route.abort());
  await page.click('[data-testid="lang-zh"]');
  const error = page.locator('[data-testid="lang-error"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="lang-error"]').textContent.trim() !== '');
  assert.equal(await error.getAttribute('role'), 'alert');
  const message = await error.innerText();
  assert.match(message, /The Chinese texts could not be loaded/);
  assert.match(message, /中文内容未能加载/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await firstCardTitle(page), english, 'the cards are still there');

  await page.unroute('**/*.zh.bin');
  await page.click('[data-testid="lang-zh"]');
  await page.waitForSelector('html[lang="zh-Hans"]');
  await textsArrived(page);
  assert.equal((await error.innerText()).trim(), '');
  assert.match(await firstCardTitle(page), /[\u4e00-\u9fff]/);
  await context.close();
});

test('the map is drawn before the texts arrive; the cards say they are loading, then show', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const release = await hold(page, '**/*.bin');
  // No ?lang=: the browser's language (Chinese here) picks the texts to fetch.
  await page.goto(`${env.origin}/?year=1945`);
  await page.waitForSelector('[data-testid="map-svg"] g[data-region="south-sakhalin"][data-controller="ussr"]', { state: 'attached' });
  await page.waitForSelector('.texts-waiting');
  assert.match(await page.locator('[data-testid="event-cards"]').innerText(), /正在加载中文内容/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.deepEqual(requests.filter((u) => u.endsWith('.bin')).map((u) => u.slice(-6)), ['zh.bin']);
  release();
  await textsArrived(page);
  assert.ok((await page.locator('[data-testid="event-card"]').count()) > 3);
  assert.match(await firstCardTitle(page), /[\u4e00-\u9fff]/);
  await context.close();
});
