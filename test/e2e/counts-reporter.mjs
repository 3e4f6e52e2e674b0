// node:test reporter that writes {suite, passed, failed, skipped} for scripts/test.js's total.
// Suites (describe) and file wrappers are not tests; only leaf tests count.
export default async function* counts(source) {
  const result = { suite: 'end-to-end (demo page, Chromium)', passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') {
      continue;
    }
    const details = event.data.details || {};
    if (details.type === 'suite') {
      continue;
    }
    if (event.data.skip || event.data.todo) {
      result.skipped++;
    } else if (event.type === 'test:pass') {
      result.passed++;
    } else {
      result.failed++;
    }
  }
  yield JSON.stringify(result);
}
