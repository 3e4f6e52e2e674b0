// Runs ServiceNow's SDK (now-sdk build) on fluent/ and reads back the records it wrote to
// dist/app/update/. Everything an instance imports starts here, never written again by hand.
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { DOMParser } = require('@xmldom/xmldom');

const root = path.join(__dirname, '..');
const updateDir = path.join(root, 'dist', 'app', 'update');

function runSdk() {
  const bin = path.join(root, 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js');
  const run = spawnSync(process.execPath, [bin, 'build', '--frozenKeys'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error('now-sdk build failed:\n' + run.stdout + run.stderr);
  }
}

/**
 * The bill of materials is the one SDK record that changes on every build (a timestamp and a
 * random serial number): both are set from the release so that dist/ is reproducible.
 */
function pinBillOfMaterials(pkg) {
  const releaseIso = new Date(pkg.releaseDate.replace(' ', 'T') + 'Z').toISOString();
  const hex = crypto
    .createHash('md5')
    .update('sp-presence/bom/' + pkg.version)
    .digest('hex');
  const serial = [
    hex.slice(0, 8),
    hex.slice(8, 12),
    '4' + hex.slice(13, 16),
    '8' + hex.slice(17, 20),
    hex.slice(20, 32)
  ].join('-');
  fs.readdirSync(updateDir).forEach(function (name) {
    const file = path.join(updateDir, name);
    const text = fs.readFileSync(file, 'utf8');
    if (text.indexOf('"bomFormat": "CycloneDX"') >= 0) {
      fs.writeFileSync(
        file,
        text
          .replace(/"serialNumber": "urn:uuid:[0-9a-f-]+"/, '"serialNumber": "urn:uuid:' + serial + '"')
          .replace(/"timestamp": "[^"]+"/, '"timestamp": "' + releaseIso + '"')
      );
    }
  });
}

function fieldText(element, name) {
  const found = element.getElementsByTagName(name)[0];
  return found ? found.textContent : '';
}

/**
 * The SDK's records, in a stable order: [{table, sysId, updateName, xml, element}], `xml` being
 * the file's exact text and `element` the record's element (its fields as children).
 * The SDK's sys_module records (the app's package.json and bill of materials) belong to
 * `now-sdk install` only and are left out.
 */
function readSdkRecords() {
  return fs
    .readdirSync(updateDir)
    .sort()
    .map(function (name) {
      const xml = fs.readFileSync(path.join(updateDir, name), 'utf8');
      const doc = new DOMParser().parseFromString(xml, 'text/xml');
      const element = doc.documentElement.getElementsByTagName('*')[0];
      return {
        table: element.tagName,
        sysId: fieldText(element, 'sys_id'),
        updateName: path.basename(name, '.xml'),
        xml: xml,
        element: element
      };
    })
    .filter(function (record) {
      return record.table !== 'sys_module';
    });
}

function buildWithSdk(pkg) {
  runSdk();
  pinBillOfMaterials(pkg);
  return readSdkRecords();
}

module.exports = { buildWithSdk, fieldText };
