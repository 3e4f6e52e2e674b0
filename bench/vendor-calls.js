// Vendor calls against the ideal: the instance's one refresh per interval for everyone, over 3
// minutes of real time, with the shipped server scripts (under Rhino) calling the fake
// Microsoft Graph. Two cases at once: 2 browsers x 3 tabs watching the same 200 users, and one
// page of 2 000 users (Graph takes at most 650 ids a call: 4 calls a refresh). Reports presence
// calls per refresh against the ideal, refreshes against one per interval, the one-time id
// mapping, and the browsers' availability requests beside them.
const { createBenchServer } = require('./server');

const SPAN_MS = 3 * 60 * 1000;
/** The instance's refresh interval (the bench server's) and the pages' availability interval. */
const INTERVAL_MS = 30000;
const GRAPH_IDS_PER_CALL = 650;
const GRAPH_IDS_PER_BATCH = 20;
/** Calls closer together than this belong to one refresh. */
const REFRESH_GAP_MS = 5000;
const CASES = [
  { name: '2 browsers x 3 tabs, 200 users', users: 200, browsers: 2, tabs: 3, widgets: 5, dots: 40 },
  { name: '1 page, 2 000 users', users: 2000, browsers: 1, tabs: 1, widgets: 1, dots: 2000 }
];

function sleep(ms) {
  return new Promise(function (resolve) {
    setTimeout(resolve, ms);
  });
}

/** Groups call times into refreshes (bursts). */
function refreshes(times) {
  const bursts = [];
  times
    .slice()
    .sort(function (a, b) {
      return a - b;
    })
    .forEach(function (t) {
      const last = bursts[bursts.length - 1];
      if (last && t - last.end < REFRESH_GAP_MS) {
        last.end = t;
        last.calls++;
      } else {
        bursts.push({ start: t, end: t, calls: 1 });
      }
    });
  return bursts;
}

async function runCase(browser, c) {
  const server = createBenchServer(c.users, { availability: true });
  const base = await server.listen();
  const contexts = [];
  try {
    const startedAt = Date.now();
    for (let b = 0; b < c.browsers; b++) {
      const context = await browser.newContext();
      contexts.push(context);
      for (let t = 0; t < c.tabs; t++) {
        const page = await context.newPage();
        await page.goto(
          base + '/bench/page.html?impl=sp&widgets=' + c.widgets + '&dots=' + c.dots + '&availability=' + INTERVAL_MS
        );
      }
    }
    await sleep(SPAN_MS - (Date.now() - startedAt));
    const log = server.vendorCallLog();
    const presence = refreshes(
      log
        .filter(function (call) {
          return call.group === 'presence';
        })
        .map(function (call) {
          return call.at;
        })
    );
    const presenceCalls = presence.reduce(function (sum, r) {
      return sum + r.calls;
    }, 0);
    return {
      name: c.name,
      refreshes: presence.length,
      idealRefreshes: Math.ceil(SPAN_MS / INTERVAL_MS),
      callsPerRefresh: presence.length ? presenceCalls / presence.length : 0,
      idealCallsPerRefresh: Math.ceil(c.users / GRAPH_IDS_PER_CALL),
      mappingCalls: log.filter(function (call) {
        return call.group === 'directory';
      }).length,
      idealMappingCalls: Math.ceil(c.users / GRAPH_IDS_PER_BATCH),
      availabilityRequests: server.availabilityRequests(),
      idealAvailabilityRequests: c.browsers * Math.ceil(SPAN_MS / INTERVAL_MS)
    };
  } finally {
    for (const context of contexts) {
      await context.close();
    }
    await server.close();
  }
}

async function vendorCalls(browser) {
  return Promise.all(
    CASES.map(function (c) {
      return runCase(browser, c);
    })
  );
}

function printVendorCalls(results) {
  console.log(
    '\nvendor calls (fake Microsoft Graph through the shipped server scripts, ' +
      INTERVAL_MS / 1000 +
      ' s refresh, ' +
      SPAN_MS / 60000 +
      ' min of real time):'
  );
  results.forEach(function (r) {
    console.log(
      '  ' +
        r.name +
        ': ' +
        r.callsPerRefresh.toFixed(2) +
        ' presence calls per refresh where ' +
        r.idealCallsPerRefresh +
        ' is ideal (' +
        (r.idealCallsPerRefresh / r.callsPerRefresh).toFixed(2) +
        'x); ' +
        r.refreshes +
        ' refreshes where one per interval is ' +
        r.idealRefreshes +
        '; id mapping ' +
        r.mappingCalls +
        ' $batch calls (ideal ' +
        r.idealMappingCalls +
        ', once a day); the browsers asked the instance ' +
        r.availabilityRequests +
        ' times (one per interval per browser: ' +
        r.idealAvailabilityRequests +
        ')'
    );
  });
}

module.exports = { vendorCalls, printVendorCalls };
