// npm test: every suite, in order, then one total line `N passed, N failed`.
// Type check and build come first so the suites test exactly what ships in dist/.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { findOrInstallChromium } = require('./chromium');

const root = path.join(__dirname, '..');
const results = path.join(root, '.test-results');

process.env.CHROME_BIN = findOrInstallChromium();
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

/** sha256 of every file under `dir`, by relative path. */
function digestTree(dir) {
  const digests = {};
  (function walk(current) {
    fs.readdirSync(current, { withFileTypes: true }).forEach(function (entry) {
      const file = path.join(current, entry.name);
      if (entry.isDirectory()) {
        walk(file);
      } else {
        digests[path.relative(dir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      }
    });
  })(dir);
  return digests;
}

function run(label, command, args, env) {
  console.log('\n=== ' + label);
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: Object.assign({}, process.env, env) });
  return child.status === 0;
}

// Steps that are not test suites count as one check each, so a broken build cannot pass silently.
const checks = [];
function check(name, ok) {
  checks.push({ suite: name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

const node = process.execPath;
const bin = function (pkg, file) {
  return path.join(root, 'node_modules', pkg, file);
};

check('type check', run('type check (tsc --noEmit)', node, [bin('typescript', 'bin/tsc'), '--noEmit', '-p', '.']));
check(
  'lint',
  run('lint (ESLint over the whole tree, ServiceNow rules on the Rhino scripts)', node, [
    path.join(__dirname, 'lint.js')
  ])
);
check(
  'format',
  run('format (Prettier over the whole tree, .prettierrc.json; npm run format fixes)', node, [
    bin('prettier', 'bin/prettier.cjs'),
    '--check',
    '--log-level',
    'warn',
    '.'
  ])
);
const built = run('build (npm run build)', node, [path.join(__dirname, 'build.js')]);
check('build', built);
if (built) {
  const first = digestTree(path.join(root, 'dist'));
  const again = run('build again: identical bytes', node, [path.join(__dirname, 'build.js')]);
  const second = digestTree(path.join(root, 'dist'));
  const changed = Object.keys(Object.assign({}, first, second)).filter(function (file) {
    return first[file] !== second[file];
  });
  if (changed.length) {
    console.log('Two builds differ in: ' + changed.join(', '));
  }
  check('two builds in a row give identical dist/', again && changed.length === 0);
}

const suites = [
  {
    label: 'server scripts under Mozilla Rhino',
    args: [path.join(root, 'test', 'server', 'run.js')],
    env: {},
    file: 'rhino.json'
  },
  { label: 'fake vendors (Node)', args: [path.join(root, 'test', 'vendors', 'run.js')], env: {}, file: 'vendors.json' },
  {
    label: 'unit + component tests, AngularJS 1.5.11',
    args: [bin('karma', 'bin/karma'), 'start', 'karma.conf.js'],
    env: { ANGULAR: '1.5' },
    file: 'karma-1.5.json'
  },
  {
    label: 'unit + component tests, AngularJS 1.8.x',
    args: [bin('karma', 'bin/karma'), 'start', 'karma.conf.js'],
    env: { ANGULAR: '1.8' },
    file: 'karma-1.8.json'
  }
];
if (built && fs.existsSync(path.join(root, 'test', 'e2e'))) {
  suites.push({
    label: 'end-to-end tests (demo page in Chromium)',
    args: [path.join(root, 'test', 'e2e', 'run.js')],
    env: {},
    file: 'e2e.json'
  });
}

suites.forEach(function (suite) {
  const ok = run(suite.label, node, suite.args, suite.env);
  const file = path.join(results, suite.file);
  if (fs.existsSync(file)) {
    const counts = JSON.parse(fs.readFileSync(file, 'utf8'));
    checks.push(counts);
    if (!ok && counts.failed === 0) {
      check(suite.label + ' (runner exit)', false);
    }
  } else {
    check(suite.label + ' (did not report: crashed or failed to start)', false);
  }
});

console.log('\n=== summary');
let passed = 0;
let failed = 0;
checks.forEach(function (c) {
  passed += c.passed;
  failed += c.failed;
  console.log(
    '  ' +
      c.suite +
      ': ' +
      c.passed +
      ' passed, ' +
      c.failed +
      ' failed' +
      (c.skipped ? ', ' + c.skipped + ' skipped' : '')
  );
});
fs.writeFileSync(path.join(results, 'total.json'), JSON.stringify({ passed: passed, failed: failed }));
console.log(passed + ' passed, ' + failed + ' failed');
process.exit(failed === 0 && passed > 0 ? 0 : 1);
