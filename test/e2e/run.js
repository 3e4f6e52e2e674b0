// Runs the end-to-end tests with node's test runner: spec output on the console, counts for
// the total in .test-results/e2e.json.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');
const files = fs
  .readdirSync(__dirname)
  .filter(function (f) {
    return f.endsWith('.test.js');
  })
  .map(function (f) {
    return path.join(__dirname, f);
  });
fs.mkdirSync(path.join(root, '.test-results'), { recursive: true });
const child = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=' + path.join(__dirname, 'counts-reporter.mjs'),
    '--test-reporter-destination=' + path.join(root, '.test-results', 'e2e.json')
  ].concat(files),
  { cwd: root, stdio: 'inherit' }
);
process.exit(child.status === null ? 1 : child.status);
