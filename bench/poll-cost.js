// Main-thread cost of one poll, from a Chrome trace (CDP Tracing), with real timers: sp-presence
// against a hand-written minimal page (bench/public/minimal.js: fetch, JSON.parse, one lookup per
// entry, classify, write what changed) and, for 2 000 dots, the article's approach. Each page
// polls every 5 s against its own simulated instance; the runner changes 1 % of the watched
// users before the poll it measures; repetitions alternate between the pages (interleaved), and
// while one page is measured the others are frozen. CPU is the main thread's own time (thread
// time, not wall time); the ratio is the median over repetitions of sp against the minimal page
// measured next to it.
// The `feed` cases measure taking an answer the page did not ask for: the platform's client
// emitting `sn.presence` in the page, or another tab writing the shared answer.
const { createBenchServer } = require('./server');
const { median } = require('./median');
const { printTable } = require('./table');

const INTERVAL_MS = 5000;
const REPETITIONS = 7;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata'];
/** Script run by the page (handlers, timers, microtasks): apart from the browser's own work of delivering an answer. */
const SCRIPT = new Set([
  'FunctionCall',
  'EvaluateScript',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'v8.callFunction'
]);
const RENDERING = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayerTree',
  'CompositeLayers',
  'Commit',
  'HitTest'
]);

const CASES = [
  { name: '200 dots, answer 230 entries, 1 % change', dots: 200, entries: 230, change: 0.01 },
  { name: '2 000 dots, answer 2 300 entries, 1 % change', dots: 2000, entries: 2300, change: 0.01, article: true },
  { name: '10 000 dots, answer 10 300 entries, 1 % change', dots: 10000, entries: 10300, change: 0.01 },
  { name: '2 000 dots, answer 10 000 entries, 1 % change', dots: 2000, entries: 10000, change: 0.01 },
  { name: '2 000 dots, answer 100 000 entries, 1 % change', dots: 2000, entries: 100000, change: 0.01 },
  { name: '2 000 dots, answer 2 300 entries, nothing changed', dots: 2000, entries: 2300, change: 0 },
  {
    name: '2 000 dots, 10 000 entries from sn.presence, 1 % change',
    dots: 2000,
    entries: 10000,
    change: 0.01,
    feed: 'platform'
  },
  {
    name: '2 000 dots, 10 000 entries from the shared cache, 1 % change',
    dots: 2000,
    entries: 10000,
    change: 0.01,
    feed: 'shared'
  }
];
/** Marks, in the measured page's main thread, where a fed answer's trace window starts. */
const FEED_MARK = 'bench-feed';
const FEED_WINDOW_US = 1500000;

function sleep(ms) {
  return new Promise(function (resolve) {
    setTimeout(resolve, ms);
  });
}

async function waitFor(check, what, timeoutMs) {
  const deadline = Date.now() + (timeoutMs || 60000);
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error('poll-cost: no ' + what);
    }
    await sleep(20);
  }
}

/** The events of `list` that no other event of `list` encloses: nested events are counted once, in their parent. */
function outermost(list) {
  return list.filter(function (e) {
    return !list.some(function (o) {
      return o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && (o.ts < e.ts || o.dur > e.dur);
    });
  });
}

/** CPU time (µs) of `list`: each event's thread time (`tdur`), not its wall time, so a task the 2 cores' other work preempted costs what it ran. */
function threadTime(list) {
  let total = 0;
  outermost(list).forEach(function (e) {
    if (e.tdur === undefined) {
      throw new Error('poll-cost: the trace has no thread time for ' + e.name + '; this Chromium does not record it');
    }
    total += e.tdur;
  });
  return total;
}

/** Main-thread CPU between `from` and `to` (µs), with rendering counted apart. */
function threadCost(events, pid, tid, from, to) {
  const onMain = events.filter(function (e) {
    return e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts + (e.dur || 0) >= from && e.ts <= to;
  });
  const tasks = onMain.filter(function (e) {
    return e.name === 'RunTask';
  });
  const inTasks = function (e) {
    return tasks.some(function (t) {
      return e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur;
    });
  };
  const drawing = onMain.filter(function (e) {
    return RENDERING.has(e.name);
  });
  // Only the rendering that ran inside the counted tasks comes off their time (frames are also drawn in tasks of their own).
  const cpu = threadTime(tasks) - threadTime(drawing.filter(inTasks));
  const script = onMain.filter(function (e) {
    return SCRIPT.has(e.name);
  });
  return { cpuMs: cpu / 1000, renderMs: threadTime(drawing) / 1000, scriptMs: threadTime(script) / 1000 };
}

function presenceSends(events, base) {
  return events
    .filter(function (e) {
      return (
        e.name === 'ResourceSendRequest' &&
        e.args.data &&
        String(e.args.data.url).indexOf(base + '/api/now/ui/presence') === 0
      );
    })
    .sort(function (a, b) {
      return a.ts - b.ts;
    });
}

