// What reading one large presence answer holds the page's main thread for: the body as text,
// JSON.parse, and one lookup per entry (what protocol.ts does with an answer), at growing sizes,
// in headless Chromium. Gives the cost per MB, and the answer size whose reading would take the
// stated budget: protocol.ts's MAX_ANSWER_CHARS rests on it.
const { createBenchServer } = require('./server');
const { median } = require('./median');
const fs = require('fs');
const path = require('path');

/** The limit as protocol.ts sets it, read from the source so the bench reports what ships. */
const MAX_ANSWER_MB = Number(
  /MAX_ANSWER_CHARS = (\d+) \* 1024 \* 1024/.exec(
    fs.readFileSync(path.join(__dirname, '..', 'src', 'core', 'protocol.ts'), 'utf8')
  )[1]
);

const SIZES = [50000, 100000, 200000, 400000];
const REPETITIONS = 5;
/** The longest one answer may hold the main thread. */
const BUDGET_MS = 500;

/** In the page: one poll's answer read the way the engine reads it; times in ms, size in characters. */
function readOnce(watchedCount) {
  return fetch('/api/now/ui/presence?sysparm_auto_request=true&cd=' + Date.now(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-UserToken': window.g_ck },
    body: '{}'
  }).then(function (response) {
    const t0 = performance.now();
    return response.text().then(function (body) {
      const t1 = performance.now();
      const entries = JSON.parse(body).result.presenceArray;
      const t2 = performance.now();
      const watched = new Set(window.BENCH_USERS.slice(0, watchedCount));
      const lastOn = new Map();
      for (let i = 0; i < entries.length; i++) {
        if (watched.has(entries[i].user)) {
          lastOn.set(entries[i].user, Number(entries[i].last_on));
        }
      }
      const t3 = performance.now();
      return { chars: body.length, textMs: t1 - t0, parseMs: t2 - t1, walkMs: t3 - t2 };
    });
  });
}

async function parseCost(browser) {
  const rows = [];
  for (const entries of SIZES) {
    const server = createBenchServer(entries);
    const base = await server.listen();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(base + '/bench/page.html?impl=writer');
      const samples = [];
      for (let r = 0; r < REPETITIONS; r++) {
        samples.push(await page.evaluate(readOnce, 2000));
      }
      const mb = samples[0].chars / 1048576;
      const totalMs = median(
        samples.map(function (s) {
          return s.textMs + s.parseMs + s.walkMs;
        })
      );
      rows.push({
        entries: entries,
        mb: mb,
        textMs: median(
          samples.map(function (s) {
            return s.textMs;
          })
        ),
        parseMs: median(
          samples.map(function (s) {
            return s.parseMs;
          })
        ),
        walkMs: median(
          samples.map(function (s) {
            return s.walkMs;
          })
        ),
        totalMs: totalMs,
        msPerMb: totalMs / mb
      });
    } finally {
      await context.close();
      await server.close();
    }
  }
  return rows;
}

function printParseCost(rows) {
  console.log(
    '\nreading one presence answer (median of ' +
      REPETITIONS +
      '; text, JSON.parse, one lookup per entry for 2 000 watched users):'
  );
  rows.forEach(function (r) {
    console.log(
      '  ' +
        r.entries +
        ' entries, ' +
        r.mb.toFixed(1) +
        ' MB: ' +
        r.totalMs.toFixed(0) +
        ' ms (text ' +
        r.textMs.toFixed(0) +
        ', parse ' +
        r.parseMs.toFixed(0) +
        ', lookups ' +
        r.walkMs.toFixed(0) +
        '), ' +
        r.msPerMb.toFixed(1) +
        ' ms per MB'
    );
  });
  const worst = Math.max.apply(
    null,
    rows.map(function (r) {
      return r.msPerMb;
    })
  );
  console.log(
    '  at the worst ' +
      worst.toFixed(1) +
      ' ms per MB, a ' +
      BUDGET_MS +
      ' ms budget holds ' +
      (BUDGET_MS / worst).toFixed(0) +
      ' MB; the limit in protocol.ts is ' +
      MAX_ANSWER_MB +
      ' MB'
  );
}

module.exports = { parseCost, printParseCost };
