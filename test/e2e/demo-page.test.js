// The demo page as a portal user sees it: dots, their changes, the request rate, safety and
// accessibility. Runs against the shipped dist/ providers, loaded the Service Portal way.
const { afterEach, beforeEach, describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { INTERVAL_MS, ALONE, openDemo, ourRequests, requestCount, reset, useDemo, waitFor } = require('./helpers');

const ASSIGNEE_DOT = '.ticket-header__person:nth-child(2) .sp-presence__dot';

describe('demo page', function () {
  const suite = useDemo();
  let demo;
  let browser;
  let tab;

  beforeEach(async function () {
    demo = suite.demo;
    browser = suite.browser;
    await reset(demo);
  });

  afterEach(async function () {
    if (tab) {
      await tab.close();
      tab = undefined;
    }
  });

  it('shows dots within one second of load, from one request for every user on the page', async function () {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(demo.url + ALONE, { waitUntil: 'load' });
      const loadedAt = Date.now();
      await waitFor(
        function () {
          return page.locator('.sp-presence__dot[class*="--"]').count();
        },
        'a visible dot',
        1000
      );
      assert.ok(Date.now() - loadedAt <= 1000);
      assert.ok((await page.locator('.sp-presence__dot').count()) >= 60, 'at least 60 dots on the page');
      assert.equal(requestCount(demo), 1);
      assert.equal(demo.app.presence.state.requests[0].auto, true, 'marked sysparm_auto_request=true');
    } finally {
      await context.close();
    }
  });

  it('draws a dot for every binding form the page uses, one of them on <sn-avatar> itself, with no markup error', async function () {
    const beth = demo.app.directory.users.find(function (u) {
      return u.name === 'Beth Anglin';
    });
    demo.app.directory.pin(beth.sys_id, demo.app.clock.now());
    tab = await openDemo(browser, demo, { query: ALONE });
    const page = tab.page;
    const named = function (selector) {
      return page.locator(selector).evaluateAll(function (dots) {
        return dots.map(function (d) {
          return d.getAttribute('aria-label');
        });
      });
    };
    // {{:: }} on <sn-avatar> itself, beside its isolated scope and template.
    await waitFor(async function () {
      return (await named('.ticket-header sn-avatar[sp-presence-dot] > .sp-presence__dot'))[1];
    }, "the assignee's dot on <sn-avatar> named");
    const onAvatar = await named('.ticket-header sn-avatar[sp-presence-dot] > .sp-presence__dot');
    assert.equal(onAvatar.length, 2);
    assert.match(onAvatar[1], /^Beth Anglin, Online/);
    assert.equal(
      await page.locator('.ticket-header sn-avatar[sp-presence-dot] .sn-avatar').count(),
      2,
      'the avatar still draws itself'
    );
    // A literal sys_id (it starts with a digit) and a quoted name.
    await waitFor(async function () {
      return (await named('.ticket-header sp-presence-dot[user-id^="413a"] > .sp-presence__dot'))[0];
    }, 'the literal dot named');
    assert.match(
      (await named('.ticket-header sp-presence-dot[user-id^="413a"] > .sp-presence__dot'))[0],
      /^Charlie Whitherspoon, /
    );
    // An expression with an interpolated name, and :: one-time expressions.
    await waitFor(async function () {
      return (await named('.activity-stream [sp-presence-dot] > .sp-presence__dot')).filter(Boolean).length;
    }, 'activity dots named');
    assert.ok(
      (await named('.activity-stream [sp-presence-dot] > .sp-presence__dot')).filter(Boolean).every(function (n) {
        return /^[^,]+, /.test(n);
      })
    );
    assert.ok((await named('.ticket-header__watchers .sp-presence__dot')).length >= 3);
    assert.deepEqual(
      tab.reports().filter(function (line) {
        return /is not an expression/.test(line);
      }),
      []
    );
  });

  it('turns a dot online, away at 30 s and off at 60 s as the instance clock passes', async function () {
    tab = await openDemo(browser, demo, { pausedClock: true, query: ALONE });
    const beth = demo.app.directory.users.find(function (u) {
      return u.name === 'Beth Anglin';
    });
    const dot = tab.page.locator(ASSIGNEE_DOT);
    demo.app.directory.pin(beth.sys_id, demo.app.clock.now());
    await tab.advance(INTERVAL_MS);
    await waitFor(async function () {
      return (await dot.getAttribute('class')).includes('--online');
    }, 'online');
    assert.equal(await dot.getAttribute('aria-label'), 'Beth Anglin, Online, active now');
    demo.app.clock.advance(30000);
    await tab.advance(INTERVAL_MS);
    await waitFor(async function () {
      return (await dot.getAttribute('class')).includes('--away');
    }, 'away');
    assert.equal(await dot.getAttribute('aria-label'), 'Beth Anglin, Away, active 30 s ago');
    demo.app.clock.advance(30000);
    await tab.advance(INTERVAL_MS);
    await waitFor(function () {
      return dot.evaluate(function (el) {
        return getComputedStyle(el).display === 'none';
      });
    }, 'hidden');
  });

  it('makes exactly one request per interval for all 60+ dots', async function () {
    tab = await openDemo(browser, demo, { pausedClock: true, query: ALONE });
    const dots = await tab.page.locator('.sp-presence__dot').count();
    assert.ok(dots >= 60, dots + ' dots');
    assert.equal(requestCount(demo), 1);
    // The interval runs from the previous answer: find the first tick, then time the rest.
    for (let waited = 0; requestCount(demo) === 1; waited += 250) {
      assert.ok(waited <= INTERVAL_MS, 'second request within one interval');
      await tab.advance(250);
    }
    const start = requestCount(demo);
    assert.equal(start, 2);
    for (let i = 1; i <= 5; i++) {
      await tab.advance(INTERVAL_MS - 1);
      assert.equal(requestCount(demo), start + i - 1, 'nothing before the interval is up');
      await tab.advance(1);
      await waitFor(function () {
        return requestCount(demo) === start + i;
      }, 'request ' + i);
    }
    demo.app.presence.state.requests.forEach(function (r) {
      assert.equal(r.auto, true);
      assert.equal(r.status, 201);
    });
    assert.deepEqual(tab.reports(), []);
  });

  it('shows hostile names as text and runs none of them', async function () {
    tab = await openDemo(browser, demo);
    const page = tab.page;
    assert.equal(
      await page.evaluate(function () {
        return window.__spPresencePwned;
      }),
      undefined
    );
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(await page.locator('main script').count(), 0);
    const text = await page.locator('main').innerText();
    assert.ok(text.includes('<img src=x onerror="window.__spPresencePwned=1">'));
    assert.ok(text.includes('"><script>window.__spPresencePwned=2</script>'));
    assert.ok(text.includes("{{constructor.constructor('window.__spPresencePwned=3')()}}"));
    assert.deepEqual(tab.pageErrors, []);
  });

  [
    { theme: 'light', query: '' },
    { theme: 'dark', query: '?theme=dark' }
  ].forEach(function (variant) {
    it('passes an accessibility audit (axe-core) with no violations, ' + variant.theme + ' theme', async function () {
      tab = await openDemo(browser, demo, { query: variant.query });
      await tab.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await tab.page.evaluate(function () {
        return window.axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
          return r.violations.map(function (v) {
            return { id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, target: v.nodes[0].target };
          });
        });
      });
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      const dots = await tab.page.locator('.sp-presence__dot[class*="--"]').evaluateAll(function (all) {
        return all.map(function (d) {
          return { words: d.getAttribute('aria-label'), html: d.parentNode.outerHTML.slice(0, 300) };
        });
      });
      assert.ok(dots.length > 0);
      dots.forEach(function (d) {
        assert.match(
          d.words,
          /(^|, )(Online|Away|Busy|Do not disturb|Last seen|Offline)\b/,
          'every visible dot says its status: ' + d.html
        );
      });
      const said = dots.map(function (d) {
        return d.words;
      });
      const named = said.filter(function (words) {
        return words.indexOf(', ') > 0;
      });
      assert.ok(named.length > 10, 'the People presence dots say who: ' + named.slice(0, 2).join(' | '));
    });
  });

  it('saves a screenshot of the demo showing online, away and offline', async function () {
    const directory = demo.app.directory;
    const now = demo.app.clock.now();
    [
      ['Abel Tuter', 40000],
      ['Beth Anglin', 45000],
      ['Luis Ortega', 35000],
      ['Charlie Whitherspoon', 120000],
      ['Priya Raman', 90000]
    ].forEach(function (p) {
      directory.pin(
        directory.users.find(function (u) {
          return u.name === p[0];
        }).sys_id,
        now - p[1]
      );
    });
    tab = await openDemo(browser, demo);
    await waitFor(async function () {
      return (await tab.page.locator('#instance-requests').innerText()) !== '0';
    }, 'the request counter');
    assert.ok((await tab.page.locator('.sp-presence__dot--away').count()) >= 3);
    const file = path.join(__dirname, '..', '..', 'test-output', 'demo.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await tab.page.screenshot({ path: file, fullPage: true });
    assert.ok(fs.statSync(file).size > 10000);
  });

  it('runs the shipped standalone bundle (dist/sp-presence.min.js) on a plain AngularJS page', async function () {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', function (e) {
      errors.push(e.message);
    });
    try {
      await page.goto(demo.url + 'standalone.html');
      await waitFor(function () {
        return page.locator('.sp-presence__dot[class*="--"]').count();
      }, 'a visible dot');
      assert.equal(await page.locator('.sp-presence__dot').count(), 8);
      assert.equal(requestCount(demo), 1);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('runs the same providers on AngularJS 1.5.11', async function () {
    tab = await openDemo(browser, demo, { query: '?angular=1.5' });
    assert.equal(
      await tab.page.evaluate(function () {
        return angular.version.full;
      }),
      '1.5.11'
    );
    assert.ok((await tab.page.locator('.sp-presence__dot[class*="--"]').count()) > 0);
    assert.equal(ourRequests(demo), 1);
    assert.deepEqual(tab.pageErrors, []);
  });
});
