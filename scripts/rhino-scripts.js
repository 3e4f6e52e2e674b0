// The scripts that run on the instance's Rhino engine, by path: the widget's server script and
// everything in server/. One list for every check that concerns them: the ES5 parse and the
// type check against @servicenow/glide (scripts/build.js); .eslintrc.json gives the same paths
// ServiceNow's Rhino rules. A folder listed here joins with all its .js files and its tsconfig.json.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const RHINO_SOURCES = ['widget/server.js', 'server'];

function filesUnder(relative) {
  const full = path.join(root, relative);
  if (!fs.statSync(full).isDirectory()) {
    return [relative];
  }
  return fs
    .readdirSync(full, { withFileTypes: true })
    .sort(function (a, b) {
      return a.name < b.name ? -1 : 1;
    })
    .reduce(function (found, entry) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) {
        return found.concat(filesUnder(child));
      }
      return entry.name.endsWith('.js') ? found.concat([child]) : found;
    }, []);
}

/** Every Rhino script, relative to the repository root. */
function rhinoScripts() {
  return RHINO_SOURCES.reduce(function (all, source) {
    return all.concat(filesUnder(source));
  }, []);
}

/** The folders whose tsconfig.json type-checks the Rhino scripts (widget/, server/). */
function rhinoProjects() {
  return RHINO_SOURCES.map(function (source) {
    return fs.statSync(path.join(root, source)).isDirectory() ? source : path.posix.dirname(source);
  });
}

module.exports = { rhinoScripts, rhinoProjects };
