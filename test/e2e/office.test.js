// In the office today? WSD markers beside the dots, following a colleague's office days, and the
// person card with recent activity, on the demo page and its simulated instance.
const { afterEach, beforeEach, describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { openDemo, reset, useDemo, waitFor } = require('./helpers');

const THIRTY_MINUTES = 30 * 60 * 1000;

describe('office days and the person card', function () {
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

  /** The Service Desk row of `name`: its dot's name, its marker and its button. */
  function person(name) {
    return tab.page
      .locator('.sp-presence-people__person', { has: tab.page.locator('.sp-presence-people__name', { hasText: name }) })
      .first();
  }

  async function markerOf(name) {
    return person(name).evaluate(function (li) {
      const marker = li.querySelector('.sp-presence__office');
      const dot = li.querySelector('.sp-presence__dot');
      return {
        shown: !!marker && !marker.hidden,
        className: marker ? marker.className : '',
        words: dot.getAttribute('aria-label')
      };
    });
  }

  async function officeKnown() {
    return (await markerOf('Beth Anglin')).shown;
  }

  /** The office answer and the activity answer come apart, in either order: both are in once the marker shows and the dot has words. */
  async function officeAndActivityKnown() {
    const beth = await markerOf('Beth Anglin');
    return beth.shown && beth.words !== null;
  }

  it('draws a building for in the office today and a house for remote today, and says so in the name', async function () {
    tab = await openDemo(suite.browser, demo);
    await waitFor(officeAndActivityKnown, 'the office markers and the dots');
    const beth = await markerOf('Beth Anglin');
    assert.match(beth.className, /--in\b/);
    assert.match(beth.words, /^Beth Anglin, .+, in the office today \(Building B\)$/);
    const charlie = await markerOf('Charlie Whitherspoon');
    assert.match(charlie.className, /--remote\b/);
    assert.match(charlie.words, /, remote today$/);
    assert.equal((await markerOf('Priya Raman')).shown, false, 'a private schedule shows nothing');
    assert.equal((await markerOf('Bao Nguyen')).shown, false, 'someone not followed shows nothing');
    assert.equal(demo.app.wsd.state.requests.length, 1);
    assert.deepEqual(tab.reports(), []);
  });

  it('opens a card with Enter, lists recent activity, passes axe, and closes with Esc back to the person', async function () {
    tab = await openDemo(suite.browser, demo);
    await waitFor(officeKnown, 'the office markers');
    const button = person('Beth Anglin').locator('button.sp-presence-people__open');
    await button.focus();
    await tab.page.keyboard.press('Enter');
    const card = tab.page.locator('[role="dialog"]');
    const fiveActivities = function () {
      return card
        .locator('.sp-presence-people__activities li')
        .count()
        .then(function (n) {
          return n === 5;
        });
    };
    await waitFor(fiveActivities, 'five recent activities');
    assert.equal(await card.locator('h3').textContent(), 'Beth Anglin');
    assert.match(await card.textContent(), /in the office today \(Building B\)/);
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(demo.app.activities.state.requests.length, 1);
    await tab.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await tab.page.evaluate(function () {
      return window.axe
        .run(document.querySelector('[role="dialog"]'), { resultTypes: ['violations'] })
        .then(function (r) {
          return r.violations.map(function (v) {
            return { id: v.id, help: v.help, target: v.nodes[0].target };
          });
        });
    });
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await tab.page.keyboard.press('Escape');
    await waitFor(async function () {
      return (await card.count()) === 0;
    }, 'the card to close');
    await waitFor(function () {
      return button.evaluate(function (b) {
        return document.activeElement === b;
      });
    }, 'focus back on the person');
    await button.click();
    await waitFor(fiveActivities, 'the card again');
    assert.equal(demo.app.activities.state.requests.length, 1, 'fetched once for the page');
  });

  it('follows someone from their card, and stops following', async function () {
    tab = await openDemo(suite.browser, demo);
    await waitFor(officeKnown, 'the office markers');
    const bao = demo.app.directory.users.find(function (u) {
      return u.name === 'Bao Nguyen';
    });
    await person('Bao Nguyen').locator('button.sp-presence-people__open').click();
    const toggle = tab.page.locator('[role="dialog"] .sp-presence-people__follow button');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await waitFor(function () {
      return demo.app.wsd.state.following.has(bao.sys_id);
    }, 'the instance to record the follow');
    await waitFor(async function () {
      return (await toggle.getAttribute('aria-pressed')) === 'true';
    }, 'the toggle to show the confirmed follow');
    await toggle.click();
    await waitFor(async function () {
      return (await toggle.getAttribute('aria-pressed')) === 'false';
    }, 'the toggle to show the unfollow');
    assert.equal(demo.app.wsd.state.following.has(bao.sys_id), false);
    assert.deepEqual(tab.reports(), []);
  });

  it('without the WSD plugin: no marker, no toggle, one console line, and the dots go on; without Activity Subscriptions: no activity section', async function () {
    demo.app.wsd.state.plugin = false;
    tab = await openDemo(suite.browser, demo);
    await waitFor(function () {
      return tab.reports().length > 0;
    }, 'the console line');
    assert.equal(await tab.page.locator('.sp-presence__office:not([hidden])').count(), 0);
    assert.ok((await tab.page.locator('.sp-presence-people .sp-presence__dot[class*="--"]').count()) > 5);
    await person('Beth Anglin').locator('button.sp-presence-people__open').click();
    await waitFor(function () {
      return tab.page.locator('.sp-presence-people__activities li').count();
    }, 'recent activity');
    assert.equal(await tab.page.locator('.sp-presence-people__follow').count(), 0);
    assert.equal(tab.reports().length, 1, tab.reports().join('\n'));
    assert.match(tab.reports()[0], /office days are off for this page/);
    await tab.close();

    demo.app.wsd.state.plugin = true;
    demo.app.activities.state.plugin = false;
    tab = await openDemo(suite.browser, demo);
    await waitFor(officeKnown, 'the office markers');
    await person('Beth Anglin').locator('button.sp-presence-people__open').click();
    await waitFor(function () {
      return tab.reports().length > 0;
    }, 'the console line about activities');
    assert.equal(await tab.page.locator('.sp-presence-people__activities').count(), 0);
    assert.equal(await tab.page.locator('[role="dialog"] .sp-presence-people__follow').count(), 1);
  });

  it('on a page without spPresenceWorkplace: one console line naming it, no WSD request, no marker, and the dots go on', async function () {
    tab = await openDemo(suite.browser, demo, { query: '?workplace=off' });
    await waitFor(function () {
      return tab.reports().length > 0;
    }, 'the console line');
    assert.ok((await tab.page.locator('.sp-presence-people .sp-presence__dot[class*="--"]').count()) > 5);
    assert.equal(await tab.page.locator('.sp-presence__office').count(), 0);
    assert.equal(demo.app.wsd.state.requests.length, 0);
    assert.equal(tab.reports().length, 1, tab.reports().join('\n'));
    assert.match(tab.reports()[0], /Angular Provider spPresenceWorkplace/);
    const words = await tab.page.locator('.sp-presence__dot[class*="--"]').evaluateAll(function (dots) {
      return dots.map(function (d) {
        return d.getAttribute('aria-label');
      });
    });
    assert.ok(words.length > 5);
    words.forEach(function (w) {
      assert.doesNotMatch(w, /office today|remote today/);
    });
  });

  it('asks WSD once per 30 minutes at most', async function () {
    // Availability off: half an hour of page time in one jump would queue sixty availability
    // requests to the instance's Rhino node behind this one; WSD's cadence is all this is about.
    tab = await openDemo(suite.browser, demo, { pausedClock: true, query: '?availability=off' });
    await waitFor(function () {
      return demo.app.wsd.state.requests.length === 1;
    }, 'the first office request');
    // Its answer must be in before time jumps, or the jump times it out.
    await waitFor(officeKnown, 'the office markers');
    await tab.advance(THIRTY_MINUTES - 60000);
    assert.equal(demo.app.wsd.state.requests.length, 1);
    await tab.advance(90000);
    await waitFor(function () {
      return demo.app.wsd.state.requests.length === 2;
    }, 'the second office request');
  });
});
