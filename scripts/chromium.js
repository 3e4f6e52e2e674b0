// Finds the system Chromium for the tests, installing Debian's package when it is missing.
// Never downloads a browser build from anywhere else.
const fs = require('fs');
const { installDebianPackage, which } = require('./debian-package');

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function findChromium() {
  if (process.env.CHROME_BIN && fs.existsSync(process.env.CHROME_BIN)) {
    return process.env.CHROME_BIN;
  }
  return CANDIDATES.map(which).filter(Boolean)[0];
}

function findOrInstallChromium() {
  const found = findChromium() || (installDebianPackage('chromium') && findChromium());
  if (found) {
    return found;
  }
  console.error(
    [
      'sp-presence tests need a Chromium browser and none was found.',
      'On Debian/Ubuntu, as root: apt-get update && apt-get install -y chromium',
      'Or point CHROME_BIN at an installed Chromium or Chrome binary.'
    ].join('\n')
  );
  process.exit(1);
}

module.exports = { findOrInstallChromium };
