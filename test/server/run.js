// Runs the server-script specs (test/server/**/*.spec.js) under Mozilla Rhino, one process per
// spec file. A spec names the files it needs, in order, in a first-line comment:
//   // load: test/server/glide/glide.js, server/availability/snapshot-store.js
// Counts go to .test-results/rhino.json for the total.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { findOrInstallRhino } = require('../../scripts/rhino');

const root = path.join(__dirname, '..', '..');

function specFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce(function (found, entry) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return found.concat(specFiles(file));
    }
    return entry.name.endsWith('.spec.js') ? found.concat([file]) : found;
  }, []).sort();
}

function loadsOf(spec) {
  const first = fs.readFileSync(spec, 'utf8').split('\n')[0];
  const match = /^\/\/\s*load:\s*(.*)$/.exec(first);
  return match ? match[1].split(',').map(function (s) { return s.trim(); }).filter(Boolean) : [];
}

const rhino = findOrInstallRhino();
const only = process.argv[2];
let passed = 0;
let failed = 0;
specFiles(__dirname).filter(function (spec) { return !only || spec.indexOf(only) >= 0; }).forEach(function (spec) {
  const files = [path.join(__dirname, 'rhino', 'spec-lib.js')]
    .concat(loadsOf(spec).map(function (f) { return path.join(root, f); }))
    .concat([spec, path.join(__dirname, 'rhino', 'finish.js')]);
  const args = ['-version', '180'];
  files.forEach(function (f) { args.push('-f', f); });
  console.log(path.relative(root, spec));
  const run = spawnSync(rhino, args, { cwd: root, encoding: 'utf8', env: Object.assign({}, process.env, { SP_ROOT: root }) });
  const out = (run.stdout || '') + (run.stderr || '');
  const result = /@@SPEC-RESULT (\{.*\})/.exec(out);
  process.stdout.write(out.replace(/@@SPEC-RESULT .*\n?/, ''));
  if (result) {
    const counts = JSON.parse(result[1]);
    passed += counts.passed;
    failed += counts.failed;
  } else {
    console.log('  \u2716 did not finish (exit ' + run.status + ')');
    failed++;
  }
});
console.log(passed + ' passed, ' + failed + ' failed (Rhino)');
fs.mkdirSync(path.join(root, '.test-results'), { recursive: true });
fs.writeFileSync(path.join(root, '.test-results', 'rhino.json'), JSON.stringify({ suite: 'server scripts under Rhino', passed: passed, failed: failed, skipped: 0 }));
process.exit(failed === 0 ? 0 : 1);
