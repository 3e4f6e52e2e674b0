// Finds the system Chromium for the tests, installing Debian's package when we may (root with
// apt-get). Never downloads a browser build from anywhere else.
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function which(name) {
  const found = spawnSync('sh', ['-c', 'command -v "$0"', name], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function findChromium() {
  if (process.env.CHROME_BIN && fs.existsSync(process.env.CHROME_BIN)) {
    return process.env.CHROME_BIN;
  }
  for (const name of CANDIDATES) {
    const path = which(name);
    if (path) {
      return path;
    }
  }
  return undefined;
}

function findOrInstallChromium() {
  let path = findChromium();
  if (path) {
    return path;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get update && apt-get install -y chromium)...');
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        stdio: 'inherit',
        env: Object.assign({}, process.env, { DEBIAN_FRONTEND: 'noninteractive' })
      });
    } catch (e) {
      // fall through to the message below
    }
    path = findChromium();
    if (path) {
      return path;
    }
  }
  console.error([
    'sp-presence tests need a Chromium browser and none was found.',
    'On Debian/Ubuntu, as root: apt-get update && apt-get install -y chromium',
    'Or point CHROME_BIN at an installed Chromium or Chrome binary.'
  ].join('\n'));
  process.exit(1);
}

module.exports = { findOrInstallChromium };
