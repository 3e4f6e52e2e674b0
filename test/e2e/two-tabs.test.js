// Two real tabs of one browser on the demo page: one polls for both, and when it closes the
// other takes over. Real time here (the tabs' own clocks drive the election).
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { INTERVAL_MS, WITHOUT_PLATFORM, requestCount, sleep, useDemo, waitFor } = require('./helpers');

describe('two tabs of one browser', function () {
  const suite = useDemo();

  async function open(context) {
    const page = await context.newPage();
    await page.goto(suite.demo.url + WITHOUT_PLATFORM);
    await waitFor(function () { return page.locator('.sp-presence__dot:not([hidden])').count(); }, 'dots');
    return page;
  }

  function gaps(since) {
    const times = suite.demo.app.presence.state.requests.filter(function (r) { return r.at >= since; }).map(function (r) { return r.at; });
    return times.slice(1).map(function (t, i) { return t - times[i]; });
  }

  it('makes one request per interval between them, and the other tab takes over when the leader closes', async function () {
    const demo = suite.demo;
    const context = await suite.browser.newContext();
    try {
      const first = await open(context);
      const second = await open(context);
      await sleep(1000); // the second tab has joined and handed its users over
      const from = Date.now();
      const before = requestCount(demo);
      await sleep(3 * INTERVAL_MS + 500);
      const made = requestCount(demo) - before;
      assert.ok(made === 3 || made === 4, made + ' requests in 3.1 intervals for two tabs');
      gaps(from).forEach(function (gap) {
        assert.ok(gap >= INTERVAL_MS * 0.9, 'no two requests closer than an interval: ' + gap + ' ms');
      });
      assert.ok(await second.locator('.sp-presence__dot:not([hidden])').count() > 0, 'the following tab shows dots');

      await first.close();
      const closedAt = Date.now();
      const atClose = requestCount(demo);
      await waitFor(function () { return requestCount(demo) > atClose; }, 'the second tab to poll', 2 * INTERVAL_MS);
      assert.ok(Date.now() - closedAt <= INTERVAL_MS + 1000, 'took over within one interval');
      await sleep(2 * INTERVAL_MS + 500);
      const takeoverGaps = gaps(closedAt);
      takeoverGaps.forEach(function (gap) { assert.ok(gap >= INTERVAL_MS * 0.9, 'one poller after the takeover: ' + gap + ' ms'); });
      assert.ok(await second.locator('.sp-presence__dot:not([hidden])').count() > 0);
    } finally {
      await context.close();
    }
  });
});