/** The main thread of the renderer that sent the presence request to `base`, and its task times around that request. */
function readPollTrace(events, base) {
  const sends = presenceSends(events, base);
  const send = sends[0];
  if (!send) {
    throw new Error('poll-cost: no presence request in the trace');
  }
  const pid = send.pid;
  const main = events.find(function (e) {
    return e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain';
  });
  const finish = events.filter(function (e) {
    return e.name === 'ResourceFinish' && e.args.data && e.args.data.requestId === send.args.data.requestId;
  })[0];
  // From just before the request to well after its answer (and before any next poll): the poll's own tasks.
  const from = send.ts - 20000;
  const to = Math.min((finish ? finish.ts : send.ts) + 1000000, sends[1] ? sends[1].ts - 20000 : Infinity);
  const cost = threadCost(events, pid, main ? main.tid : send.tid, from, to);
  cost.bytes = finish ? finish.args.data.encodedDataLength : undefined;
  cost.requests = 1;
  return cost;
}

/** The measured page's main thread from its mark on, for a fed answer; any presence request it sent meanwhile is counted. */
function readFeedTrace(events, base) {
  const mark = events.find(function (e) {
    return e.name === 'TimeStamp' && e.args.data && e.args.data.message === FEED_MARK;
  });
  if (!mark) {
    throw new Error('poll-cost: no feed mark in the trace');
  }
  const cost = threadCost(events, mark.pid, mark.tid, mark.ts, mark.ts + FEED_WINDOW_US);
  cost.bytes = 0;
  cost.requests = presenceSends(events, base).filter(function (e) {
    return e.pid === mark.pid && e.ts >= mark.ts && e.ts <= mark.ts + FEED_WINDOW_US;
  }).length;
  return cost;
}

async function openBenchPage(context, base, query, what) {
  const page = await context.newPage();
  await page.goto(base + '/bench/page.html?' + query);
  await waitFor(function () {
    return page.evaluate(function () {
      return window.bench && window.bench.ready;
    });
  }, 'page ' + what);
  return page;
}

/** A page that polls every INTERVAL_MS or, for a fed case, polls once and then takes answers from `feed`. */
async function openMeasured(browser, server, base, impl, c) {
  const context = await browser.newContext();
  const page = await openBenchPage(
    context,
    base,
    'impl=' + impl + '&widgets=1&dots=' + c.dots + (c.feed ? '&feed=' + c.feed : '&interval=' + INTERVAL_MS),
    impl
  );
  // The first answer in and applied (a fed page's only poll may precede `ready`); a polling page's next poll on its regular schedule.
  const first = c.feed ? 0 : server.requests();
  await waitFor(
    function () {
      return server.requests() > first + (c.feed ? 0 : 1);
    },
    'polls of ' + impl,
    30000
  );
  await sleep(500);
  const writer = c.feed === 'shared' ? await openBenchPage(context, base, 'impl=writer', 'writer') : page;
  const cdp = await context.newCDPSession(page);
  return { impl: impl, page: page, writer: writer, context: context, server: server, base: base, cdp: cdp };
}

/** One answer to `p`, measured: the change is made, tracing runs until the answer has been handled. */
/** The changed users' last activity flips between 45 s ago (away) and 5 s ago (online), so every measured answer changes them. */
async function measureOne(browser, p, changed, feed) {
  const agoMs = (p.agoMs = p.agoMs === 45000 ? 5000 : 45000);
  const polls = p.server.requests();
  p.server.directory.setAgo(changed, agoMs);
  const writes = function () {
    return p.page.evaluate(function () {
      return window.bench.mutations;
    });
  };
  const writesBefore = await writes();
  if (feed) {
    await p.writer.evaluate(
      function (args) {
        window.bench.prepare(args[0], args[1]);
      },
      [changed.length, agoMs]
    );
  }
  // From a collected heap: a collection that earlier answers owe would otherwise land at random in one sample.
  await p.cdp.send('HeapProfiler.collectGarbage');
  await browser.startTracing(undefined, { categories: CATEGORIES });
  if (!feed && p.server.requests() !== polls) {
    // A poll slipped in before the trace began and took the change: change back, measure the next.
    await browser.stopTracing();
    return measureOne(browser, p, changed, feed);
  }
  if (feed) {
    await p.page.evaluate(function (mark) {
      console.timeStamp(mark);
    }, FEED_MARK);
    // In a task of its own, as the platform's client emits from a timeout (and so that it is traced as script).
    await p.writer.evaluate(function (shared) {
      setTimeout(shared ? window.bench.share : window.bench.emit, 0);
    }, feed === 'shared');
  } else {
    // The first poll since the change, which started after tracing did: wholly in the trace.
    await waitFor(
      function () {
        return p.server.requests() > polls;
      },
      'measured poll',
      3 * INTERVAL_MS
    );
  }
  if (changed.length) {
    await waitFor(
      async function () {
        return (await writes()) >= writesBefore + changed.length;
      },
      'dots written by ' + p.impl,
      3 * INTERVAL_MS
    );
  }
  await sleep(1200);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const events = trace.traceEvents || trace;
  const read = feed ? readFeedTrace(events, p.base) : readPollTrace(events, p.base);
  read.writes = (await writes()) - writesBefore;
  return read;
}

