// Wraps the SDK's records into the two import files an admin uses without the SDK: a
// single-record XML (a list view's Import XML) and one update set (Retrieved Update Sets >
// Import Update Set from XML). Written with a real XML DOM (@xmldom/xmldom), so scripts holding
// `<`, `&` or `]]>` are escaped and round-trip.
const { DOMImplementation, XMLSerializer } = require('@xmldom/xmldom');

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * `type` of each update: the table's label. Verified: Widget, Widget Angular Provider (§2 of
 * servicenow.md). Believed: the other labels (the link tables' and the server half's records:
 * the labels their list views show, not checked against an export).
 */
const TYPE_LABELS = {
  sp_angular_provider: 'Widget Angular Provider',
  sp_widget: 'Widget',
  m2m_sp_ng_pro_sp_widget: 'Angular Provider to Widget',
  m2m_sp_ng_pro_sp_ng_pro: 'Angular Provider Dependency',
  sys_db_object: 'Table',
  sys_dictionary: 'Dictionary',
  sys_properties: 'System Property',
  sys_rest_message: 'REST Message',
  sys_rest_message_fn: 'HTTP Method',
  sys_script_include: 'Script Include',
  sys_security_acl: 'Access Control',
  sys_security_acl_role: 'Access Roles',
  sys_ws_definition: 'Scripted REST Service',
  sys_ws_operation: 'Scripted REST Resource'
};

function typeLabel(table) {
  if (!TYPE_LABELS[table]) {
    throw new Error('no update-set type label for table ' + table + ': add one to scripts/xml.js');
  }
  return TYPE_LABELS[table];
}

/** Java's String.hashCode, which ServiceNow is believed to use for payload_hash. */
function javaHash(text) {
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  }
  return String(hash);
}

function newDocument(rootName) {
  return new DOMImplementation().createDocument(null, rootName, null);
}

/** Appends `<name attrs>text</name>` on its own indented line. */
function addField(parent, name, value, attrs, depth) {
  const doc = parent.ownerDocument;
  const element = doc.createElement(name);
  Object.keys(attrs || {}).forEach(function (key) {
    element.setAttribute(key, attrs[key]);
  });
  if (value !== '') {
    element.appendChild(doc.createTextNode(value));
  }
  parent.appendChild(doc.createTextNode('\n' + '  '.repeat(depth)));
  parent.appendChild(element);
  return element;
}

function serialize(doc) {
  doc.documentElement.appendChild(doc.createTextNode('\n'));
  return DECLARATION + new XMLSerializer().serializeToString(doc) + '\n';
}

function unload(pkg) {
  const doc = newDocument('unload');
  doc.documentElement.setAttribute('unload_date', pkg.releaseDate);
  return doc;
}

/** The SDK's record element, as it is, inside `<unload>`. */
function singleRecordXml(record, pkg) {
  const doc = unload(pkg);
  doc.documentElement.appendChild(doc.createTextNode('\n  '));
  doc.documentElement.appendChild(doc.importNode(record.element, true));
  return serialize(doc);
}

/** A record's human name in the update list: its name, or what it links. */
function targetName(record, names) {
  const f = function (name) {
    const found = record.element.getElementsByTagName(name)[0];
    return found ? found.textContent : '';
  };
  switch (record.table) {
    case 'm2m_sp_ng_pro_sp_widget':
      return names[f('sp_widget')] + ' uses ' + names[f('sp_angular_provider')];
    case 'm2m_sp_ng_pro_sp_ng_pro':
      return names[f('required_by')] + ' requires ' + names[f('requires')];
    case 'sys_dictionary':
      return f('name') + (f('element') ? '.' + f('element') : '');
    case 'sys_security_acl_role':
      return names[f('sys_security_acl')] + ' needs ' + f('sys_user_role');
    case 'sys_rest_message_fn':
      return names[f('rest_message')] + ' ' + f('function_name');
    default:
      return f('name');
  }
}

/** `table` of an update: set for records bound to a table (believed from exports), else empty. */
function boundTable(record) {
  if (record.table === 'sys_dictionary' || record.table === 'sys_db_object') {
    const name = record.element.getElementsByTagName('name')[0];
    return name ? name.textContent : '';
  }
  return '';
}

