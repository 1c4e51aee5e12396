// End-to-end tests of a teacher's large data set: the full event list is shown a page at a time (250 entries), on
// the page of the selected event, turned by mouse and keyboard; the shipped data is one page with no buttons.
// `scripts/test.sh` builds the large set (600 synthetic events from bench/gen-synthetic.mjs) into
// target/e2e-large-dist before these tests; without that build they fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launch, openPage, startServer } from './helpers.mjs';

const LARGE = path.join(ROOT, 'target/e2e-large-dist');
const env = {};
before(async () => {
  assert.ok(fs.existsSync(path.join(LARGE, 'index.html')), `${LARGE} is missing: run scripts/test.sh, which builds it`);
  env.large = await startServer(LARGE);
  env.shipped = await startServer();
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  env.large?.server.close();
  env.shipped?.server.close();
});

const label = (page) => page.locator('.event-list__page').textContent();
const entries = (page) => page.locator('#event-list > li');
const firstEntry = (page) => entries(page).first().getAttribute('data-event');

test('the shipped data is one page: every entry, no page buttons', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.shipped.origin}/?year=1945&lang=en`);
  assert.equal(await page.locator('[data-testid="event-list-pages"]').isHidden(), true);
  assert.equal(await page.locator('[data-testid="event-list-next-page"]').count(), 0);
  const total = Number((await page.locator('.event-list__count').textContent()).match(/\d+/)[0]);
  assert.ok(total > 90, `${total} events`);
  assert.equal(await entries(page).count(), total);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('600 events: pages of 250, turned by mouse and by keyboard, and the focus stays on a button', async () => {
  const { page, context, log } = await openPage(env.browser, `${env.large.origin}/?year=1950&lang=en`, { width: 1366, height: 768 });
  const prev = page.locator('[data-testid="event-list-prev-page"]');
  const next = page.locator('[data-testid="event-list-next-page"]');
  assert.equal(await label(page), 'Events 1–250 of 600');
  assert.equal(await entries(page).count(), 250);
  assert.equal(await prev.isDisabled(), true);
  const first = await firstEntry(page);

  await next.scrollIntoViewIfNeeded();
  await next.click();
  assert.equal(await label(page), 'Events 251–500 of 600');
  assert.equal(await entries(page).count(), 250);
  assert.notEqual(await firstEntry(page), first);
  assert.equal(await prev.isDisabled(), false);

  // Enter on the focused Next button: the last page (100 entries); Next is disabled, so the focus moves to Previous.
  await next.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.event-list__page')?.textContent === 'Events 501–600 of 600');
  assert.equal(await entries(page).count(), 100);
  assert.equal(await next.isDisabled(), true);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'event-list-prev-page');
  // Back by keyboard: the focus stays on Previous while it is enabled.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.event-list__page')?.textContent === 'Events 251–500 of 600');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'event-list-prev-page');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the list opens on the page of the selected event, and follows a selection made elsewhere', async () => {
  const { page, context } = await openPage(env.browser, `${env.large.origin}/?year=1917&lang=en`, { width: 1366, height: 768 });
  // The last event of the list (the last page) selected by its card: the list turns to that page.
  const lastId = await page.evaluate(async () => {
    const next = () => document.querySelector('[data-testid="event-list-next-page"]');
    while (next() && !next().disabled) {
      const before = document.querySelector('.event-list__page').textContent;
      next().click();
      await new Promise((r) => { const t = () => (document.querySelector('.event-list__page').textContent !== before ? r() : requestAnimationFrame(t)); t(); });
    }
    const items = document.querySelectorAll('#event-list > li');
    return items[items.length - 1].dataset.event;
  });
  await page.locator('[data-testid="event-list-prev-page"]').click();
  await page.locator('[data-testid="event-list-prev-page"]').click();
  assert.equal(await label(page), 'Events 1–250 of 600');
  // Select it from the cards of its year (its own link opens that year).
  await page.goto(`${env.large.origin}/?event=${lastId}&lang=en`);
  await page.waitForSelector('.event-list__item--selected', { state: 'attached' });
  assert.equal(await label(page), 'Events 501–600 of 600');
  assert.equal(await page.locator('.event-list__item--selected').getAttribute('data-event'), lastId);

  // A card of 1918 (on the first page): pressing its title turns the list back to the first page, entry open.
  await page.goto(`${env.large.origin}/?year=1918&lang=en`);
  await page.waitForSelector('[data-testid="event-card"] button[data-select]', { state: 'attached' });
  const card = page.locator('[data-testid="event-card"] button[data-select]').first();
  const id = await card.getAttribute('data-select');
  await page.locator('[data-testid="event-list-next-page"]').click();
  assert.equal(await label(page), 'Events 251–500 of 600');
  await card.click();
  await page.waitForFunction((id) => document.querySelector('.event-list__item--selected')?.dataset.event === id, id);
  assert.equal(await label(page), 'Events 1–250 of 600');
  await context.close();
});

test('the page label and buttons are in Chinese, and a filter starts from its first page', async () => {
  const { page, context } = await openPage(env.browser, `${env.large.origin}/?year=1950&lang=zh`);
  assert.equal(await label(page), '第1–250条，共600条');
  assert.equal(await page.locator('[data-testid="event-list-next-page"]').textContent(), '下一页');
  await page.locator('[data-testid="event-list-next-page"]').click();
  assert.equal(await label(page), '第251–500条，共600条');
  await page.locator('[data-testid="filter-war"]').click();
  const wars = Number((await page.locator('.event-list__count').textContent()).match(/\d+/)[0]);
  assert.ok(wars > 0 && wars < 250, `${wars} wars`);
  // One page of wars: no buttons.
  await page.waitForFunction(() => !document.querySelector('[data-testid="event-list-next-page"]'));
  assert.equal(await page.locator('[data-testid="event-list-pages"]').isHidden(), true);
  assert.equal(await entries(page).count(), wars);
  await context.close();
});
