// Availability from a presence product, through the shipped server scripts on the (simulated)
// instance, which call fake Microsoft Graph, RingCentral and Symphony servers: busy,
// do-not-disturb, in a meeting, on the phone; privacy; switching the vendor without a reload;
// the vendor down or rate-limiting the instance.
const { afterEach, beforeEach, describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { openDemo, reset, useDemo, waitFor } = require('./helpers');

const AVAILABILITY_INTERVAL_MS = 30000; // the demo page's People presence option

describe('availability from Teams, RingCentral or Symphony', function () {
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

  /** The People presence dot of `name`: what it says and how it is drawn. */
  async function dotOf(name) {
    return tab.page.evaluate(function (who) {
      const person = Array.prototype.find.call(document.querySelectorAll('.sp-presence-people__person'), function (li) {
        return (
          li.querySelector('.sp-presence-people__name') &&
          li.querySelector('.sp-presence-people__name').textContent === who
        );
      });
      const dot = person.querySelector('.sp-presence__dot');
      return {
        words: dot.getAttribute('aria-label'),
        className: dot.className,
        hidden: getComputedStyle(dot).display === 'none',
        line: person.querySelector('.sp-presence-people__status').textContent
      };
    }, name);
  }

  it('shows a Teams-busy user with the busy dot, named "Beth Anglin, Busy, In a meeting (Teams)"', async function () {
    tab = await openDemo(suite.browser, demo);
    await waitFor(async function () {
      return (await dotOf('Beth Anglin')).className.indexOf('--busy') > 0;
    }, 'the busy dot');
    const beth = await dotOf('Beth Anglin');
    // The demo's widget shows office days too: they follow the availability.
    assert.equal(beth.words, 'Beth Anglin, Busy, In a meeting (Teams), in the office today (Building B)');
    assert.equal(beth.line, 'Busy, In a meeting (Teams), in the office today (Building B)');
    const abel = await dotOf('Abel Tuter');
    assert.match(abel.className, /--dnd/);
    assert.equal(abel.words, 'Abel Tuter, Do not disturb (Teams)');
    assert.match((await dotOf('Luis Ortega')).words, /Busy, On the phone \(Teams\), in the office today$/);
    assert.deepEqual(tab.reports(), []);
  });

  it('switches vendors in the panel without a reload; a RingCentral user who hides presence shows only activity', async function () {
    tab = await openDemo(suite.browser, demo, { pausedClock: true });
    await waitFor(async function () {
      return (await dotOf('Beth Anglin')).className.indexOf('--busy') > 0;
    }, 'Teams first');
    await tab.page.selectOption('#instance-vendor', 'ringcentral');
    await waitFor(function () {
      return demo.app.availability.state.vendor === 'ringcentral';
    }, 'the instance to switch');
    await tab.advance(AVAILABILITY_INTERVAL_MS);
    await waitFor(async function () {
      return /\(RingCentral\)/.test((await dotOf('Luis Ortega')).words);
    }, 'RingCentral answers on the page');
    assert.equal(
      (await dotOf('Luis Ortega')).words,
      'Luis Ortega, Busy, On the phone (RingCentral), in the office today'
    );
    assert.match((await dotOf('Abel Tuter')).className, /--dnd/);
    const priya = await dotOf('Priya Raman');
    assert.doesNotMatch(
      priya.words,
      /RingCentral|Busy|Do not disturb|phone/,
      'hidden by allowSeeMyPresence: ' + priya.words
    );
    assert.match(priya.words, /^Priya Raman, (Online|Away)/);
    await tab.page.selectOption('#instance-vendor', 'symphony');
    await waitFor(function () {
      return demo.app.availability.state.vendor === 'symphony';
    }, 'the instance to switch');
    await tab.advance(AVAILABILITY_INTERVAL_MS);
    await waitFor(async function () {
      return /\(Symphony\)/.test((await dotOf('Beth Anglin')).words);
    }, 'Symphony answers');
    assert.equal(
      (await dotOf('Beth Anglin')).words,
      'Beth Anglin, Busy, In a meeting (Symphony), in the office today (Building B)'
    );
  });

  /**
   * The page's lines about availability. Activity polls that a 30 s jump of the paused page
   * clock overtakes report timeouts of their own: not what these tests are about.
   */
  function availabilityReports() {
    return tab.reports().filter(function (line) {
      return line.indexOf('availability') >= 0;
    });
  }

  /**
   * Moves the page's clock and the instance's together (the instance's snapshot ages on its own
   * clock), then lets the instance answer what the page asked: the next jump must not overtake it.
   */
  async function advanceBoth(ms) {
    demo.app.clock.advance(ms);
    await tab.advance(ms);
    await waitFor(function () {
      return demo.app.availability.state.pending === 0;
    }, 'the instance to answer');
  }

  it('falls back to activity while the vendor is down, and nothing else breaks; back when it answers', async function () {
    tab = await openDemo(suite.browser, demo, { pausedClock: true });
    await waitFor(async function () {
      return (await dotOf('Beth Anglin')).className.indexOf('--busy') > 0;
    }, 'the busy dot');
    demo.app.availability.setDown(true);
    for (let i = 0; i < 3; i++) {
      await advanceBoth(AVAILABILITY_INTERVAL_MS);
    }
    await waitFor(async function () {
      return (await dotOf('Beth Anglin')).className.indexOf('--busy') < 0;
    }, 'the dot to fall back to activity');
    // Her activity alone now: the status line says it whether the dot shows (online, away) or not (offline);
    // "Last known:" when an activity poll in flight timed out as the paused clock jumped (a loaded machine).
    const beth = await dotOf('Beth Anglin');
    assert.doesNotMatch(beth.line, /Teams|Busy/);
    assert.match(beth.line, /^(Last known: )?(Online|Away|Last seen)/);
    assert.doesNotMatch((await dotOf('Abel Tuter')).className, /--dnd/);
    assert.deepEqual(availabilityReports(), [], 'an outage at the vendor is no failure of the page');
    demo.app.availability.setDown(false);
    for (let i = 0; i < 4; i++) {
      await advanceBoth(AVAILABILITY_INTERVAL_MS);
    }
    await waitFor(async function () {
      return (await dotOf('Beth Anglin')).className.indexOf('--busy') > 0;
    }, 'availability back after the backoff');
  });

  it('obeys the vendor rate limit: at most one vendor call per Retry-After, whatever the page asks', async function () {
    tab = await openDemo(suite.browser, demo, { pausedClock: true });
    await waitFor(async function () {
      return (await dotOf('Beth Anglin')).className.indexOf('--busy') > 0;
    }, 'the busy dot');
    demo.app.availability.setRateLimited(true);
    const calls = demo.app.availability.vendorCalls();
    const requests = demo.app.availability.state.requests.length;
    for (let i = 0; i < 3; i++) {
      await advanceBoth(AVAILABILITY_INTERVAL_MS);
      await waitFor(
        function () {
          return demo.app.availability.state.requests.length >= requests + i + 1;
        },
        'availability request ' + (i + 1)
      );
    }
    // Retry-After is 30 s, one interval: the instance tries once per interval, never more.
    assert.ok(
      demo.app.availability.vendorCalls() - calls <= 3,
      'vendor calls while limited: ' + (demo.app.availability.vendorCalls() - calls)
    );
    await waitFor(async function () {
      return (await dotOf('Beth Anglin')).className.indexOf('--busy') < 0;
    }, 'stale availability dropped');
    assert.deepEqual(availabilityReports(), []);
  });

  it('asks for availability once per interval for the whole page', async function () {
    tab = await openDemo(suite.browser, demo, { pausedClock: true });
    await waitFor(function () {
      return demo.app.availability.state.requests.length === 1;
    }, 'the first availability request');
    await waitFor(async function () {
      return (await dotOf('Beth Anglin')).className.indexOf('--busy') > 0;
    }, 'its answer');
    for (let i = 1; i <= 3; i++) {
      await tab.advance(AVAILABILITY_INTERVAL_MS);
      await waitFor(
        function () {
          return demo.app.availability.state.requests.length === 1 + i;
        },
        'request ' + (i + 1)
      );
    }
    await tab.advance(AVAILABILITY_INTERVAL_MS - 1000);
    assert.equal(demo.app.availability.state.requests.length, 4);
  });
});
