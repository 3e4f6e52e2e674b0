// Main-thread cost of one poll, from a Chrome trace (CDP Tracing), with real timers: sp-presence
// against a hand-written minimal page (bench/public/minimal.js: fetch, JSON.parse, one lookup per
// entry, classify, write what changed) and, for 2 000 dots, the article's approach. Each page
// polls every 5 s against its own simulated instance; the runner changes 1 % of the watched
// users before the poll it measures; repetitions alternate between the pages (interleaved).
const { createBenchServer } = require('./server');
const { printTable } = require('./table');

const INTERVAL_MS = 5000;
const REPETITIONS = 7;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata'];
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'HitTest']);

const CASES = [
  { name: '200 dots, answer 230 entries, 1 % change', dots: 200, entries: 230, change: 0.01 },
  { name: '2 000 dots, answer 2 300 entries, 1 % change', dots: 2000, entries: 2300, change: 0.01, article: true },
  { name: '10 000 dots, answer 10 300 entries, 1 % change', dots: 10000, entries: 10300, change: 0.01 },
  { name: '2 000 dots, answer 10 000 entries, 1 % change', dots: 2000, entries: 10000, change: 0.01 },
  { name: '2 000 dots, answer 100 000 entries, 1 % change', dots: 2000, entries: 100000, change: 0.01 },
  { name: '2 000 dots, answer 2 300 entries, nothing changed', dots: 2000, entries: 2300, change: 0 }
];

