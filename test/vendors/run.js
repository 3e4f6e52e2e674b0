// Runs the fake-vendor tests (node:test, one process per file) and writes their counts to
// .test-results/vendors.json for npm test's total, as test/server/run.js does for Rhino.
const { run } = require('node:test');
const { spec } = require('node:test/reporters');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');
const files = fs
  .readdirSync(__dirname)
  .filter(function (f) {
    return f.endsWith('.test.js');
  })
  .sort()
  .map(function (f) {
    return path.join(__dirname, f);
  });
const counts = { suite: 'fake vendors (Node)', passed: 0, failed: 0, skipped: 0 };

const stream = run({ files: files });
// Suites report too; count tests only.
stream.on('test:pass', function (event) {
  if (event.details.type !== 'suite') {
    counts[event.skip || event.todo ? 'skipped' : 'passed']++;
  }
});
stream.on('test:fail', function (event) {
  if (event.details.type !== 'suite') {
    counts.failed++;
  }
});
stream.on('end', function () {
  console.log(counts.passed + ' passed, ' + counts.failed + ' failed (fake vendors)');
  fs.mkdirSync(path.join(root, '.test-results'), { recursive: true });
  fs.writeFileSync(path.join(root, '.test-results', 'vendors.json'), JSON.stringify(counts));
  process.exitCode = counts.failed === 0 ? 0 : 1;
});
stream.compose(spec).pipe(process.stdout);
