// Each failure mode of the presence endpoint, on the real page: the page stays usable, dots
// hide rather than lie, one console line per failure kind, and the request rate follows the
// retry policy.
const { afterEach, beforeEach, describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { INTERVAL_MS, ALONE, openDemo, requestCount, reset, setMode, sleep, useDemo, waitFor } = require('./helpers');

const NOTE = 'Customer called back: issue persists after reboot — keep this text!';

describe('failure modes', function () {
  const suite = useDemo();
  let demo;
  let tab;

  beforeEach(async function () {
    demo = suite.demo;
    await reset(demo);
    // sp-presence's own retry policy, on a page where it polls alone.
    tab = await openDemo(suite.browser, demo, { pausedClock: true, query: ALONE });
    await tab.page.fill('#comment', NOTE);
  });

  afterEach(async function () {
    await tab.close();
  });

  async function visibleDots() {
    return tab.page.locator('.sp-presence__dot[class*="--"]').count();
  }

  /**
   * Moves page time in half-interval steps (no two requests can fall in one step: each waits
   * for the previous answer), returning how many requests it caused.
   */
  async function requestsOver(ms, until) {
    const start = requestCount(demo);
    for (let t = 0; t < ms; t += INTERVAL_MS / 2) {
      await tab.advance(INTERVAL_MS / 2);
      if (until && (await until())) {
        break;
      }
    }
    return requestCount(demo) - start;
  }

  async function stillUsable() {
    assert.equal(await tab.page.inputValue('#comment'), NOTE, 'what the user typed is kept');
    await tab.page.click('.ticket-header__notes button[type=submit]');
    await waitFor(function () {
      return tab.page.locator('.ticket-header__posted li').count();
    }, 'the posted note');
    assert.equal(await tab.page.locator('.ticket-header__posted li').first().innerText(), NOTE);
    assert.deepEqual(tab.pageErrors, []);
  }

  function oneLine(pattern) {
    const reports = tab.reports();
    assert.equal(reports.length, 1, 'one console line, got: ' + JSON.stringify(reports));
    assert.match(reports[0], pattern);
  }

  it('404: hides every dot and never asks again', async function () {
    setMode(demo, 'gone');
    await tab.advance(INTERVAL_MS);
    await waitFor(async function () {
      return (await visibleDots()) === 0;
    }, 'dots to hide');
    assert.equal(await requestsOver(20 * INTERVAL_MS), 0);
    oneLine(/404/);
    await stillUsable();
  });

  it('429: nothing before Retry-After (20 s)', async function () {
    setMode(demo, 'rate-limited');
    await tab.advance(INTERVAL_MS);
    await waitFor(function () {
      return demo.app.presence.state.requests.some(function (r) {
        return r.status === 429;
      });
    }, 'the 429');
    const before = requestCount(demo);
    for (let t = 0; t < 19000; t += 1000) {
      await tab.advance(1000);
    }
    assert.equal(requestCount(demo), before, 'nothing within Retry-After');
    setMode(demo, 'ok');
    await tab.advance(1500);
    await waitFor(function () {
      return requestCount(demo) === before + 1;
    }, 'the retry after 20 s');
    oneLine(/429.*retrying after 20 s/);
    await stillUsable();
  });

  it('500: backs off below the healthy rate, logs once, and shows the last known statuses as such', async function () {
    setMode(demo, 'server-error');
    // From the first failure on, statuses stand (before it, dots may still age normally).
    const first = requestCount(demo);
    await requestsOver(2 * INTERVAL_MS, async function () {
      return requestCount(demo) > first;
    });
    const shown = await visibleDots();
    const made = await requestsOver(90000);
    const healthy = 90000 / INTERVAL_MS;
    assert.ok(made >= 1 && made < healthy / 2, made + ' requests in 90 s (healthy: ' + healthy + ')');
    assert.equal(await visibleDots(), shown, 'the known dots stand, not drifting to away');
    const stale = await tab.page.locator('.sp-presence__dot[class*="--"]').evaluateAll(function (dots) {
      return dots.every(function (d) {
        return (
          d.classList.contains('sp-presence__dot--stale') &&
          /Last known: (Online|Away|Busy|Do not disturb|Last seen|Offline)\b/.test(d.getAttribute('aria-label'))
        );
      });
    });
    assert.ok(stale, 'every shown dot is dimmed and says "Last known"');
    oneLine(/500/);
    await stillUsable();
    setMode(demo, 'ok');
    await requestsOver(5 * 60000, async function () {
      return (await visibleDots()) > 0;
    });
    assert.ok((await visibleDots()) > 0, 'dots back within the longest backoff');
  });

  [
    { mode: 'unauthorized', pattern: /401/ },
    { mode: 'forbidden', pattern: /403/ },
    { mode: 'login-page', pattern: /HTML page/ }
  ].forEach(function (c) {
    it(c.mode + ': hides dots, pauses until the page is focused again, then recovers', async function () {
      setMode(demo, c.mode);
      await tab.advance(INTERVAL_MS);
      await waitFor(async function () {
        return (await visibleDots()) === 0;
      }, 'dots to hide');
      assert.equal(await requestsOver(60000), 0);
      oneLine(c.pattern);
      await stillUsable();
      setMode(demo, 'ok');
      const before = requestCount(demo);
      await tab.page.evaluate(function () {
        window.dispatchEvent(new Event('focus'));
      });
      await tab.advance(10);
      await waitFor(function () {
        return requestCount(demo) === before + 1;
      }, 'a request after focus');
      await waitFor(async function () {
        return (await visibleDots()) > 0;
      }, 'dots back');
    });
  });

  it('the control panel says presence is paused and why, and Healthy resumes at once without focus', async function () {
    await tab.page.selectOption('#instance-mode', 'unauthorized');
    await tab.advance(INTERVAL_MS);
    await waitFor(async function () {
      return (await visibleDots()) === 0;
    }, 'dots to hide');
    await tab.advance(1000);
    await waitFor(async function () {
      return /^paused: not signed in \(401\)/.test(await tab.page.locator('#instance-presence-state').innerText());
    }, 'the panel to say paused');
    const before = requestCount(demo);
    await tab.page.selectOption('#instance-mode', 'ok');
    // The page clock is paused here: let it run the 0 ms timer the refresh schedules.
    await waitFor(async function () {
      await tab.advance(1);
      return requestCount(demo) === before + 1;
    }, 'a request at once');
    await waitFor(async function () {
      return (await visibleDots()) > 0;
    }, 'dots back');
    await tab.advance(1000);
    assert.equal(await tab.page.locator('#instance-presence-state').innerText(), 'running');
  });

  it('timeout: gives up after 10 s, logs once, keeps the page responsive', async function () {
    setMode(demo, 'timeout');
    await tab.advance(INTERVAL_MS);
    await waitFor(function () {
      return requestCount(demo) === 2;
    }, 'the held request');
    await tab.advance(10000);
    oneLine(/timed out after 10000 ms/);
    await stillUsable();
  });

  it('malformed JSON: backs off and logs once', async function () {
    setMode(demo, 'malformed');
    const made = await requestsOver(60000);
    assert.ok(made >= 1 && made <= 60000 / INTERVAL_MS / 2, made + ' requests in 60 s');
    oneLine(/not valid JSON/);
    await stillUsable();
  });

  it('slow answers: dots keep working, nothing logged', async function () {
    setMode(demo, 'slow');
    await tab.advance(INTERVAL_MS);
    await sleep(3300);
    await waitFor(function () {
      return demo.app.presence.state.requests[1].status === 201;
    }, 'the slow answer');
    assert.ok((await visibleDots()) > 0);
    assert.deepEqual(tab.reports(), []);
    await stillUsable();
  });
});