/**
 * One loaded update set holding every record, each payload being the SDK's record XML, with
 * the envelope fields real exports carry (servicenow.md §3), all derived from the release.
 * `sysIdFor(key)` gives a stable 32-hex id for each key.
 */
function updateSetXml(records, pkg, sysIdFor) {
  const setName = 'sp-presence ' + pkg.version;
  const setId = sysIdFor('sys_remote_update_set/' + pkg.version);
  const when = pkg.releaseDate;
  const recordedBase = Date.parse(when.replace(' ', 'T') + 'Z');
  const names = {};
  records.forEach(function (r) {
    const name = r.element.getElementsByTagName('name')[0];
    names[r.sysId] = name ? name.textContent : r.updateName;
  });
  const doc = unload(pkg);
  const root = doc.documentElement;
  const add = function (parent, name, value, attrs) {
    return addField(parent, name, value, attrs, 2);
  };

  root.appendChild(doc.createTextNode('\n  '));
  const set = root.appendChild(doc.createElement('sys_remote_update_set'));
  set.setAttribute('action', 'INSERT_OR_UPDATE');
  [
    ['application', 'global', { display_value: 'Global' }],
    ['application_name', 'Global'],
    ['application_scope', 'global'],
    ['collisions', ''],
    ['commit_date', ''],
    [
      'description',
      setName +
        ': presence dots for Service Portal (Angular Providers spUserPresence, spPresenceDot and spRecordPresence, widget People presence, their links) and the availability server half (Script Includes, REST API, REST Messages, properties, tables and ACLs).'
    ],
    ['name', setName],
    ['origin_sys_id', ''],
    ['parent', ''],
    ['release_date', when],
    ['remote_sys_id', setId],
    ['state', 'loaded'],
    ['sys_class_name', 'sys_remote_update_set'],
    ['sys_created_by', 'sp-presence'],
    ['sys_created_on', when],
    ['sys_id', setId],
    ['sys_mod_count', '0'],
    ['sys_updated_by', 'sp-presence'],
    ['sys_updated_on', when],
    ['update_source', '']
  ].forEach(function (f) {
    add(set, f[0], f[1], f[2]);
  });
  set.appendChild(doc.createTextNode('\n  '));

  records.forEach(function (record, index) {
    const payload = record.xml;
    const hash = javaHash(payload);
    const guid = sysIdFor('update_guid/' + pkg.version + '/' + record.updateName);
    root.appendChild(doc.createTextNode('\n  '));
    const update = root.appendChild(doc.createElement('sys_update_xml'));
    update.setAttribute('action', 'INSERT_OR_UPDATE');
    [
      ['action', 'INSERT_OR_UPDATE'],
      ['application', 'global', { display_value: 'Global' }],
      ['category', 'customer'],
      ['comments', ''],
      ['name', record.updateName],
      ['payload', payload],
      ['payload_hash', hash],
      ['remote_update_set', setId, { display_value: setName }],
      ['replace_on_upgrade', 'false'],
      ['sys_created_by', 'sp-presence'],
      ['sys_created_on', when],
      ['sys_id', sysIdFor('sys_update_xml/' + record.updateName)],
      ['sys_mod_count', '0'],
      // Hex milliseconds then a sequence number, as exports show; ordered like the records.
      ['sys_recorded_at', recordedBase.toString(16) + String(index + 1).padStart(7, '0')],
      ['sys_updated_by', 'sp-presence'],
      ['sys_updated_on', when],
      ['table', boundTable(record)],
      ['target_name', targetName(record, names)],
      ['type', typeLabel(record.table)],
      ['update_domain', 'global'],
      ['update_guid', guid],
      ['update_guid_history', guid + ':' + hash],
      ['update_set', ''],
      ['view', '']
    ].forEach(function (f) {
      add(update, f[0], f[1], f[2]);
    });
    update.appendChild(doc.createTextNode('\n  '));
  });
  return serialize(doc);
}

module.exports = { singleRecordXml, updateSetXml, TYPE_LABELS };
