// Takes docs/record-presence.png: the demo ticket with two simulated colleagues and a second
// tab signed in as Mei Chen, typing. Needs the system Chromium (CHROME_BIN or /usr/bin/chromium).
const path = require('path');
const { chromium } = require('playwright-core');
const { createDemoApp } = require('../demo/app');
const { CHROMIUM_FLAGS } = require('../karma.conf');

async function main() {
  const app = createDemoApp({});
  const url = await app.listen(0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    args: CHROMIUM_FLAGS
  });
  try {
    const open = async function (query) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 820 } })).newPage();
      await page.goto(url + query);
      await page.waitForSelector('html[data-portal-ready="true"]');
      return page;
    };
    const abel = await open('?availability=off');
    const mei = await open('?availability=off&as=mei.chen');
    const list = abel.locator('.ticket-header .sp-record-presence');
    // Fred Luddy writes a work note from about 10 s after the first tab joined.
    await list.getByText('typing a work note').waitFor({ timeout: 30000 });
    await mei.locator('#comment').pressSequentially('Works on my phone again, thanks!');
    await list.getByText('typing a comment').waitFor();
    await abel.waitForTimeout(600);
    await abel.screenshot({ path: path.join(__dirname, '..', 'docs', 'record-presence.png') });
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch(function (e) {
  console.error(e);
  process.exit(1);
});
