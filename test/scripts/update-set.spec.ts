import factoryXml from '../../dist/xml/sp_angular_provider_spUserPresence.xml?raw';
import directiveXml from '../../dist/xml/sp_angular_provider_spPresenceDot.xml?raw';
import dependencyXml from '../../dist/xml/m2m_sp_ng_pro_sp_ng_pro_spPresenceDot.xml?raw';
import recordXml from '../../dist/xml/sp_angular_provider_spRecordPresence.xml?raw';
import recordDependencyXml from '../../dist/xml/m2m_sp_ng_pro_sp_ng_pro_spRecordPresence.xml?raw';
import updateSetXmlText from '../../dist/sp-presence-update-set.xml?raw';
import factoryJs from '../../dist/providers/spUserPresence.js?raw';
import directiveJs from '../../dist/providers/spPresenceDot.js?raw';
import recordJs from '../../dist/providers/spRecordPresence.js?raw';
import template from '../../widget/template.html?raw';
import css from '../../widget/style.scss?raw';
import clientJs from '../../widget/client.js?raw';
import serverJs from '../../widget/server.js?raw';
import { children, field, fieldNames, parseXml, SDK_RECORDS, sdkRecord } from '../helpers/sdk-records';

const pkg = require('../../package.json') as { version: string; releaseDate: string };

/** Tables ServiceNow's SDK writes for SPAngularProvider and SPWidget (servicenow.md §3), and for the server half (§5). */
const PORTAL_TABLES = ['m2m_sp_ng_pro_sp_ng_pro', 'm2m_sp_ng_pro_sp_widget', 'sp_angular_provider', 'sp_widget'];
const SERVER_TABLES = [
  'sys_db_object',
  'sys_dictionary',
  'sys_properties',
  'sys_rest_message',
  'sys_rest_message_fn',
  'sys_script_include',
  'sys_security_acl',
  'sys_security_acl_role',
  'sys_ws_definition',
  'sys_ws_operation'
];
const SDK_TABLES = PORTAL_TABLES.concat(SERVER_TABLES);

/** What every sys_update_xml of a real export carries (servicenow.md §3). */
const ENVELOPE_FIELDS = [
  'action',
  'application',
  'category',
  'comments',
  'name',
  'payload',
  'payload_hash',
  'remote_update_set',
  'replace_on_upgrade',
  'sys_created_by',
  'sys_created_on',
  'sys_id',
  'sys_mod_count',
  'sys_recorded_at',
  'sys_updated_by',
  'sys_updated_on',
  'table',
  'target_name',
  'type',
  'update_domain',
  'update_guid',
  'update_guid_history',
  'update_set',
  'view'
];

/** The widget fields the SDK writes (servicenow.md §3). */
const WIDGET_FIELDS = [
  'category',
  'client_script',
  'controller_as',
  'css',
  'data_table',
  'demo_data',
  'description',
  'docs',
  'field_list',
  'has_preview',
  'id',
  'internal',
  'link',
  'name',
  'option_schema',
  'public',
  'roles',
  'script',
  'servicenow',
  'template'
];

const FIELDS_BY_TABLE: { [table: string]: string[] } = {
  sp_angular_provider: ['name', 'script', 'type'],
  sp_widget: WIDGET_FIELDS,
  m2m_sp_ng_pro_sp_widget: ['sp_angular_provider', 'sp_widget'],
  m2m_sp_ng_pro_sp_ng_pro: ['required_by', 'requires'],
  sys_db_object: ['name', 'label'],
  sys_dictionary: ['name', 'element', 'internal_type'],
  sys_properties: ['name', 'type', 'value'],
  sys_rest_message: ['name', 'rest_endpoint', 'authentication_type'],
  sys_rest_message_fn: ['function_name', 'http_method', 'rest_endpoint', 'rest_message'],
  sys_script_include: ['name', 'script'],
  sys_security_acl: ['name', 'operation', 'type'],
  sys_security_acl_role: ['sys_security_acl', 'sys_user_role'],
  sys_ws_definition: ['base_uri', 'namespace', 'service_id'],
  sys_ws_operation: ['http_method', 'operation_script', 'operation_uri', 'requires_authentication', 'enforce_acl']
};

/** How many records of each table the server half ships. */
const SERVER_COUNTS: { [table: string]: number } = {
  sys_db_object: 2,
  sys_dictionary: 16,
  sys_properties: 3,
  sys_rest_message: 3,
  sys_rest_message_fn: 4,
  sys_script_include: 9,
  sys_security_acl: 9,
  sys_security_acl_role: 8,
  sys_ws_definition: 1,
  sys_ws_operation: 1
};

const installable = SDK_RECORDS.filter(function (r) {
  return r.table !== 'sys_module';
});

