// Shared set-up for the end-to-end tests: the demo's simulated instance in-process on
// 127.0.0.1, the system Chromium through playwright-core, and the page's clock under control.
const { after, before } = require('node:test');
const { chromium } = require('playwright-core');
const { createDemoApp } = require('../../demo/app');
const { CHROMIUM_FLAGS } = require('../../karma.conf');

const INTERVAL_MS = 5000;

async function startDemo() {
  const app = createDemoApp({ retryAfterSeconds: 20 });
  const url = await app.listen(0);
  return { app: app, url: url };
}

function launchBrowser() {
  if (!process.env.CHROME_BIN) {
    throw new Error('CHROME_BIN is not set: run the end-to-end tests through npm test');
  }
  return chromium.launch({ executablePath: process.env.CHROME_BIN, args: CHROMIUM_FLAGS });
}

function sleep(ms) {
  return new Promise(function (resolve) {
    setTimeout(resolve, ms);
  });
}

/** Polls `check` in real time (the page's own timers may be fake). */
async function waitFor(check, what, timeoutMs) {
  const deadline = Date.now() + (timeoutMs || 5000);
  for (;;) {
    const value = await check();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error('timed out waiting for ' + what);
    }
    await sleep(25);
  }
}

/** Pauses the page clock a moment from now (read again if a busy machine let that moment pass). */
async function pauseSoon(page) {
  for (let attempt = 0; ; attempt++) {
    const now = await page.evaluate(function () {
      return Date.now();
    });
    try {
      await page.clock.pauseAt(now + 250);
      return;
    } catch (e) {
      if (attempt >= 4) {
        throw e;
      }
    }
  }
}

/** The demo page without the platform's presence client nor availability: sp-presence polls activity alone. */
const ALONE = '?platform=off&availability=off';

/**
 * Opens the demo page. With `pausedClock`, the page's timers are fake and paused once the
 * first presence answer is in, so each test moves time itself with `advance`.
 */
async function openDemo(browser, demo, options) {
  const opts = options || {};
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const consoleLines = [];
  const pageErrors = [];
  page.on('console', function (message) {
    consoleLines.push(message.text());
  });
  page.on('pageerror', function (error) {
    pageErrors.push(error.message);
  });
  if (opts.pausedClock) {
    await page.clock.install();
  }
  const before = demo.app.presence.state.requests.length;
  await page.goto(demo.url + (opts.query || ''));
  await waitFor(function () {
    return page.evaluate(function () {
      return document.documentElement.getAttribute('data-portal-ready') === 'true';
    });
  }, 'the portal to start');
  await waitFor(function () {
    return demo.app.presence.state.requests.length > before;
  }, 'the first presence request');
  await waitFor(function () {
    return page.locator('.sp-presence__dot[class*="--"]').count();
  }, 'a visible dot');
  if (opts.pausedClock && !/availability=off/.test(opts.query || '')) {
    // Availability comes from the Rhino node, a few tens of ms away: its first answer must be in
    // before time is frozen, or the first jump of the page clock times it out.
    await waitFor(function () {
      return demo.app.availability.state.requests.length > 0 && demo.app.availability.state.pending === 0;
    }, 'the first availability answer');
    await sleep(50);
  }
  if (opts.pausedClock) {
    await pauseSoon(page);
  }
  return {
    page: page,
    context: context,
    consoleLines: consoleLines,
    pageErrors: pageErrors,
    /**
     * `[sp-presence]` lines the page logged about its dots; the ticket's <sp-record-presence>
     * line (once, on pages without the platform's client) is record-presence.test.js's subject.
     */
    reports: function () {
      return consoleLines.filter(function (line) {
        return line.indexOf('[sp-presence]') === 0 && line.indexOf('<sp-record-presence>') < 0;
      });
    },
    /** Moves the page clock (firing its timers), then lets real answers arrive. */
    advance: async function (ms) {
      await page.clock.runFor(ms);
      await sleep(150);
    },
    close: function () {
      return context.close();
    }
  };
}

function requestCount(demo) {
  return demo.app.presence.state.requests.length;
}

/** Requests sent by sp-presence (the demo's platform client marks its own). */
function ourRequests(demo) {
  return demo.app.presence.state.requests.filter(function (r) {
    return r.client === 'sp-presence';
  }).length;
}

function platformRequests(demo) {
  return demo.app.presence.state.requests.filter(function (r) {
    return r.client === 'platform';
  }).length;
}

async function setMode(demo, mode) {
  demo.app.presence.setMode(mode);
}

async function reset(demo) {
  demo.app.presence.setMode('ok');
  demo.app.presence.releaseHeld();
  demo.app.directory.unpinAll();
  demo.app.presence.state.requests.length = 0;
  await demo.app.availability.reset();
  demo.app.wsd.reset();
  demo.app.activities.state.plugin = true;
  demo.app.activities.state.requests.length = 0;
}

/**
 * For a describe(): a demo instance and a browser for its tests, started before and stopped
 * after them. The returned object's `demo` and `browser` are set once `before` has run.
 */
function useDemo() {
  const suite = { demo: undefined, browser: undefined };
  before(async function () {
    suite.demo = await startDemo();
    suite.browser = await launchBrowser();
  });
  after(async function () {
    await suite.browser.close();
    await suite.demo.app.close();
  });
  return suite;
}

module.exports = {
  INTERVAL_MS,
  ALONE,
  openDemo,
  ourRequests,
  platformRequests,
  requestCount,
  reset,
  setMode,
  sleep,
  useDemo,
  waitFor
};
