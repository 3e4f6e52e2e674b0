// Finds Mozilla Rhino (Debian's `rhino`) for the server-script tests, installing Debian's package
// when we may (root with apt-get), as scripts/chromium.js does for the browser.
const { execFileSync, spawnSync } = require('child_process');

function which(name) {
  const found = spawnSync('sh', ['-c', 'command -v "$0"', name], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function findOrInstallRhino() {
  let path = process.env.RHINO_BIN || which('rhino');
  if (path) {
    return path;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    console.log("No Rhino found: installing Debian's rhino package (apt-get update && apt-get install -y rhino)...");
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'rhino'], {
        stdio: 'inherit',
        env: Object.assign({}, process.env, { DEBIAN_FRONTEND: 'noninteractive' })
      });
    } catch (e) {
      // fall through to the message below
    }
    path = which('rhino');
    if (path) {
      return path;
    }
  }
  console.error([
    'sp-presence server-script tests need Mozilla Rhino and none was found.',
    'On Debian/Ubuntu, as root: apt-get update && apt-get install -y rhino',
    'Or point RHINO_BIN at a rhino launcher.'
  ].join('\n'));
  process.exit(1);
}

module.exports = { findOrInstallRhino };
