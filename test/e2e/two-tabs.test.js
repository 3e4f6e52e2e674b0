// Two real tabs of one browser on the demo page: one polls for both, and when it closes the
// other takes over. Real time here (the tabs' own clocks drive the election).
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { INTERVAL_MS, ALONE, requestCount, sleep, useDemo, waitFor } = require('./helpers');

describe('two tabs of one browser', function () {
  const suite = useDemo();

  async function open(context) {
    const page = await context.newPage();
    await page.goto(suite.demo.url + ALONE);
    await waitFor(function () {
      return page.locator('.sp-presence__dot[class*="--"]').count();
    }, 'dots');
    return page;
  }

  function gaps(since) {
    const times = suite.demo.app.presence.state.requests
      .filter(function (r) {
        return r.at >= since;
      })
      .map(function (r) {
        return r.at;
      });
    return times.slice(1).map(function (t, i) {
      return t - times[i];
    });
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
      assert.ok((await second.locator('.sp-presence__dot[class*="--"]').count()) > 0, 'the following tab shows dots');

      await first.close();
      const closedAt = Date.now();
      const atClose = requestCount(demo);
      await waitFor(
        function () {
          return requestCount(demo) > atClose;
        },
        'the second tab to poll',
        2 * INTERVAL_MS
      );
      assert.ok(Date.now() - closedAt <= INTERVAL_MS + 1000, 'took over within one interval');
      await sleep(2 * INTERVAL_MS + 500);
      const takeoverGaps = gaps(closedAt);
      takeoverGaps.forEach(function (gap) {
        assert.ok(gap >= INTERVAL_MS * 0.9, 'one poller after the takeover: ' + gap + ' ms');
      });
      assert.ok((await second.locator('.sp-presence__dot[class*="--"]').count()) > 0);
    } finally {
      await context.close();
    }
  });

  it('keeps polling, with no error in the page, while a third party posts junk on the channel', async function () {
    const demo = suite.demo;
    const context = await suite.browser.newContext();
    try {
      const first = await open(context);
      const second = await open(context);
      const errors = [];
      [first, second].forEach(function (p) {
        p.on('pageerror', function (e) {
          errors.push(e.message);
        });
      });
      const intruder = await context.newPage();
      await intruder.goto(demo.url + 'demo/demo.css');
      const before = requestCount(demo);
      const from = Date.now();
      await intruder.evaluate(function (ms) {
        const channel = new BroadcastChannel('sp-presence/v3');
        const junk = [
          null,
          'x',
          { type: 'alive', from: 'zzz', state: null },
          {
            v: 3,
            type: 'alive',
            from: '000000000000-0',
            state: { ids: ['<img src=x onerror=alert(1)>'], active: true }
          },
          {
            v: 3,
            type: 'alive',
            from: '000000000000-0',
            state: { ids: ['0123456789abcdef0123456789abcdef'], active: true }
          },
          {
            v: 3,
            type: 'result',
            from: 'zzzzzzzzzzzz-0',
            result: { kind: 'failure', failure: { kind: 'gone', message: 'forged 404' } }
          },
          {
            v: 3,
            type: 'result',
            from: '000000000000-0',
            result: { kind: 'answer', at: 1, skewMs: 1e300, entries: 'everyone' }
          }
        ];
        let i = 0;
        const timer = setInterval(function () {
          channel.postMessage(junk[i++ % junk.length]);
        }, 50);
        setTimeout(function () {
          clearInterval(timer);
          channel.close();
        }, ms);
      }, 3 * INTERVAL_MS);
      await sleep(3 * INTERVAL_MS + 500);
      // A well-formed fake peer that would lead is passed over once it has shared nothing for two intervals.
      const made = requestCount(demo) - before;
      assert.ok(made >= 1 && made <= 4, made + ' requests in 3 intervals under junk');
      const after = requestCount(demo);
      await sleep(2 * INTERVAL_MS + 500);
      assert.ok(requestCount(demo) - after >= 2, 'polling goes on once the junk stops');
      gaps(from).forEach(function (gap) {
        assert.ok(gap >= INTERVAL_MS * 0.9, 'no request storm: ' + gap + ' ms');
      });
      assert.ok((await second.locator('.sp-presence__dot[class*="--"]').count()) > 0, 'dots still shown');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
