import { launch, startServer, openPage } from './helpers.mjs';
const srv = await startServer(); const browser = await launch();
const { page } = await openPage(browser, `${srv.origin}/?year=1945&lang=en`, { width: 320, height: 800 });
await page.waitForTimeout(500);
console.log(await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 321).slice(0, 12).map((e) => `${e.tagName}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().right)}`)));
await page.screenshot({ path: '/tmp/shots/320.png' });
await browser.close(); srv.server.close();
