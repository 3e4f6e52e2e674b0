// npm run lint: ESLint over the Rhino scripts (scripts/rhino-scripts.js) with ServiceNow's
// rules for its server engine (@servicenow/eslint-plugin-sdk-app-plugin, recommended), as
// configured in .eslintrc.json. To lint more of the tree, add an override there and its paths
// to LINTED below.
const path = require('path');
const { ESLint } = require('eslint');
const { rhinoScripts } = require('./rhino-scripts');

const root = path.join(__dirname, '..');
const LINTED = rhinoScripts();

async function main() {
  const eslint = new ESLint({ cwd: root, errorOnUnmatchedPattern: true });
  const results = await eslint.lintFiles(LINTED);
  const formatter = await eslint.loadFormatter('stylish');
  const text = formatter.format(results);
  if (text) {
    console.log(text);
  }
  const problems = results.reduce(function (sum, r) { return sum + r.errorCount + r.warningCount; }, 0);
  console.log('lint: ' + LINTED.length + ' files, ' + problems + ' problems');
  process.exit(problems === 0 ? 0 : 1);
}

main().catch(function (e) {
  console.error(e.message || e);
  process.exit(1);
});
