// Who else is on this ticket: two tabs signed in as two demo users on the demo's ticket see
// each other in <sp-record-presence>, from the platform stand-in's sp.sessions alone.
const { afterEach, beforeEach, describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { openDemo, reset, useDemo, waitFor } = require('./helpers');

/** The people one tab's list shows: "Name: what they do". */
function listed(tab) {
  return tab.page.locator('.ticket-header sp-record-presence .sp-record-presence__person').evaluateAll(function (rows) {
    return rows.map(function (row) {
      return (
        row.querySelector('.sp-record-presence__name').textContent +
        ': ' +
        row.querySelector('.sp-record-presence__doing').textContent
      );
    });
  });
}

async function waitForRow(tab, row, what) {
  const started = Date.now();
  try {
    await waitFor(
      async function () {
        return (await listed(tab)).indexOf(row) >= 0;
      },
      what,
      5000
    );
  } catch (e) {
    throw new Error(e.message + ' (listed: ' + JSON.stringify(await listed(tab)) + ')');
  }
  return Date.now() - started;
}

describe('record presence on the demo ticket', function () {
  const suite = useDemo();
  let tabs;

  beforeEach(async function () {
    tabs = [];
    await reset(suite.demo);
  });

  afterEach(async function () {
    await Promise.all(
      tabs.map(function (tab) {
        return tab.close();
      })
    );
  });

  async function open(as) {
    const tab = await openDemo(suite.browser, suite.demo, { query: '?availability=off' + (as ? '&as=' + as : '') });
    tabs.push(tab);
    return tab;
  }

  it('shows two users on one ticket to each other, typing as "typing a comment", and drops a closed tab', async function () {
    const abel = await open();
    assert.match(abel.page.url(), /[?&]table=incident&sys_id=[0-9a-f]{32}/, 'the demo page is a ticket page');
    const mei = await open('mei.chen');
    const seen = await waitForRow(abel, 'Mei Chen: viewing', "Mei Chen in Abel's list");
    await waitForRow(mei, 'Abel Tuter: viewing', "Abel Tuter in Mei's list");
    assert.ok(
      (await listed(abel)).every(function (row) {
        return row.indexOf('Abel Tuter') < 0;
      }),
      'nobody sees themselves'
    );
    console.log("e2e figure: a second tab appeared in the first tab's list " + seen + ' ms after it was ready');

    await mei.page.locator('#comment').pressSequentially('The mail sync works again on my phone.');
    const typed = await waitForRow(abel, 'Mei Chen: typing a comment', 'Mei typing a comment');
    console.log('e2e figure: "typing a comment" shown in the other tab ' + typed + ' ms after typing ended');
    assert.equal(await abel.page.locator('#sp-presence-live').textContent(), 'Mei Chen started typing');

    await mei.close();
    tabs.splice(tabs.indexOf(mei), 1);
    const gone = Date.now();
    await waitFor(
      async function () {
        return (await listed(abel)).every(function (row) {
          return row.indexOf('Mei Chen') < 0;
        });
      },
      'Mei Chen to leave the list',
      5000
    );
    console.log("e2e figure: a closed tab left the other tab's list in " + (Date.now() - gone) + ' ms');
    assert.deepEqual(abel.pageErrors, []);
  });

  it('shows nobody in an idle tab, which leaves the channel, and everyone again once it is used', async function () {
    const abel = await openDemo(suite.browser, suite.demo, { query: '?availability=off', pausedClock: true });
    tabs.push(abel);
    const mei = await open('mei.chen');
    await waitForRow(abel, 'Mei Chen: viewing', "Mei Chen in Abel's list");
    await abel.page.clock.runFor(4 * 20000 + 1000);
    await waitFor(async function () {
      return (await listed(abel)).length === 0;
    }, "Abel's idle list to empty");
    await waitFor(async function () {
      return (await listed(mei)).indexOf('Abel Tuter: viewing') < 0;
    }, "Abel to leave Mei's list");
    await abel.page.keyboard.press('Shift');
    await waitForRow(abel, 'Mei Chen: viewing', "Mei Chen back in Abel's list");
    await waitForRow(mei, 'Abel Tuter: viewing', "Abel back in Mei's list");
  });

  it('lists people accessibly: a labelled list, no axe violation, a dot saying each status', async function () {
    // Mei Chen's activity cycles with the demo clock: active now, as if she had used her tab, so her dot shows.
    const app = suite.demo.app;
    const mei = app.directory.users.filter(function (u) {
      return u.name === 'Mei Chen';
    })[0];
    app.directory.pin(mei.sys_id, app.clock.now());
    const abel = await open();
    await open('mei.chen');
    await waitForRow(abel, 'Mei Chen: viewing', "Mei Chen in Abel's list");
    await abel.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await abel.page.evaluate(function () {
      return window.axe.run('.ticket-header sp-record-presence', { resultTypes: ['violations'] }).then(function (r) {
        return r.violations.map(function (v) {
          return { id: v.id, help: v.help, target: v.nodes[0].target };
        });
      });
    });
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    const list = abel.page.getByRole('list', { name: 'Also on this ticket' });
    assert.equal(await list.count(), 1);
    const dot = list.getByRole('listitem').filter({ hasText: 'Mei Chen' }).locator('.sp-presence__dot');
    await waitFor(async function () {
      return /^(Online|Away|Last seen)/.test((await dot.getAttribute('aria-label')) || '');
    }, "Mei Chen's dot");
  });

  it("makes no request of its own: the page asks only for presence, the platform's channel, pictures and the control panel", async function () {
    const abel = await open();
    const requests = [];
    abel.page.on('request', function (request) {
      requests.push(new URL(request.url()).pathname);
    });
    await open('mei.chen');
    await waitForRow(abel, 'Mei Chen: viewing', "Mei Chen in Abel's list");
    const unexpected = requests.filter(function (p) {
      return !/^\/(api\/now\/ui\/presence|sn\/rp\/|demo-api\/state)/.test(p) && !/\.iix$/.test(p);
    });
    assert.deepEqual(unexpected, []);
  });
});
