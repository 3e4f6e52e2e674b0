// npm run bench: sp-presence against the article's approach (setInterval in every widget), both
// measured in this run, in headless Chromium with each page's clock under the runner's control.
// Prints a table of the figures and their ratios. A benchmark, not a test: it asserts nothing.
const { chromium } = require('playwright-core');
const { CHROMIUM_FLAGS } = require('../karma.conf');
const { findOrInstallChromium } = require('../scripts/chromium');
const { createBenchServer } = require('./server');
const { printTable } = require('./table');
const { pollCost, printPollCost } = require('./poll-cost');
const { firstDot, printFirstDot } = require('./first-dot');
const { parseCost, printParseCost } = require('./parse-cost');
const { vendorCalls, printVendorCalls } = require('./vendor-calls');

const IMPLS = ['article', 'sp'];
const LABEL = { article: "article's approach", sp: 'sp-presence' };
/** Each approach's own poll period: the article's 5 s, sp-presence's default 15 s. */
const PERIOD = { article: 5000, sp: 15000 };

function sleep(ms) {
  return new Promise(function (resolve) {
    setTimeout(resolve, ms);
  });
}

async function waitFor(check, timeoutMs) {
  const deadline = Date.now() + (timeoutMs || 20000);
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error('benchmark page did not get ready');
    }
    await sleep(20);
  }
}

// Counts intervals alive in the page (setInterval minus clearInterval): timers left running.
function countIntervals() {
  const live = new Set();
  const set = window.setInterval;
  const clear = window.clearInterval;
  window.setInterval = function () {
    const id = set.apply(this, arguments);
    live.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    live.delete(id);
    return clear.apply(this, arguments);
  };
  window.liveIntervals = function () {
    return live.size;
  };
}

/** A browser context whose fake clock (shared by all its pages) the runner moves. */
async function newContext(browser) {
  const context = await browser.newContext();
  await context.clock.install();
  await context.addInitScript(countIntervals);
  return context;
}

/** Runs `measure` against a fresh simulated instance of `users` users and a fresh browser context. */
async function withBench(browser, users, measure, options) {
  const server = createBenchServer(users, options);
  const base = await server.listen();
  const context = await newContext(browser);
  try {
    return await measure(server, base, context);
  } finally {
    await context.close();
    await server.close();
  }
}

/** Opens the bench page and lets it load and make its first requests in real time. */
async function openPage(context, base, impl, widgets, dots, extra) {
  const page = await context.newPage();
  await page.goto(base + '/bench/page.html?impl=' + impl + '&widgets=' + widgets + '&dots=' + dots + (extra || ''));
  await waitFor(function () {
    return page.evaluate(function () {
      return window.bench && window.bench.ready;
    });
  });
  await sleep(800);
  return page;
}

/** Freezes the context's clock: from here on time moves only with run(). */
async function pause(page) {
  const now = await page.evaluate(function () {
    return Date.now();
  });
  await page.context().clock.pauseAt(now + 100);
}

/** Moves the clock in small steps (250 ms unless told), letting real answers and tab messages arrive between. */
async function run(page, ms, stepMs) {
  const step = stepMs || 250;
  for (let t = 0; t < ms; t += step) {
    await page.context().clock.runFor(step);
    await sleep(15);
  }
  await sleep(300);
}

async function requestsPerMinute(browser, impl) {
  return withBench(browser, 40, async function (server, base, context) {
    const pages = [];
    for (let tab = 0; tab < 3; tab++) {
      pages.push(await openPage(context, base, impl, 5, 40));
    }
    await pause(pages[0]);
    await run(pages[0], 5000); // warm-up: every tab joined, first answers in
    const before = server.requests();
    await run(pages[0], 60000);
    return server.requests() - before;
  });
}

/**
 * sp-presence with the availability source (30 s interval), 3 tabs x 5 widgets x 40 dots, over
 * 2 minutes: availability requests against the one-per-interval-per-browser ideal, and the
 * activity requests beside them.
 */
async function withAvailability(browser) {
  const intervalMs = 30000;
  return withBench(
    browser,
    40,
    async function (server, base, context) {
      const pages = [];
      for (let tab = 0; tab < 3; tab++) {
        pages.push(await openPage(context, base, 'sp', 5, 40, '&availability=' + intervalMs));
      }
      await pause(pages[0]);
      await run(pages[0], 5000);
      const availabilityBefore = server.availabilityRequests();
      const activityBefore = server.requests();
      await run(pages[0], 120000);
      return {
        availability: server.availabilityRequests() - availabilityBefore,
        ideal: 120000 / intervalMs,
        activity: (server.requests() - activityBefore) / 2
      };
    },
    { availability: true }
  );
}