function sleep(ms) {
  return new Promise(function (resolve) { setTimeout(resolve, ms); });
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

function median(values) {
  const sorted = values.slice().sort(function (a, b) { return a - b; });
  return sorted[Math.floor(sorted.length / 2)];
}

/** The main thread of the renderer that sent the presence request to `base`, and its task times around that request. */
function readTrace(events, base) {
  const sends = events.filter(function (e) {
    return e.name === 'ResourceSendRequest' && e.args.data && String(e.args.data.url).indexOf(base + '/api/now/ui/presence') === 0;
  }).sort(function (a, b) { return a.ts - b.ts; });
  const send = sends[0];
  if (!send) {
    throw new Error('poll-cost: no presence request in the trace');
  }
  const pid = send.pid;
  const main = events.find(function (e) { return e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain'; });
  const tid = main ? main.tid : send.tid;
  const finish = events.filter(function (e) { return e.name === 'ResourceFinish' && e.args.data && e.args.data.requestId === send.args.data.requestId; })[0];
  // From just before the request to well after its answer (and before any next poll): the poll's own tasks.
  const from = send.ts - 20000;
  const to = Math.min((finish ? finish.ts : send.ts) + 1000000, sends[1] ? sends[1].ts - 20000 : Infinity);
  const onMain = events.filter(function (e) {
    return e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts + (e.dur || 0) >= from && e.ts <= to;
  });
  const tasks = onMain.filter(function (e) { return e.name === 'RunTask'; });
  let task = 0;
  tasks.forEach(function (e) { task += e.dur; });
  // Rendering counts apart (its events nest: their union is what it took); only what ran inside
  // the counted tasks comes off their time (frames are also drawn in tasks of their own).
  const union = function (list) {
    let total = 0;
    let end = -Infinity;
    list.slice().sort(function (a, b) { return a.ts - b.ts; }).forEach(function (e) {
      const start = Math.max(e.ts, end);
      if (e.ts + e.dur > start) {
        total += e.ts + e.dur - start;
      }
      end = Math.max(end, e.ts + e.dur);
    });
    return total;
  };
  const drawing = onMain.filter(function (e) { return RENDERING.has(e.name); });
  const rendering = union(drawing);
  task -= union(drawing.filter(function (e) {
    return tasks.some(function (t) { return e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur; });
  }));
  return { cpuMs: task / 1000, renderMs: rendering / 1000, bytes: finish ? finish.args.data.encodedDataLength : undefined };
}

async function openPolling(browser, server, base, impl, dots) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + '/bench/page.html?impl=' + impl + '&widgets=1&dots=' + dots + '&interval=' + INTERVAL_MS);
  await waitFor(function () { return page.evaluate(function () { return window.bench && window.bench.ready; }); }, 'page ' + impl);
  // The first answer in and applied, the next poll on its regular schedule.
  const first = server.requests();
  await waitFor(function () { return server.requests() > first + 1; }, 'second poll of ' + impl, 30000);
  await sleep(500);
  return { impl: impl, page: page, context: context, server: server, base: base };
}

/** One poll of `p`, measured: the change is made, tracing runs until the answer has been handled. */
async function measureOne(browser, p, changed, agoMs) {
  p.server.directory.setAgo(changed, agoMs);
  const writes = function () { return p.page.evaluate(function () { return window.bench.mutations; }); };
  const writesBefore = await writes();
  await browser.startTracing(undefined, { categories: CATEGORIES });
  // Counted once tracing runs: the poll measured is wholly in the trace.
  const before = p.server.requests();
  await waitFor(function () { return p.server.requests() > before; }, 'measured poll', 3 * INTERVAL_MS);
  if (changed.length) {
    await waitFor(async function () { return (await writes()) >= writesBefore + changed.length; }, 'dots written', 3 * INTERVAL_MS);
  }
  await sleep(1200);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const read = readTrace(trace.traceEvents || trace, p.base);
  read.writes = (await writes()) - writesBefore;
  return read;
}

async function pollCost(browser) {
  const results = [];
  // POLL_CASE=10 000 (say): only the cases whose name contains it.
  const only = process.env.POLL_CASE;
  for (const c of CASES.filter(function (k) { return !only || k.name.indexOf(only) >= 0; })) {
    process.stdout.write('  poll cost: ' + c.name + '...\n');
    const impls = ['minimal', 'sp'].concat(c.article ? ['article'] : []);
    const pages = [];
    try {
      for (const impl of impls) {
        const server = createBenchServer(c.entries);
        const base = await server.listen();
        pages.push(await openPolling(browser, server, base, impl, c.dots));
      }
      const changed = pages[0].server.directory.users.slice(0, Math.round(c.dots * c.change)).map(function (u) { return u.sys_id; });
      const samples = {};
      impls.forEach(function (impl) { samples[impl] = []; });
      for (let r = 0; r < REPETITIONS; r++) {
        for (const p of pages) {
          await sleep(Math.random() * 500);
          samples[p.impl].push(await measureOne(browser, p, changed, r % 2 === 0 ? 45000 : 5000));
        }
      }
      const row = { name: c.name, entries: c.entries };
      impls.forEach(function (impl) {
        const s = samples[impl];
        row[impl] = {
          cpuMs: median(s.map(function (x) { return x.cpuMs; })),
          renderMs: median(s.map(function (x) { return x.renderMs; })),
          bytes: median(s.map(function (x) { return x.bytes || 0; })),
          writes: median(s.map(function (x) { return x.writes; }))
        };
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
  const header = ['one poll (median of ' + REPETITIONS + ', main-thread CPU without rendering)', 'minimal page', 'sp-presence', 'sp / minimal', 'sp µs per entry', 'article', 'rendering sp / minimal', 'DOM writes sp / minimal', 'bytes'];
  const rows = results.map(function (r) {
    return [
      r.name,
      r.minimal.cpuMs.toFixed(1) + ' ms',
      r.sp.cpuMs.toFixed(1) + ' ms',
      (r.sp.cpuMs / r.minimal.cpuMs).toFixed(2) + 'x',
      (r.sp.cpuMs * 1000 / r.entries).toFixed(2),
      r.article ? r.article.cpuMs.toFixed(1) + ' ms' : '-',
      r.sp.renderMs.toFixed(1) + ' / ' + r.minimal.renderMs.toFixed(1) + ' ms',
      r.sp.writes + ' / ' + r.minimal.writes,
      String(r.sp.bytes)
    ];
  });
  const table = [header].concat(rows);
  printTable(table);
}

module.exports = { pollCost, printPollCost };