function idOf(table: string, name: string): string {
  return field(sdkRecord(table, name).element, 'sys_id') as string;
}

describe("ServiceNow's SDK output (dist/app)", function () {
  it('holds the four providers, the widget, its four links and the three provider dependencies', function () {
    expect(
      installable
        .map(function (r) {
          return r.table;
        })
        .filter(function (t) {
          return PORTAL_TABLES.indexOf(t) >= 0;
        })
        .sort()
    ).toEqual([
      'm2m_sp_ng_pro_sp_ng_pro',
      'm2m_sp_ng_pro_sp_ng_pro',
      'm2m_sp_ng_pro_sp_ng_pro',
      'm2m_sp_ng_pro_sp_widget',
      'm2m_sp_ng_pro_sp_widget',
      'm2m_sp_ng_pro_sp_widget',
      'm2m_sp_ng_pro_sp_widget',
      'sp_angular_provider',
      'sp_angular_provider',
      'sp_angular_provider',
      'sp_angular_provider',
      'sp_widget'
    ]);
  });

  it('holds the server half: Script Includes, the REST API, REST Messages, properties, tables and their ACLs', function () {
    const counts: { [table: string]: number } = {};
    installable.forEach(function (r) {
      if (PORTAL_TABLES.indexOf(r.table) < 0) {
        counts[r.table] = (counts[r.table] || 0) + 1;
      }
    });
    expect(counts).toEqual(SERVER_COUNTS);
    const operation = installable.filter(function (r) {
      return r.table === 'sys_ws_operation';
    })[0].element;
    expect(field(operation, 'operation_uri')).toBe('/api/global/sp_presence/availability');
    expect(field(operation, 'http_method')).toBe('POST');
    expect(field(operation, 'requires_authentication')).toBe('true');
    const acl = installable.filter(function (r) {
      return r.table === 'sys_security_acl' && field(r.element, 'name') === '/api/global/sp_presence/availability';
    })[0].element;
    expect(field(operation, 'enforce_acl')).toBe(field(acl, 'sys_id'));
    expect(field(acl, 'type')).toBe('REST_Endpoint');
    const includes = installable
      .filter(function (r) {
        return r.table === 'sys_script_include';
      })
      .map(function (r) {
        return field(r.element, 'name');
      });
    expect(includes.sort()).toEqual([
      'SpPresenceAvailability',
      'SpPresenceAvailabilitySettings',
      'SpPresenceConnectorKit',
      'SpPresenceRingCentral',
      'SpPresenceSnapshotStore',
      'SpPresenceSymphony',
      'SpPresenceTeams',
      'SpPresenceVendorHttp',
      'SpPresenceVocabulary'
    ]);
  });

  it('makes spPresenceDot, spRecordPresence and spPresenceWorkplace require spUserPresence, so a widget listing only one of them gets the service', function () {
    const dependencies = SDK_RECORDS.filter(function (r) {
      return r.table === 'm2m_sp_ng_pro_sp_ng_pro';
    }).map(function (r) {
      return r.element;
    });
    expect(
      dependencies
        .map(function (d) {
          return field(d, 'required_by');
        })
        .sort()
    ).toEqual(
      ['spPresenceDot', 'spRecordPresence', 'spPresenceWorkplace']
        .map(function (n) {
          return idOf('sp_angular_provider', n);
        })
        .sort()
    );
    dependencies.forEach(function (d) {
      expect(field(d, 'requires')).toBe(idOf('sp_angular_provider', 'spUserPresence'));
    });
  });

  it('keeps the sys_ids of earlier releases, so a re-import updates the same records', function () {
    expect(idOf('sp_angular_provider', 'spUserPresence')).toBe('17013c174aab074f9b193d69ce0c17c7');
    expect(idOf('sp_angular_provider', 'spPresenceDot')).toBe('752b9847fcc69162225420727c37ca43');
    expect(idOf('sp_widget', 'People presence')).toBe('4777a1b976a9c584c8c09cbde21686eb');
  });
});

