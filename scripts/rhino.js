// Finds Mozilla Rhino (Debian's `rhino`) for the server-script tests and the demo's instance,
// installing Debian's package when it is missing, as scripts/chromium.js does for the browser.
const { installDebianPackage, which } = require('./debian-package');

function findOrInstallRhino() {
  const found = process.env.RHINO_BIN || which('rhino') || (installDebianPackage('rhino') && which('rhino'));
  if (found) {
    return found;
  }
  console.error(
    [
      'sp-presence server-script tests need Mozilla Rhino and none was found.',
      'On Debian/Ubuntu, as root: apt-get update && apt-get install -y rhino',
      'Or point RHINO_BIN at a rhino launcher.'
    ].join('\n')
  );
  process.exit(1);
}

module.exports = { findOrInstallRhino };
