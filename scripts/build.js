// npm run build: webpack, then the Service Portal records, then checks (ES5, XML round trip)
// and a size table. Output depends only on the sources and package.json: byte-reproducible.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const { PROVIDERS, providerScript } = require('./providers');
const { assertEs5 } = require('./es5');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const pkg = require('../package.json');

function runWebpack() {
  return new Promise(function (resolve, reject) {
    webpack(require('../webpack.config.js'), function (err, stats) {
      if (err || stats.hasErrors()) {
        reject(err || new Error(stats.toString('errors-only')));
      } else {
        resolve();
      }
    });
  });
}

function write(relative, content) {
  const file = path.join(dist, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function sizeTable(files) {
  const rows = files.map(function (relative) {
    const data = fs.readFileSync(path.join(dist, relative));
    return [relative, data.length, zlib.gzipSync(data, { level: 9 }).length];
  });
  const width = Math.max.apply(null, rows.map(function (r) { return r[0].length; }));
  console.log('dist/' + ' '.repeat(width - 1) + '      raw     gzip');
  rows.forEach(function (r) {
    console.log('  ' + r[0].padEnd(width + 2) + String(r[1]).padStart(8) + ' ' + String(r[2]).padStart(8));
  });
}

async function main() {
  fs.rmSync(dist, { recursive: true, force: true });
  await runWebpack();
  const built = path.join(root, 'build', 'providers');
  const providers = PROVIDERS.map(function (provider) {
    const body = fs.readFileSync(path.join(built, provider.body), 'utf8');
    const script = providerScript(provider, body, pkg);
    write('providers/' + provider.name + '.js', script);
    return Object.assign({ script: script }, provider);
  });
  const shipped = ['sp-presence.js', 'sp-presence.min.js'].concat(providers.map(function (p) { return 'providers/' + p.name + '.js'; }));
  shipped.forEach(function (relative) {
    assertEs5(fs.readFileSync(path.join(dist, relative), 'utf8'), 'dist/' + relative);
  });
  console.log('Every shipped script parses as ES5.');
  sizeTable(shipped);
}

main().catch(function (e) {
  console.error(e.message || e);
  process.exit(1);
});
