// Availability from a presence product, through the endpoint on the (simulated) instance: busy,
// do-not-disturb, in a meeting, on the phone; privacy; switching the vendor without a reload.
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
        return li.querySelector('.sp-presence-people__name') && li.querySelector('.sp-presence-people__name').textContent === who;
      });
      const dot = person.querySelector('.sp-presence__dot');
      return { words: dot.getAttribute('aria-label'), className: dot.className, hidden: dot.hidden, line: person.querySelector('.sp-presence-people__status').textContent };
    }, name);
  }

  it('shows a Teams-busy user with the busy dot, named "Beth Anglin, Busy, In a meeting (Teams)"', async function () {
    tab = await openDemo(suite.browser, demo);
    await waitFor(async function () { return (await dotOf('Beth Anglin')).className.indexOf('--busy') > 0; }, 'the busy dot');
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
    await waitFor(async function () { return (await dotOf('Beth Anglin')).className.indexOf('--busy') > 0; }, 'Teams first');
    await tab.page.selectOption('#instance-vendor', 'ringcentral');
    await waitFor(function () { return demo.app.availability.state.vendor === 'ringcentral'; }, 'the instance to switch');
    await tab.advance(AVAILABILITY_INTERVAL_MS);
    await waitFor(async function () { return /\(RingCentral\)/.test((await dotOf('Luis Ortega')).words); }, 'RingCentral answers on the page');
    assert.equal((await dotOf('Luis Ortega')).words, 'Luis Ortega, Busy, On the phone (RingCentral), in the office today');
    assert.match((await dotOf('Abel Tuter')).className, /--dnd/);
    const priya = await dotOf('Priya Raman');
    assert.doesNotMatch(priya.words, /RingCentral|Busy|Do not disturb|phone/, 'hidden by allowSeeMyPresence: ' + priya.words);
    assert.match(priya.words, /^Priya Raman, (Online|Away)/);
    await tab.page.selectOption('#instance-vendor', 'symphony');
    await waitFor(function () { return demo.app.availability.state.vendor === 'symphony'; }, 'the instance to switch');
    await tab.advance(AVAILABILITY_INTERVAL_MS);
    await waitFor(async function () { return /\(Symphony\)/.test((await dotOf('Beth Anglin')).words); }, 'Symphony answers');
    assert.equal((await dotOf('Beth Anglin')).words, 'Beth Anglin, Busy, In a meeting (Symphony), in the office today (Building B)');
  });

  it('asks for availability once per interval for the whole page', async function () {
    tab = await openDemo(suite.browser, demo, { pausedClock: true });
    await waitFor(function () { return demo.app.availability.state.requests.length === 1; }, 'the first availability request');
    for (let i = 1; i <= 3; i++) {
      await tab.advance(AVAILABILITY_INTERVAL_MS);
      await waitFor(function () { return demo.app.availability.state.requests.length === 1 + i; }, 'request ' + (i + 1));
    }
    await tab.advance(AVAILABILITY_INTERVAL_MS - 1000);
    assert.equal(demo.app.availability.state.requests.length, 4);
  });
});