describe('single-record XMLs', function () {
  [
    { xml: factoryXml, table: 'sp_angular_provider', name: 'spUserPresence', type: 'factory', script: factoryJs },
    { xml: directiveXml, table: 'sp_angular_provider', name: 'spPresenceDot', type: 'directive', script: directiveJs },
    { xml: recordXml, table: 'sp_angular_provider', name: 'spRecordPresence', type: 'directive', script: recordJs }
  ].forEach(function (c) {
    it(c.name + ' is the SDK record inside <unload>, script exactly as shipped', function () {
      const unload = parseXml(c.xml).documentElement;
      expect(unload.tagName).toBe('unload');
      expect(unload.getAttribute('unload_date')).toBe(pkg.releaseDate);
      const records = children(unload, c.table);
      expect(records.length).toBe(1);
      expect(records[0].getAttribute('action')).toBe('INSERT_OR_UPDATE');
      expect(field(records[0], 'type')).toBe(c.type);
      expect(field(records[0], 'script')).toBe(c.script);
      expect(records[0].outerHTML).toBe(sdkRecord(c.table, c.name).element.outerHTML);
    });
  });

  [
    { xml: dependencyXml, name: 'spPresenceDot' },
    { xml: recordDependencyXml, name: 'spRecordPresence' }
  ].forEach(function (c) {
    it('imports the provider dependency of ' + c.name + ' on its own', function () {
      const records = children(parseXml(c.xml).documentElement, 'm2m_sp_ng_pro_sp_ng_pro');
      expect(records.length).toBe(1);
      expect(field(records[0], 'required_by')).toBe(idOf('sp_angular_provider', c.name));
      expect(field(records[0], 'requires')).toBe(idOf('sp_angular_provider', 'spUserPresence'));
    });
  });
});

