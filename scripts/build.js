// npm run build: webpack, then the Service Portal records, an ES5 check of every shipped
// script and a size table (test/scripts/xml.spec.ts proves the XML round-trips). Output depends only on the sources and package.json: byte-reproducible.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const { PROVIDERS, providerScript } = require('./providers');
const { assertEs5 } = require('./es5');
const { buildRecords, sysIdFor } = require('./records');
const { singleRecordXml, updateSetXml } = require('./xml');

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
  const scripts = ['sp-presence.js', 'sp-presence.min.js'].concat(providers.map(function (p) { return 'providers/' + p.name + '.js'; }));
  scripts.forEach(function (relative) {
    assertEs5(fs.readFileSync(path.join(dist, relative), 'utf8'), 'dist/' + relative);
  });
  ['client.js', 'server.js'].forEach(function (name) {
    assertEs5(fs.readFileSync(path.join(root, 'widget', name), 'utf8'), 'widget/' + name);
  });
  console.log('Every shipped script parses as ES5 (dist/ scripts, widget client and server scripts).');

  const records = buildRecords(providers, pkg);
  const xmlFiles = [];
  records.filter(function (r) { return r.table === 'sp_angular_provider'; }).forEach(function (record) {
    const relative = 'xml/sp_angular_provider_' + record.name + '.xml';
    write(relative, singleRecordXml(record, pkg));
    xmlFiles.push(relative);
  });
  const updateSet = updateSetXml(records, pkg, sysIdFor);
  write('sp-presence-update-set.xml', updateSet);
  xmlFiles.push('sp-presence-update-set.xml');
  sizeTable(scripts.concat(xmlFiles));
}

main().catch(function (e) {
  console.error(e.message || e);
  process.exit(1);
});
