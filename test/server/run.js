// Runs the server-script specs (test/server/**/*.spec.js) under Mozilla Rhino, one process per
// spec file. A spec names the files it needs, in order, in a first-line comment:
//   // load: server-sim/sim.js, server/availability/snapshot-store.js
// and, on its second line, what must run beside it, if anything:
//   // with: fake-vendors      (test/server/fake-vendors.js; started once, for all such specs)
// Rhino runs as a child process while this one keeps serving the fakes, so specs reach them
// over real HTTP. Counts go to .test-results/rhino.json for the total.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { findOrInstallRhino } = require('../../scripts/rhino');
const { startFakeVendorsForRhino } = require('./fake-vendors');

const root = path.join(__dirname, '..', '..');

function specFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce(function (found, entry) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        return found.concat(specFiles(file));
      }
      return entry.name.endsWith('.spec.js') ? found.concat([file]) : found;
    }, [])
    .sort();
}

/** The comma-separated list after `// <key>:` on line `index` of the spec, or []. */
function header(spec, index, key) {
  const line = fs.readFileSync(spec, 'utf8').split('\n')[index] || '';
  const match = new RegExp('^//\\s*' + key + ':\\s*(.*)$').exec(line);
  return match
    ? match[1]
        .split(',')
        .map(function (s) {
          return s.trim();
        })
        .filter(Boolean)
    : [];
}

function runRhino(rhino, args, env) {
  return new Promise(function (resolve) {
    const child = spawn(rhino, args, { cwd: root, env: env });
    let out = '';
    child.stdout.on('data', function (d) {
      out += d;
    });
    child.stderr.on('data', function (d) {
      out += d;
    });
    child.on('close', function (status) {
      resolve({ out: out, status: status });
    });
  });
}

async function main() {
  const rhino = findOrInstallRhino();
  const only = process.argv[2];
  let passed = 0;
  let failed = 0;
  let fakes;
  const specs = specFiles(__dirname).filter(function (spec) {
    return !only || spec.indexOf(only) >= 0;
  });
  for (const spec of specs) {
    const env = Object.assign({}, process.env, { SP_ROOT: root });
    if (header(spec, 1, 'with').indexOf('fake-vendors') >= 0) {
      fakes = fakes || (await startFakeVendorsForRhino());
      env.SP_FAKE_VENDORS = fakes.env;
    }
    const files = [path.join(__dirname, 'rhino', 'spec-lib.js')]
      .concat(
        header(spec, 0, 'load').map(function (f) {
          return path.join(root, f);
        })
      )
      .concat([spec, path.join(__dirname, 'rhino', 'finish.js')]);
    const args = ['-version', '180'];
    files.forEach(function (f) {
      args.push('-f', f);
    });
    console.log(path.relative(root, spec));
    const run = await runRhino(rhino, args, env);
    const result = /@@SPEC-RESULT (\{.*\})/.exec(run.out);
    process.stdout.write(run.out.replace(/@@SPEC-RESULT .*\n?/, ''));
    if (result) {
      const counts = JSON.parse(result[1]);
      passed += counts.passed;
      failed += counts.failed;
    } else {
      console.log('  \u2716 did not finish (exit ' + run.status + ')');
      failed++;
    }
  }
  if (fakes) {
    await fakes.close();
  }
  console.log(passed + ' passed, ' + failed + ' failed (Rhino)');
  fs.mkdirSync(path.join(root, '.test-results'), { recursive: true });
  fs.writeFileSync(
    path.join(root, '.test-results', 'rhino.json'),
    JSON.stringify({ suite: 'server scripts under Rhino', passed: passed, failed: failed, skipped: 0 })
  );
  process.exit(failed === 0 ? 0 : 1);
}

main().catch(function (e) {
  console.error(e.stack || e);
  process.exit(1);
});
