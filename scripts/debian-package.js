// Finds a command, installing the Debian package that provides it when we may (root with
// apt-get): how the tests get Chromium and Rhino on a fresh machine. Never downloads anything
// from elsewhere.
const { execFileSync, spawnSync } = require('child_process');

function which(name) {
  const found = spawnSync('sh', ['-c', 'command -v "$0"', name], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Installs Debian's `pkg` (apt-get update first) when running as root with apt-get; false when it could not. */
function installDebianPackage(pkg) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) {
    return false;
  }
  console.log("Installing Debian's " + pkg + ' package (apt-get update && apt-get install -y ' + pkg + ')...');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], {
      stdio: 'inherit',
      env: Object.assign({}, process.env, { DEBIAN_FRONTEND: 'noninteractive' })
    });
    return true;
  } catch (e) {
    return false;
  }
}

module.exports = { installDebianPackage, which };