/**
 * sp-presence showing office days (ServiceNow WSD), 3 tabs x 5 widgets x 40 dots, over 2 hours
 * of page time in 2.5 s steps: WSD requests against the at-most-one-per-30-min-per-browser limit.
 */
async function withOfficeDays(browser) {
  const spanMs = 2 * 60 * 60 * 1000;
  return withBench(browser, 40, async function (server, base, context) {
    const pages = [];
    for (let tab = 0; tab < 3; tab++) {
      pages.push(await openPage(context, base, 'sp', 5, 40, '&office=1'));
    }
    await pause(pages[0]);
    await run(pages[0], 5000);
    const first = server.officeRequests();
    await run(pages[0], spanMs, 2500);
    return { first: first, later: server.officeRequests() - first, limit: spanMs / (30 * 60 * 1000) };
  });
}

async function idlePoll(browser, impl) {
  return withBench(browser, 40, async function (server, base, context) {
    const page = await openPage(context, base, impl, 5, 40);
    await pause(page);
    await run(page, PERIOD[impl]);
    const read = function () {
      return page.evaluate(function () {
        return { digests: window.bench.digests, writes: window.bench.mutations };
      });
    };
    const before = await read();
    const requests = server.requests();
    await run(page, PERIOD[impl]);
    const after = await read();
    return {
      digests: after.digests - before.digests,
      writes: after.writes - before.writes,
      requests: server.requests() - requests
    };
  });
}

/**
 * Main-thread time of one poll that changes 1% of 2000 dots: the clock is moved to just before
 * the poll is due, then in small steps until the changed dots are written; median of 5 polls.
 */
async function largePoll(browser, impl) {
  const users = 2000;
  return withBench(browser, users, async function (server, base, context) {
    const page = await openPage(context, base, impl, 1, users);
    await pause(page);
    await run(page, PERIOD[impl]);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskMs = async function () {
      const metrics = (await cdp.send('Performance.getMetrics')).metrics;
      return (
        metrics.find(function (m) {
          return m.name === 'TaskDuration';
        }).value * 1000
      );
    };
    const writes = function () {
      return page.evaluate(function () {
        return window.bench.mutations;
      });
    };
    const changed = server.directory.users.slice(0, users / 100).map(function (u) {
      return u.sys_id;
    });
    const samples = [];
    let writesPerPoll = 0;
    for (let i = 0; i < 5; i++) {
      await run(page, PERIOD[impl] - 1000);
      server.directory.setAgo(changed, i % 2 === 0 ? 45000 : 5000);
      const writesBefore = await writes();
      const before = await taskMs();
      for (let t = 0; (await writes()) < writesBefore + changed.length; t += 250) {
        if (t > 2 * PERIOD[impl]) {
          throw new Error('the changed dots were not written');
        }
        await page.context().clock.runFor(250);
        await sleep(100);
      }
      samples.push((await taskMs()) - before);
      await sleep(300);
      writesPerPoll = (await writes()) - writesBefore;
    }
    samples.sort(function (x, y) {
      return x - y;
    });
    return { taskMs: samples[2], writes: writesPerPoll };
  });
}

async function mountCycles(browser, impl) {
  return withBench(browser, 40, async function (server, base, context) {
    const page = await openPage(context, base, impl, 0, 1);
    await pause(page);
    const cdp = await context.newCDPSession(page);
    const state = async function () {
      await sleep(500);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      let listeners = 0;
      for (const target of ['window', 'document']) {
        const object = await cdp.send('Runtime.evaluate', { expression: target });
        listeners += (await cdp.send('DOMDebugger.getEventListeners', { objectId: object.result.objectId })).listeners
          .length;
      }
      const intervals = await page.evaluate(function () {
        return window.liveIntervals();
      });
      return { heap: heap, listeners: listeners, intervals: intervals };
    };
    const before = await state();
    await page.evaluate(function () {
      window.bench.mount(10000);
    });
    const after = await state();
    // A second batch shows steady-state growth, apart from one-off warm-up (compiled code, caches).
    await page.evaluate(function () {
      window.bench.mount(10000);
    });
    const again = await state();
    return {
      heapKb: (after.heap - before.heap) / 1024,
      heapAgainKb: (again.heap - after.heap) / 1024,
      listeners: again.listeners - before.listeners,
      intervals: again.intervals - before.intervals
    };
  });
}

function ratio(baseline, ours) {
  if (ours === 0) {
    return baseline === 0 ? '1.0x (both 0)' : 'baseline only (ours is 0)';
  }
  // A heap that shrank has nothing left to compare.
  if (ours < 0) {
    return 'baseline only (ours shrank)';
  }
  return (baseline / ours).toFixed(1) + 'x';
}