async function pollCost(browser) {
  const results = [];
  // POLL_CASE=10 000 (say): only the cases whose name contains it.
  const only = process.env.POLL_CASE;
  for (const c of CASES.filter(function (k) {
    return !only || k.name.indexOf(only) >= 0;
  })) {
    process.stdout.write('  poll cost: ' + c.name + '...\n');
    const impls = ['minimal', 'sp'].concat(c.article ? ['article'] : []);
    const pages = [];
    try {
      for (const impl of impls) {
        const server = createBenchServer(c.entries);
        const base = await server.listen();
        pages.push(await openMeasured(browser, server, base, impl, c));
      }
      const changed = pages[0].server.directory.users.slice(0, Math.round(c.dots * c.change)).map(function (u) {
        return u.sys_id;
      });
      const samples = {};
      impls.forEach(function (impl) {
        samples[impl] = [];
      });
      for (let r = 0; r < REPETITIONS; r++) {
        for (const p of pages) {
          // The other pages are frozen meanwhile, so their polls never share the 2 cores with the measured one.
          await Promise.all(
            pages.map(function (other) {
              return other.cdp.send('Page.setWebLifecycleState', { state: other === p ? 'active' : 'frozen' });
            })
          );
          await sleep(Math.random() * 500);
          samples[p.impl].push(await measureOne(browser, p, changed, c.feed));
        }
      }
      const row = { name: c.name, entries: c.entries, feed: c.feed };
      impls.forEach(function (impl) {
        const s = samples[impl];
        row[impl] = {
          cpuMs: median(
            s.map(function (x) {
              return x.cpuMs;
            })
          ),
          renderMs: median(
            s.map(function (x) {
              return x.renderMs;
            })
          ),
          scriptMs: median(
            s.map(function (x) {
              return x.scriptMs;
            })
          ),
          bytes: median(
            s.map(function (x) {
              return x.bytes || 0;
            })
          ),
          writes: median(
            s.map(function (x) {
              return x.writes;
            })
          ),
          requests: Math.max.apply(
            null,
            s.map(function (x) {
              return x.requests;
            })
          )
        };
      });
      // Each sp sample against the minimal sample of its own repetition: drift between repetitions cancels.
      row.pairs = samples.sp.map(function (x, r) {
        return x.cpuMs / samples.minimal[r].cpuMs;
      });
      results.push(row);
    } finally {
      for (const p of pages) {
        await p.context.close();
        await p.server.close();
      }
    }
  }
  return results;
}

function printPollCost(results) {
  const header = [
    'one poll (median of ' + REPETITIONS + ', main-thread CPU without rendering)',
    'minimal page',
    'sp-presence',
    'sp / minimal (median of pairs; range)',
    'sp µs per entry',
    'script (fed answers) sp / minimal',
    'sp script µs per entry',
    'article',
    'rendering sp / minimal',
    'DOM writes sp / minimal',
    'sp requests',
    'bytes'
  ];
  const rows = results.map(function (r) {
    return [
      r.name,
      r.minimal.cpuMs.toFixed(1) + ' ms',
      r.sp.cpuMs.toFixed(1) + ' ms',
      median(r.pairs).toFixed(2) +
        'x; ' +
        Math.min.apply(null, r.pairs).toFixed(2) +
        '-' +
        Math.max.apply(null, r.pairs).toFixed(2),
      ((r.sp.cpuMs * 1000) / r.entries).toFixed(2),
      // Script events cover event handlers and timers, not a fetch's promise callbacks: told for fed answers only.
      r.feed ? r.sp.scriptMs.toFixed(1) + ' / ' + r.minimal.scriptMs.toFixed(1) + ' ms' : '-',
      r.feed ? ((r.sp.scriptMs * 1000) / r.entries).toFixed(2) : '-',
      r.article ? r.article.cpuMs.toFixed(1) + ' ms' : '-',
      r.sp.renderMs.toFixed(1) + ' / ' + r.minimal.renderMs.toFixed(1) + ' ms',
      r.sp.writes + ' / ' + r.minimal.writes,
      String(r.sp.requests),
      String(r.sp.bytes)
    ];
  });
  const table = [header].concat(rows);
  printTable(table);
}

module.exports = { pollCost, printPollCost };
