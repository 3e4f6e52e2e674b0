// Writes ServiceNow import files with a real XML writer (xmlbuilder), so scripts holding `<`,
// `&`, `]]>` or text that merely looks like an entity (`&amp;`) are escaped and round-trip.
// (xmlbuilder2 leaves such entity-like text unescaped, which corrupts nested payloads.)
const builder = require('xmlbuilder');

const DECLARATION = { version: '1.0', encoding: 'UTF-8' };
const PRETTY = { pretty: true, indent: '  ', newline: '\n' };

function addRecord(parent, record) {
  const element = parent.ele(record.table, { action: 'INSERT_OR_UPDATE' });
  Object.keys(record.fields).forEach(function (name) {
    const value = record.fields[name];
    if (typeof value === 'object') {
      element.ele(name, { display_value: value.display_value }).txt(value.value);
    } else {
      element.ele(name).txt(value);
    }
  });
}

function unload(pkg) {
  return builder.create('unload', DECLARATION).att('unload_date', pkg.releaseDate);
}

/** The single-record file the list view's "Import XML" takes. */
function singleRecordXml(record, pkg) {
  const doc = unload(pkg);
  addRecord(doc, record);
  return doc.end(PRETTY) + '\n';
}

/**
 * One update set (Retrieved Update Sets > Import Update Set from XML) carrying every record.
 * `sysIdFor(table, key)` gives the set's and each update's stable sys_id.
 */
function updateSetXml(records, pkg, sysIdFor) {
  const setName = 'sp-presence ' + pkg.version;
  const setId = sysIdFor('sys_remote_update_set', pkg.version);
  const doc = unload(pkg);
  addRecord(doc, {
    table: 'sys_remote_update_set',
    fields: {
      name: setName,
      description: 'sp-presence ' + pkg.version + ': presence dots for Service Portal (providers spUserPresence and spPresenceDot, widget People presence).',
      state: 'loaded',
      application: { value: 'global', display_value: 'Global' },
      release_date: pkg.releaseDate,
      sys_id: setId,
      sys_created_on: pkg.releaseDate,
      sys_updated_on: pkg.releaseDate
    }
  });
  records.forEach(function (record) {
    const payload = builder.create('record_update', DECLARATION).att('table', record.table);
    addRecord(payload, record);
    addRecord(doc, {
      table: 'sys_update_xml',
      fields: {
        action: 'INSERT_OR_UPDATE',
        application: { value: 'global', display_value: 'Global' },
        name: record.fields.sys_update_name,
        payload: payload.end({ pretty: false }),
        remote_update_set: { value: setId, display_value: setName },
        replace_on_upgrade: 'false',
        sys_id: sysIdFor('sys_update_xml', record.fields.sys_update_name),
        table: record.table,
        target_name: record.name,
        type: record.label,
        update_domain: 'global',
        sys_created_on: pkg.releaseDate,
        sys_updated_on: pkg.releaseDate
      }
    });
  });
  return doc.end(PRETTY) + '\n';
}

module.exports = { singleRecordXml, updateSetXml };
