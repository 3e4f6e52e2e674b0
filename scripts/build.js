// npm run build: webpack, an ES5 check of every shipped script, then ServiceNow's SDK builds the
// instance records from fluent/ (dist/app/), which are wrapped into the import XMLs, a size
// table, and the size gate of the providers every page with a dot loads (provider-budget.js).
// Output depends only on the sources and package.json: byte-reproducible.
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const { PROVIDERS, providerScript } = require('./providers');
const { assertEs5 } = require('./es5');
const { buildWithSdk, fieldText } = require('./sdk');
const { singleRecordXml, updateSetXml } = require('./xml');
const { printSizeByPart } = require('./size-parts');
const { checkProviderBudget, EVERY_PAGE } = require('./provider-budget');
const { rhinoScripts, rhinoProjects } = require('./rhino-scripts');

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

/** Stable ids for the update set's own records: a re-import updates them instead of duplicating. */
function sysIdFor(key) {
  return crypto
    .createHash('md5')
    .update('sp-presence/' + key)
    .digest('hex');
}

/** The Rhino scripts against ServiceNow's declarations of the server API (@servicenow/glide), one tsconfig per folder. */
function checkRhinoTypes() {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  rhinoProjects().forEach(function (project) {
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(root, project)], { encoding: 'utf8' });
    if (run.status !== 0) {
      throw new Error(project + '/ does not type-check against @servicenow/glide:\n' + run.stdout + run.stderr);
    }
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
  const width = Math.max.apply(
    null,
    rows.map(function (r) {
      return r[0].length;
    })
  );
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
  const scripts = ['sp-presence.js', 'sp-presence.min.js'].concat(
    providers.map(function (p) {
      return 'providers/' + p.name + '.js';
    })
  );
  scripts.forEach(function (relative) {
    assertEs5(fs.readFileSync(path.join(dist, relative), 'utf8'), 'dist/' + relative);
  });
  ['widget/client.js'].concat(rhinoScripts()).forEach(function (relative) {
    assertEs5(fs.readFileSync(path.join(root, relative), 'utf8'), relative);
  });
  console.log(
    'Every shipped script parses as ES5 (dist/ scripts, the widget client script, ' +
      rhinoScripts().length +
      ' Rhino scripts).'
  );
  checkRhinoTypes();
  console.log('The Rhino scripts (' + rhinoProjects().join('/, ') + '/) type-check against @servicenow/glide.');

  const records = buildWithSdk(pkg);
  const providerNames = {};
  records.forEach(function (record) {
    if (record.table === 'sp_angular_provider') {
      providerNames[record.sysId] = fieldText(record.element, 'name');
    }
  });
  const xmlFiles = [];
  records.forEach(function (record) {
    let relative;
    if (record.table === 'sp_angular_provider') {
      relative = 'xml/sp_angular_provider_' + providerNames[record.sysId] + '.xml';
    } else if (record.table === 'm2m_sp_ng_pro_sp_ng_pro') {
      // The provider dependency, named for the provider that needs it.
      relative = 'xml/m2m_sp_ng_pro_sp_ng_pro_' + providerNames[fieldText(record.element, 'required_by')] + '.xml';
    } else {
      return;
    }
    write(relative, singleRecordXml(record, pkg));
    xmlFiles.push(relative);
  });
  write('sp-presence-update-set.xml', updateSetXml(records, pkg, sysIdFor));
  xmlFiles.push('sp-presence-update-set.xml');
  sizeTable(scripts.concat(xmlFiles));
  // By part, the providers the budget weighs (what every page with a dot loads).
  printSizeByPart(
    PROVIDERS.filter(function (p) {
      return EVERY_PAGE.indexOf(p.name) >= 0;
    }).map(function (p) {
      return path.join(built, p.body);
    })
  );
  // Last, so that a build over the budget still prints what weighs what.
  checkProviderBudget(
    providers,
    function (text) {
      return zlib.gzipSync(text, { level: 9 }).length;
    },
    console.log
  );
}

main().catch(function (e) {
  console.error(e.message || e);
  process.exit(1);
});