function round(value) {
  return Math.abs(value) >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

async function main() {
  const executablePath = findOrInstallChromium();
  const browser = await chromium.launch({ executablePath: executablePath, args: CHROMIUM_FLAGS });
  const results = {};
  // `npm run bench -- poll-cost` (or first-dot, parse-cost, vendor-calls): that measure alone.
  const alone = {
    'poll-cost': function () {
      return pollCost(browser).then(printPollCost);
    },
    'first-dot': function () {
      return firstDot(browser).then(printFirstDot);
    },
    'parse-cost': function () {
      return parseCost(browser).then(printParseCost);
    },
    'vendor-calls': function () {
      return vendorCalls(browser).then(printVendorCalls);
    }
  };
  if (alone[process.argv[2]]) {
    try {
      await alone[process.argv[2]]();
    } finally {
      await browser.close();
    }
    return;
  }
  try {
    for (const impl of IMPLS) {
      process.stdout.write('measuring ' + LABEL[impl] + '...\n');
      results[impl] = {
        rpm: await requestsPerMinute(browser, impl),
        idle: await idlePoll(browser, impl),
        large: await largePoll(browser, impl),
        mount: await mountCycles(browser, impl)
      };
    }
    process.stdout.write('measuring sp-presence with the availability source...\n');
    results.availability = await withAvailability(browser);
    process.stdout.write('measuring sp-presence with office days...\n');
    results.office = await withOfficeDays(browser);
    process.stdout.write('measuring the cost of one poll (Chrome trace, real timers)...\n');
    results.pollCost = await pollCost(browser);
    process.stdout.write('measuring the first correct dot after boot...\n');
    results.firstDot = await firstDot(browser);
    process.stdout.write('measuring the reading of large answers...\n');
    results.parseCost = await parseCost(browser);
    process.stdout.write('measuring vendor calls through the instance (3 min)...\n');
    results.vendorCalls = await vendorCalls(browser);
  } finally {
    await browser.close();
  }
  const a = results.article;
  const s = results.sp;
  const rows = [
    ['requests per minute, 3 tabs x 5 widgets x 40 dots', a.rpm, s.rpm],
    ['digests in a poll cycle where nothing changed', a.idle.digests, s.idle.digests],
    ['DOM writes in a poll cycle where nothing changed', a.idle.writes, s.idle.writes],
    ['main-thread ms for one poll, 2000 dots, 1% change (median of 5)', a.large.taskMs, s.large.taskMs],
    ['DOM writes in that poll (20 dots changed)', a.large.writes, s.large.writes],
    ['heap growth (KB), first 10 000 mount/unmount cycles', a.mount.heapKb, s.mount.heapKb],
    ['heap growth (KB), next 10 000 cycles (steady state)', a.mount.heapAgainKb, s.mount.heapAgainKb],
    ['intervals left running after the 20 000 cycles', a.mount.intervals, s.mount.intervals],
    ['window/document listeners left after them', a.mount.listeners, s.mount.listeners]
  ];
  const header = ['measure', LABEL.article + ' (baseline)', LABEL.sp, 'baseline / sp-presence'];
  const table = [header].concat(
    rows.map(function (r) {
      return [r[0], round(r[1]), round(r[2]), ratio(r[1], r[2])];
    })
  );
  printTable(table);
  console.log(
    '\nidle poll cycle: the article made ' +
      a.idle.requests +
      ' requests (one per widget), sp-presence ' +
      s.idle.requests +
      '.'
  );
  const av = results.availability;
  console.log(
    'availability source (30 s), 3 tabs x 5 widgets x 40 dots, 2 min: ' +
      av.availability +
      ' availability requests where one per interval per browser is ' +
      av.ideal +
      ' (' +
      ratio(av.ideal, av.availability) +
      '); activity requests beside them: ' +
      round(av.activity) +
      ' per minute (' +
      s.rpm +
      ' without).'
  );
  const of = results.office;
  console.log(
    'office days (WSD), 3 tabs x 5 widgets x 40 dots: ' +
      of.first +
      ' request on first need, then ' +
      of.later +
      ' in 2 hours where at most one per 30 min per browser is ' +
      of.limit +
      ' (' +
      ratio(of.limit, of.later) +
      ').'
  );
  printPollCost(results.pollCost);
  printFirstDot(results.firstDot);
  printParseCost(results.parseCost);
  printVendorCalls(results.vendorCalls);
}

main().catch(function (e) {
  console.error(e.stack || e);
  process.exit(1);
});
