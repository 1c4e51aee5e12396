// End-to-end tests of the SVG map: controllers on given days (answers from the historical record), the map
// changing while the slider is dragged through 1945, hover/focus details, zoom, export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, text, useAtlas } from './helpers.mjs';

const env = useAtlas({ before, after });

const controllers = (page) =>
  page.locator('[data-testid="map-svg"] g[data-region]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.dataset.region, `${e.dataset.controller}/${e.dataset.status}`])),
  );

// [date, region, controller] from the record.
const RECORD = [
  ['1918-12-31', 'primorye', 'japan'],
  ['1920-06-01', 'amur-oblast', 'soviet-russia'],
  ['1920-06-01', 'amur', 'japan'],
  ['1921-06-01', 'lower-amur', 'japan'],
  ['1921-06-01', 'amur', 'far-eastern-republic'],
  ['1923-06-01', 'north-sakhalin', 'japan'],
  ['1925-06-01', 'north-sakhalin', 'ussr'],
  ['1923-06-01', 'south-sakhalin', 'japan'],
  ['1933-06-01', 'jehol', 'manchukuo'],
  ['1939-07-01', 'manchuria', 'manchukuo'],
  ['1939-07-01', 'kwantung', 'japan'],
  ['1945-08-31', 'south-sakhalin', 'ussr'],
  ['1945-08-31', 'kunashiri', 'japan'],
  ['1945-09-02', 'kunashiri', 'ussr'],
  ['1946-12-31', 'korea-south', 'us'],
  ['1950-01-01', 'manchuria', 'prc'],
  ['1955-06-01', 'kwantung', 'prc'],
  ['1991-12-31', 'etorofu', 'russia'],
];

test('the map shows who controlled each region on given days', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?lang=en`);
  for (const [date, region, power] of RECORD) {
    await page.goto(`${env.origin}/?date=${date}&lang=en`);
    await page.waitForSelector('[data-testid="map-svg"] g[data-region]', { state: 'attached' });
    const c = await controllers(page);
    assert.equal(c[region]?.split('/')[0], power, `${region} on ${date}: ${c[region]}`);
    // The status table agrees with the map.
    const row = await page.locator(`[data-testid="status-table"] tr[data-region="${region}"]`).getAttribute('data-controller');
    assert.equal(row, power, `${region} row on ${date}`);
  }
  await context.close();
});

test('every region of the data is drawn and the claims are dashed', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1960&lang=en`);
  const regions = await page.locator('[data-testid="map-svg"] g[data-region]').count();
  const rows = await page.locator('[data-testid="status-table"] tbody tr[data-region]').count();
  assert.equal(regions, rows);
  assert.ok(regions >= 24);
  for (const id of ['etorofu', 'kunashiri', 'shikotan', 'habomai']) {
    const cls = await page.locator(`[data-testid="map-svg"] g[data-region="${id}"]`).getAttribute('class');
    assert.match(cls, /region--claimed/, `${id} claimed by Japan`);
  }
  await context.close();
});

// [date, railway, who ran it] from the record.
const RAILWAYS = [
  ['1921-06-01', 'cer', 'inter-allied'],
  ['1921-06-01', 'smr', 'japan'],
  ['1926-01-01', 'cer', 'ussr'],
  ['1936-01-01', 'cer', 'manchukuo'],
  ['1953-06-01', 'smr', 'prc'],
];

