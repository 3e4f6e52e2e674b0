// sp-presence beside the platform's own presence client, as on every real portal page: it takes
// the platform's answers and those any tab shares, and asks the instance only when none is
// fresh. Also: the administrator's switch, the Diagnostics panel, and the instance's rule that
// a poll not marked automatic counts as the user's activity.
const { afterEach, beforeEach, describe, it } = require('node:test');
const assert = require('node:assert/strict');
const {
  INTERVAL_MS,
  ALONE,
  openDemo,
  ourRequests,
  platformRequests,
  requestCount,
  reset,
  sleep,
  useDemo,
  waitFor
} = require('./helpers');

const ASSIGNEE_DOT = '.ticket-header__person:nth-child(2) .sp-presence__dot';

describe("beside the platform's presence client", function () {
  const suite = useDemo();
  let demo;
  let tab;

  beforeEach(async function () {
    demo = suite.demo;
    await reset(demo);
  });

  afterEach(async function () {
    if (tab) {
      await tab.close();
      tab = undefined;
    }
  });

  function userNamed(name) {
    return demo.app.directory.users.find(function (u) {
      return u.name === name;
    });
  }

  async function dotState(locator) {
    return locator.evaluate(function (el) {
      return getComputedStyle(el).display === 'none' ? 'offline' : /--away/.test(el.className) ? 'away' : 'online';
    });
  }

  it('sends no request of its own for 2 minutes after its first, and the dots stay right', async function () {
    tab = await openDemo(suite.browser, demo, { pausedClock: true });
    const beth = userNamed('Beth Anglin');
    const dot = tab.page.locator(ASSIGNEE_DOT);
    await tab.advance(INTERVAL_MS);
    const ours = ourRequests(demo);
    assert.equal(ours, 1, 'one request of ours: the server clock');
    const platformBefore = platformRequests(demo);
    for (let t = 0; t < 120000; t += INTERVAL_MS) {
      // Beth works for 20 s, then stops: online, away from 30 s, gone from 60 s.
      const phase = (t / INTERVAL_MS) % 18;
      if (phase < 4) {
        demo.app.directory.pin(beth.sys_id, demo.app.clock.now());
      }
      await tab.advance(INTERVAL_MS);
      demo.app.clock.advance(INTERVAL_MS);
    }
    assert.equal(ourRequests(demo), ours, 'sp-presence made no request of its own');
    const platformMade = platformRequests(demo) - platformBefore;
    assert.ok(
      platformMade >= 20 && platformMade <= 25,
      platformMade + ' platform requests in 2 minutes at a 5 s interval'
    );
    const since = demo.app.clock.now() - demo.app.directory.lastOn(beth, demo.app.clock.now());
    const expected = since < 30000 ? 'online' : since < 60000 ? 'away' : 'offline';
    await waitFor(
      async function () {
        return (await dotState(dot)) === expected;
      },
      'the dot to read ' + expected + ' (' + since + ' ms)'
    );
    assert.deepEqual(tab.reports(), []);
  });

  it('makes no request while a UI16 tab keeps the shared answer fresh', async function () {
    tab = await openDemo(suite.browser, demo, { pausedClock: true, query: ALONE });
    const beth = userNamed('Beth Anglin');
    const dot = tab.page.locator(ASSIGNEE_DOT);
    const ui16 = await tab.context.newPage();
    await ui16.goto(demo.url + 'demo/demo.css'); // any page of the instance's origin
    const ours = ourRequests(demo);
    const seen = [];
    for (let i = 0; i < 6; i++) {
      // The UI16 tab polled a moment ago and shared its answer: Beth active, then quiet.
      const now = await tab.page.evaluate(function () {
        return Date.now();
      });
      const lastOn = demo.app.clock.now() - (i < 3 ? 1000 : 40000);
      await ui16.evaluate(
        function (value) {
          localStorage.setItem('snPresence', value);
        },
        JSON.stringify({ saved: now, presenceArray: [{ user: beth.sys_id, last_on: lastOn }] })
      );
      await waitFor(async function () {
        return (await dotState(dot)) === (i < 3 ? 'online' : 'away');
      }, 'the dot to follow the shared answer ' + i);
      seen.push(await dotState(dot));
      await tab.advance(INTERVAL_MS - 100);
      demo.app.clock.advance(INTERVAL_MS - 100);
    }
    assert.equal(ourRequests(demo), ours, 'no request while the shared answer is fresh');
    assert.deepEqual(seen, ['online', 'online', 'online', 'away', 'away', 'away']);
    await ui16.close();
  });

  it('sends nothing and draws no dot when the administrator disabled presence', async function () {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const lines = [];
    page.on('console', function (m) {
      lines.push(m.text());
    });
    try {
      await page.goto(demo.url + '?platform=disabled');
      await waitFor(function () {
        return page.evaluate(function () {
          return document.documentElement.getAttribute('data-portal-ready') === 'true';
        });
      }, 'the portal to start');
      await sleep(2 * INTERVAL_MS);
      assert.equal(requestCount(demo), 0);
      assert.ok((await page.locator('.sp-presence__dot').count()) > 60);
      assert.equal(await page.locator('.sp-presence__dot[class*="--"]').count(), 0);
      const reports = lines.filter(function (l) {
        return l.indexOf('[sp-presence]') === 0;
      });
      assert.equal(reports.length, 1);
      assert.match(reports[0], /PRESENCE_DISABLED/);
    } finally {
      await context.close();
    }
  });

  it('shows the Diagnostics panel to administrators only, with what one poll showed', async function () {
    tab = await openDemo(suite.browser, demo, { query: '?admin=true' });
    const panels = tab.page.locator('.sp-presence-people__diagnostics');
    assert.equal(await panels.count(), 2);
    await panels.first().locator('button').click();
    const report = panels.first().locator('dl');
    await waitFor(function () {
      return report.count();
    }, 'the diagnosis');
    const text = await report.innerText();
    assert.match(text, /HTTP status\s+201/);
    assert.match(text, /Answer recognised\s+Yes/);
    assert.equal(await panels.first().locator('button').getAttribute('aria-expanded'), 'true');
    await tab.close();
    tab = await openDemo(suite.browser, demo);
    assert.equal(await tab.page.locator('.sp-presence-people__diagnostics').count(), 0);
  });
});

