const { chromium } = require('/work/wt-record/node_modules/playwright-core');
const { createDemoApp } = require('/work/wt-record/demo/app');
const { CHROMIUM_FLAGS } = require('/work/wt-record/karma.conf');
(async () => {
  const app = createDemoApp({});
  const url = await app.listen(0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const page = await (await browser.newContext()).newPage();
  page.on('console', m => console.log('console:', m.text()));
  page.on('request', r => { if (r.url().includes('/sn/rp')) console.log('req', r.method(), r.url().slice(0, 80)); });
  await page.goto(url + '?availability=off');
  await page.waitForTimeout(4000);
  console.log(await page.evaluate(() => document.querySelector('sp-record-presence') && document.querySelector('sp-record-presence').outerHTML.slice(0, 300)));
  console.log(JSON.stringify(app.recordPresence.present).slice(0, 300));
  await browser.close(); await app.close();
})();
