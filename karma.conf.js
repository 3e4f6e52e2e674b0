// Unit and component tests in real headless Chromium. ANGULAR=1.5 or 1.8 picks the AngularJS
// build loaded as a page global, exactly as a portal page provides it (never bundled).
const path = require('path');
const fs = require('fs');

const ANGULAR_PACKAGES = {
  1.5: { angular: 'angular-15', mocks: 'angular-mocks-15' },
  1.8: { angular: 'angular', mocks: 'angular-mocks' }
};

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic'
];

// Local dates (office days) are tested in a zone with daylight saving: Chromium inherits TZ.
process.env.TZ = 'Europe/Berlin';

function packageFile(pkg, file) {
  return path.join(path.dirname(require.resolve(pkg + '/package.json')), file);
}

// Writes {passed, failed, skipped} where scripts/test.js totals every suite.
function CountsReporter(baseReporterDecorator, config) {
  baseReporterDecorator(this);
  this.onRunComplete = function (browsers, results) {
    let skipped = 0;
    browsers.forEach(function (browser) {
      skipped += browser.lastResult.skipped;
    });
    fs.mkdirSync(path.dirname(config.countsFile), { recursive: true });
    fs.writeFileSync(
      config.countsFile,
      JSON.stringify({
        suite: config.suiteName,
        passed: results.success,
        failed: results.failed + (results.error ? 1 : 0),
        skipped: skipped
      })
    );
  };
}
CountsReporter.$inject = ['baseReporterDecorator', 'config'];

module.exports = function (karma) {
  const version = process.env.ANGULAR || '1.8';
  const pkgs = ANGULAR_PACKAGES[version];
  if (!pkgs) {
    throw new Error('ANGULAR must be one of ' + Object.keys(ANGULAR_PACKAGES).join(', '));
  }
  const expected = require(pkgs.angular + '/package.json').version;
  karma.set({
    basePath: __dirname,
    frameworks: ['jasmine', 'webpack'],
    files: [
      packageFile(pkgs.angular, 'angular.js'),
      packageFile(pkgs.mocks, 'angular-mocks.js'),
      { pattern: 'test/index.ts', watched: false }
    ],
    preprocessors: { 'test/index.ts': ['webpack'] },
    webpack: {
      mode: 'development',
      devtool: false,
      target: ['web', 'es5'],
      externals: { angular: 'angular' },
      resolve: { extensions: ['.ts', '.js'] },
      module: {
        rules: [
          { test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } },
          // `file?raw`: the exact text of a shipped file (dist/, widget/) for the packaging specs.
          { resourceQuery: /raw/, type: 'asset/source' },
          // The SDK's record files, read as text by require.context (test/helpers/sdk-records.ts).
          { test: /[\\/]dist[\\/]app[\\/].*\.xml$/, resourceQuery: { not: [/raw/] }, type: 'asset/source' }
        ]
      },
      performance: { hints: false },
      stats: 'errors-only'
    },
    plugins: [
      'karma-jasmine',
      'karma-webpack',
      'karma-chrome-launcher',
      { 'reporter:counts': ['type', CountsReporter] }
    ],
    // SPEC_GREP="<sp-presence-dot>" runs only the specs whose full name matches (while working).
    client: {
      expectedAngular: expected,
      jasmine: { random: true, timeoutInterval: 10000 },
      args: process.env.SPEC_GREP ? ['--grep', process.env.SPEC_GREP] : []
    },
    reporters: ['dots', 'counts'],
    suiteName: 'karma AngularJS ' + expected,
    countsFile: path.join(__dirname, '.test-results', 'karma-' + version + '.json'),
    browsers: ['ChromiumHeadlessCI'],
    customLaunchers: { ChromiumHeadlessCI: { base: 'ChromeHeadless', flags: CHROMIUM_FLAGS } },
    browserNoActivityTimeout: 120000,
    captureTimeout: 120000,
    singleRun: true,
    autoWatch: false
  });
};
module.exports.CHROMIUM_FLAGS = CHROMIUM_FLAGS;
