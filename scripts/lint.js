// The one linter for the whole tree (run by npm test): ESLint with typescript-eslint for the
// TypeScript, eslint:recommended for the JavaScript, and ServiceNow's rules for its Rhino engine
// (@servicenow/eslint-plugin-sdk-app-plugin) on the scripts the instance runs; .eslintrc.json
// says which files get which rules.
const path = require('path');
const { ESLint } = require('eslint');

const root = path.join(__dirname, '..');
const LINTED = [
  'src',
  'test',
  'fluent',
  'server',
  'server-sim',
  'scripts',
  'demo',
  'bench',
  'widget/client.js',
  'widget/server.js',
  'karma.conf.js',
  'webpack.config.js'
];

async function main() {
  const eslint = new ESLint({ cwd: root, extensions: ['.js', '.mjs', '.ts'], errorOnUnmatchedPattern: true });
  const results = await eslint.lintFiles(LINTED);
  const formatter = await eslint.loadFormatter('stylish');
  const text = formatter.format(results);
  if (text) {
    console.log(text);
  }
  const problems = results.reduce(function (sum, r) {
    return sum + r.errorCount + r.warningCount;
  }, 0);
  console.log('lint: ' + results.length + ' files, ' + problems + ' problems');
  process.exit(problems === 0 ? 0 : 1);
}

main().catch(function (e) {
  console.error(e.message || e);
  process.exit(1);
});