test('the railways are drawn over the regions in the colour of who ran them, and listed in the status table', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?lang=en`);
  for (const [date, railway, power] of RAILWAYS) {
    await page.goto(`${env.origin}/?date=${date}&lang=en`);
    const line = page.locator(`[data-testid="map-railways"] g[data-railway="${railway}"]`);
    await line.waitFor({ state: 'attached' });
    assert.equal(await line.getAttribute('data-controller'), power, `${railway} on ${date} (map)`);
    const row = page.locator(`[data-testid="status-table"] tr[data-railway="${railway}"]`);
    assert.equal(await row.getAttribute('data-controller'), power, `${railway} on ${date} (table)`);
  }
  // Joint management: the partner's colour in dashes, named in the table.
  await page.goto(`${env.origin}/?date=1926-01-01&lang=en`);
  const cer = page.locator('[data-testid="map-railways"] g[data-railway="cer"]');
  await cer.waitFor({ state: 'attached' });
  assert.equal(await cer.getAttribute('data-partner'), 'roc');
  assert.equal(await cer.getAttribute('data-status'), 'joint');
  assert.match(
    await page.locator('[data-testid="status-table"] tr[data-railway="cer"]').innerText(),
    /Soviet Union with Republic of China\s+joint management/,
  );
  // Drawn after (so over) the regions.
  const order = await page.evaluate(() => {
    const svg = document.querySelector('[data-testid="map-svg"]');
    const all = [...svg.querySelectorAll('.map__regions, [data-testid="map-railways"]')];
    return all.map((e) => e.getAttribute('data-testid') || e.getAttribute('class'));
  });
  assert.deepEqual(order, ['map__regions', 'map-railways']);
  await context.close();
});

test('dragging the slider through 1945 changes the map', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1944&lang=en`);
  const before1944 = await controllers(page);
  const slider = page.locator('[data-testid="year-slider"]');
  const box = await slider.boundingBox();
  const at = (year) => box.x + 8 + ((year - 1917) / (1991 - 1917)) * (box.width - 16);
  const y = box.y + box.height / 2;
  await page.mouse.move(at(1944), y);
  await page.mouse.down();
  await page.mouse.move(at(1946), y, { steps: 8 });
  await page.mouse.up();
  assert.equal(await slider.inputValue(), '1946');
  const after1946 = await controllers(page);
  assert.equal(before1944['south-sakhalin'].split('/')[0], 'japan');
  assert.equal(after1946['south-sakhalin'].split('/')[0], 'ussr');
  assert.equal(after1946['south-sakhalin'].split('/')[1], 'annexed');
  assert.equal(before1944['manchuria'].split('/')[0], 'manchukuo');
  assert.notEqual(after1946['manchuria'].split('/')[0], 'manchukuo');
  await context.close();
});

test('focusing a region with the keyboard tells its controller, status and since when', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?date=1923-06-01&lang=en`);
  const region = page.locator('[data-testid="map-svg"] g[data-region="north-sakhalin"]');
  await region.focus();
  const info = await text(page, 'map-info');
  assert.match(info, /North Sakhalin: Japan, military occupation, since/);
  assert.match(await region.getAttribute('aria-label'), /North Sakhalin/);
  await context.close();
});

test('zoom buttons change the view box and reset restores it', async () => {
  const { page, context } = await openPage(env.browser, `${env.origin}/?year=1945&lang=en`);
  const svg = page.locator('[data-testid="map-svg"]');
  const full = await svg.getAttribute('viewBox');
  await page.click('[data-testid="zoom-in"]');
  await page.click('[data-testid="zoom-in"]');
  const zoomed = await svg.getAttribute('viewBox');
  assert.notEqual(zoomed, full);
  assert.ok(Number(zoomed.split(' ')[2]) < Number(full.split(' ')[2]) / 3);
  // Wheel zoom over the Kurils.
  const box = await svg.boundingBox();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -400);
  const wheeled = await svg.getAttribute('viewBox');
  assert.notEqual(wheeled, zoomed);
  // Drag the zoomed map to the right: the view moves left (smaller x), at the same size.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 4 });
  await page.mouse.up();
  const [x0, , w0] = wheeled.split(' ').map(Number);
  const [x1, , w1] = (await svg.getAttribute('viewBox')).split(' ').map(Number);
  assert.ok(x1 < x0, `dragged right: x ${x0} -> ${x1}`);
  assert.equal(w1, w0, 'a drag does not zoom');
  await page.click('[data-testid="zoom-reset"]');
  assert.equal(await svg.getAttribute('viewBox'), full);
  await context.close();
});
