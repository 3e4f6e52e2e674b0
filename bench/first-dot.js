// The first correct dot after boot: ms from the dots' mounting (and from navigation) until the
// first dot shows someone online, and the presence requests made by then. Cold: nothing stored. Warm: a fresh shared answer (as
// another tab's client leaves it) and the server clock an earlier sp-presence page measured.
// Real timers; median of interleaved repetitions, each in a fresh browser context.
// FIRST_DOT_AGAINST=<git revision>: that revision's providers load in turn with this build's
// (a change is judged within one run: the medians of separate runs move by a fifth here).
const { execFileSync } = require('child_process');
const path = require('path');
const { createBenchServer } = require('./server');
const { median } = require('./median');

const REPETITIONS = 15;
/** What the page logs when its first dot shows someone online (bench/public/page.js). */
const FIRST_DOT_LINE = 'bench: first dot';
const DOTS = 2000;
const ENTRIES = 2300;
const CASES = [
  { name: 'minimal page, cold', impl: 'minimal' },
  {
    name: "AngularJS page, a plain element where each dot goes, the minimal page's poll",
    impl: 'plain',
    angularBaseline: true
  },
  { name: 'sp-presence, cold', impl: 'sp' },
  { name: 'sp-presence, warm (fresh shared answer and clock stored)', impl: 'sp', warm: true }
];
const AGAINST = process.env.FIRST_DOT_AGAINST;
const AGAINST_PROVIDERS = AGAINST ? providersAt(AGAINST) : undefined;
if (AGAINST) {
  CASES.push({ name: 'sp-presence at ' + AGAINST + ', cold', impl: 'sp', against: true });
}

/** The provider scripts a revision shipped (dist/ is committed). */
function providersAt(revision) {
  const files = {};
  ['spUserPresence.js', 'spPresenceDot.js', 'spPresenceWorkplace.js'].forEach(function (name) {
    files[name] = execFileSync('git', ['show', revision + ':dist/providers/' + name], {
      cwd: path.join(__dirname, '..'),
      maxBuffer: 16 * 1024 * 1024
    });
  });
  return files;
}

async function bootOnce(browser, c) {
  const server = createBenchServer(ENTRIES, { against: AGAINST_PROVIDERS });
  const base = await server.listen();
  const context = await browser.newContext();
  try {
    if (c.warm) {
      const writer = await context.newPage();
      await writer.goto(base + '/bench/page.html?impl=writer');
      await writer.evaluate(function () {
        window.bench.prepare(0, 0);
        window.bench.share();
        localStorage.setItem('sp-presence:clock', JSON.stringify({ skewMs: 0, at: Date.now() }));
      });
    }
    const page = await context.newPage();
    const shown = page.waitForEvent('console', {
      predicate: function (message) {
        return message.text() === FIRST_DOT_LINE;
      },
      timeout: 30000
    });
    await page.goto(
      base +
        '/bench/page.html?impl=' +
        c.impl +
        '&widgets=1&dots=' +
        DOTS +
        (c.against ? '&providers=/against/providers/' : '')
    );
    await shown.catch(function () {
      throw new Error('first-dot: no dot online in ' + c.name);
    });
    const firstDotMs = await page.evaluate(function () {
      return window.bench.firstDotMs;
    });
    const requestsBefore = await page.evaluate(function (at) {
      return performance.getEntriesByType('resource').filter(function (r) {
        return r.name.indexOf('/api/now/ui/presence') >= 0 && r.startTime < at;
      }).length;
    }, firstDotMs);
    const mounted = await page.evaluate(function () {
      return { at: window.bench.mountedMs, took: window.bench.mountedMs - window.bench.bootMs };
    });
    return {
      firstDotMs: firstDotMs,
      afterMountMs: firstDotMs - mounted.at,
      mountMs: mounted.took,
      requests: requestsBefore
    };
  } finally {
    await context.close();
    await server.close();
  }
}

async function firstDot(browser) {
  const samples = CASES.map(function () {
    return [];
  });
  for (let r = 0; r < REPETITIONS; r++) {
    for (let i = 0; i < CASES.length; i++) {
      samples[i].push(await bootOnce(browser, CASES[i]));
    }
  }
  return CASES.map(function (c, i) {
    return {
      name: c.name,
      angularBaseline: !!c.angularBaseline,
      against: !!c.against,
      mountMs: median(
        samples[i].map(function (s) {
          return s.mountMs;
        })
      ),
      firstDotMs: median(
        samples[i].map(function (s) {
          return s.firstDotMs;
        })
      ),
      afterMountMs: median(
        samples[i].map(function (s) {
          return s.afterMountMs;
        })
      ),
      requests: Math.max.apply(
        null,
        samples[i].map(function (s) {
          return s.requests;
        })
      )
    };
  });
}

function printFirstDot(results) {
  const minimal = results[0];
  const plain = results.filter(function (r) {
    return r.angularBaseline;
  })[0];
  const against = function (value, base) {
    return (value / base).toFixed(2) + 'x';
  };
  console.log(
    '\nmounting ' + DOTS + ' dots (median of ' + REPETITIONS + '; building the list, compile and link included):'
  );
  results.forEach(function (r) {
    console.log(
      '  ' +
        r.name +
        ': ' +
        r.mountMs.toFixed(0) +
        ' ms (' +
        against(r.mountMs, plain.mountMs) +
        ' the AngularJS page with plain elements)'
    );
  });
  console.log(
    '\nfirst correct dot after boot, ' +
      DOTS +
      ' dots, answer ' +
      ENTRIES +
      ' entries (median of ' +
      REPETITIONS +
      '; the page mounts its dots, then waits for presence):'
  );
  results.forEach(function (r) {
    console.log(
      '  ' +
        r.name +
        ': ' +
        r.afterMountMs.toFixed(0) +
        ' ms after the dots mounted (' +
        against(r.afterMountMs, minimal.afterMountMs) +
        ' the minimal page, ' +
        against(r.afterMountMs, plain.afterMountMs) +
        ' the AngularJS page), ' +
        r.firstDotMs.toFixed(0) +
        ' ms after navigation (' +
        against(r.firstDotMs, minimal.firstDotMs) +
        ', ' +
        against(r.firstDotMs, plain.firstDotMs) +
        '); ' +
        r.requests +
        ' presence request(s) before it'
    );
  });
  const before = results.filter(function (r) {
    return r.against;
  })[0];
  if (before) {
    const now = results.filter(function (r) {
      return r.name === 'sp-presence, cold';
    })[0];
    console.log(
      '  this build against ' +
        AGAINST +
        ', cold, after the mount: ' +
        now.afterMountMs.toFixed(0) +
        ' ms against ' +
        before.afterMountMs.toFixed(0) +
        ' ms (' +
        against(now.afterMountMs, before.afterMountMs) +
        ')'
    );
  }
}

module.exports = { firstDot, printFirstDot };