describe('the simulated instance', function () {
  const suite = useDemo();

  async function post(query) {
    return fetch(suite.demo.url + 'api/now/ui/presence' + query, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json;charset=UTF-8', 'X-UserToken': suite.demo.app.token },
      body: JSON.stringify({ users: ['ignored'] })
    });
  }

  it('answers 201 for everyone present, whatever the body', async function () {
    await reset(suite.demo);
    const res = await post('?sysparm_auto_request=true&cd=1');
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.equal(typeof body.result.serverTimeMillis, 'number');
    assert.ok(body.result.presenceArray.length > 20, body.result.presenceArray.length + ' users present');
  });

  it('counts a poll not marked automatic as the session user activity, and an automatic one never', async function () {
    const app = suite.demo.app;
    await reset(suite.demo);
    const me = app.directory.users[0];
    app.directory.pin(me.sys_id, app.clock.now() - 3600000);
    await post('?sysparm_auto_request=true&cd=1');
    assert.ok(app.clock.now() - app.directory.lastOn(me, app.clock.now()) >= 3600000, 'automatic: still away');
    await post('?cd=2');
    assert.ok(app.clock.now() - app.directory.lastOn(me, app.clock.now()) < 1000, 'not automatic: active now');
  });

  it("never sees a request of sp-presence's that is not marked automatic", async function () {
    await reset(suite.demo);
    const context = await suite.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(suite.demo.url + ALONE);
      await waitFor(function () {
        return page.locator('.sp-presence__dot[class*="--"]').count();
      }, 'dots');
      await sleep(2 * INTERVAL_MS);
      const ours = suite.demo.app.presence.state.requests.filter(function (r) {
        return r.client === 'sp-presence';
      });
      assert.ok(ours.length >= 2);
      ours.forEach(function (r) {
        assert.equal(r.auto, true);
      });
    } finally {
      await context.close();
    }
  });
});