describe('the update set', function () {
  let set: Element;
  let updates: Element[];
  let records: Element[];

  beforeAll(function () {
    const unload = parseXml(updateSetXmlText).documentElement;
    const sets = children(unload, 'sys_remote_update_set');
    expect(sets.length).toBe(1);
    set = sets[0];
    updates = children(unload, 'sys_update_xml');
    records = updates.map(function (u) {
      return parseXml(field(u, 'payload') as string).documentElement.children[0];
    });
  });

  it('is one loaded set with the fields real exports carry', function () {
    expect(field(set, 'state')).toBe('loaded');
    expect(field(set, 'application')).toBe('global');
    expect(field(set, 'name')).toBe('sp-presence ' + pkg.version);
    [
      'application_name',
      'application_scope',
      'remote_sys_id',
      'sys_class_name',
      'origin_sys_id',
      'update_source',
      'parent',
      'collisions',
      'commit_date'
    ].forEach(function (name) {
      expect(fieldNames(set)).withContext(name).toContain(name);
    });
    expect(field(set, 'sys_class_name')).toBe('sys_remote_update_set');
  });

  it('carries every record the SDK built (but its sys_module files), each payload exactly the SDK file', function () {
    const payloads = updates
      .map(function (u) {
        return field(u, 'payload');
      })
      .sort();
    expect(payloads).toEqual(
      installable
        .map(function (r) {
          return r.text;
        })
        .sort()
    );
  });

  it('gives every update the envelope fields of a real export, pointing at the set', function () {
    updates.forEach(function (update, i) {
      const names = fieldNames(update);
      ENVELOPE_FIELDS.forEach(function (name) {
        expect(names).withContext(name).toContain(name);
      });
      expect(field(update, 'remote_update_set')).toBe(field(set, 'sys_id'));
      expect(field(update, 'category')).toBe('customer');
      expect(field(update, 'update_domain')).toBe('global');
      expect(field(update, 'replace_on_upgrade')).toBe('false');
      const bound = records[i].tagName === 'sys_dictionary' || records[i].tagName === 'sys_db_object';
      expect(field(update, 'table')).toBe(bound ? field(records[i], 'name') : '');
      expect(field(update, 'name')).toBe(field(records[i], 'sys_update_name'));
      expect(field(update, 'update_guid')).toMatch(/^[0-9a-f]{32}$/);
    });
  });

  it('writes only tables the SDK writes, each record with every field the SDK writes for its table', function () {
    records.forEach(function (record) {
      expect(SDK_TABLES).toContain(record.tagName);
      const names = fieldNames(record);
      (FIELDS_BY_TABLE[record.tagName] || []).forEach(function (name) {
        expect(names)
          .withContext(record.tagName + '.' + name)
          .toContain(name);
      });
    });
    expect(updateSetXmlText).not.toContain('m2m_sp_widget_angular_provider');
  });

  it("types each update with its table's label", function () {
    const types: { [table: string]: string[] } = {};
    updates.forEach(function (u, i) {
      (types[records[i].tagName] = types[records[i].tagName] || []).push(field(u, 'type') as string);
    });
    expect(types.sp_widget).toEqual(['Widget']);
    expect(types.sp_angular_provider).toEqual([
      'Widget Angular Provider',
      'Widget Angular Provider',
      'Widget Angular Provider',
      'Widget Angular Provider'
    ]);
    expect(types.m2m_sp_ng_pro_sp_widget.length).toBe(4);
    expect(types.m2m_sp_ng_pro_sp_ng_pro.length).toBe(3);
  });

  it('uses unique 32-hex sys_ids throughout', function () {
    const ids = [field(set, 'sys_id')]
      .concat(
        updates.map(function (u) {
          return field(u, 'sys_id');
        })
      )
      .concat(
        records.map(function (r) {
          return field(r, 'sys_id');
        })
      );
    ids.forEach(function (id) {
      expect(id).toMatch(/^[0-9a-f]{32}$/);
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the widget exactly as its source files', function () {
    const widget = records.filter(function (r) {
      return r.tagName === 'sp_widget';
    })[0];
    expect(field(widget, 'id')).toBe('sp-presence-people');
    expect(field(widget, 'template')).toBe(template);
    expect(field(widget, 'css')).toBe(css);
    expect(field(widget, 'client_script')).toBe(clientJs);
    expect(field(widget, 'script')).toBe(serverJs);
    expect(field(widget, 'controller_as')).toBe('c');
    const options = JSON.parse(field(widget, 'option_schema') as string) as { name: string; default_value: unknown }[];
    expect(
      options.map(function (o) {
        return o.name;
      })
    ).toContain('user_source');
    options.forEach(function (o) {
      expect('default_value' in o)
        .withContext(o.name)
        .toBe(true);
    });
  });

  it('links the widget to the four providers, pointing at records in the same file', function () {
    const widgetId = idOf('sp_widget', 'People presence');
    const providerIds = ['spUserPresence', 'spPresenceDot', 'spRecordPresence', 'spPresenceWorkplace'].map(
      function (n) {
        return idOf('sp_angular_provider', n);
      }
    );
    const links = records.filter(function (r) {
      return r.tagName === 'm2m_sp_ng_pro_sp_widget';
    });
    expect(links.length).toBe(4);
    links.forEach(function (link) {
      expect(field(link, 'sp_widget')).toBe(widgetId);
    });
    expect(
      links
        .map(function (l) {
          return field(l, 'sp_angular_provider');
        })
        .sort()
    ).toEqual(providerIds.slice().sort());
  });
});

describe('the XML writer', function () {
  interface Writer {
    singleRecordXml(record: unknown, pkg: unknown): string;
    updateSetXml(records: unknown[], pkg: unknown, sysIdFor: (key: string) => string): string;
  }
  let counter = 0;
  function sysIdFor(): string {
    return ('00000000000000000000000000000000' + (++counter).toString(16)).slice(-32);
  }
  const writer = require('../../scripts/xml.js') as Writer;
  const xmldom = require('@xmldom/xmldom') as {
    DOMParser: new () => { parseFromString(text: string, type: string): Document };
  };

  it('escapes markup, ampersands and CDATA terminators so a payload round-trips', function () {
    const hostile =
      'if (a < b && c > d) { s = "]]>"; t = \'<![CDATA[x]]>\'; }\n\ttab & <tag attr="v"> &amp; &#60; &lt;';
    const recordXml =
      '<?xml version="1.0"?>\n<record_update table="sp_angular_provider"><sp_angular_provider action="INSERT_OR_UPDATE">' +
      '<sys_id>0123456789abcdef0123456789abcdef</sys_id><name>x&amp;&lt;y</name><script><![CDATA[' +
      hostile.replace(/]]>/g, ']]]]><![CDATA[>') +
      ']]></script>' +
      '</sp_angular_provider></record_update>';
    const element = new xmldom.DOMParser()
      .parseFromString(recordXml, 'text/xml')
      .documentElement.getElementsByTagName('sp_angular_provider')[0];
    const record = {
      table: 'sp_angular_provider',
      sysId: '0123456789abcdef0123456789abcdef',
      updateName: 'sp_angular_provider_0123456789abcdef0123456789abcdef',
      xml: recordXml,
      element: element
    };

    const single = parseXml(writer.singleRecordXml(record, pkg)).documentElement.children[0];
    expect(field(single, 'script')).toBe(hostile);
    expect(field(single, 'name')).toBe('x&<y');

    const update = children(
      parseXml(writer.updateSetXml([record], pkg, sysIdFor)).documentElement,
      'sys_update_xml'
    )[0];
    expect(field(update, 'payload')).toBe(recordXml);
    expect(field(update, 'target_name')).toBe('x&<y');
    expect(field(parseXml(field(update, 'payload') as string).documentElement.children[0], 'script')).toBe(hostile);
  });

  it('refuses a table it has no update label for, rather than guessing', function () {
    const element = new xmldom.DOMParser()
      .parseFromString('<record_update><sys_script><sys_id>1</sys_id></sys_script></record_update>', 'text/xml')
      .documentElement.getElementsByTagName('sys_script')[0];
    expect(function () {
      writer.updateSetXml(
        [{ table: 'sys_script', sysId: '1', updateName: 'sys_script_1', xml: '', element: element }],
        pkg,
        sysIdFor
      );
    }).toThrowError(/no update-set type label for table sys_script/);
  });
});
