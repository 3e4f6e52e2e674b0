import factoryXml from '../../dist/xml/sp_angular_provider_spUserPresence.xml?raw';
import directiveXml from '../../dist/xml/sp_angular_provider_spPresenceDot.xml?raw';
import updateSetXmlText from '../../dist/sp-presence-update-set.xml?raw';
import factoryJs from '../../dist/providers/spUserPresence.js?raw';
import directiveJs from '../../dist/providers/spPresenceDot.js?raw';
import template from '../../widget/template.html?raw';
import css from '../../widget/style.scss?raw';
import clientJs from '../../widget/client.js?raw';
import serverJs from '../../widget/server.js?raw';
import optionSchema from '../../widget/option_schema.json?raw';
import demoData from '../../widget/demo_data.json?raw';

interface XmlWriter {
  singleRecordXml(record: unknown, pkg: unknown): string;
}
const writer = require('../../scripts/xml.js') as XmlWriter;
const pkg = require('../../package.json') as { version: string; releaseDate: string };

/** An independent parser (the browser's), so the writer is not checked against itself. */
function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('not well-formed XML: ' + doc.getElementsByTagName('parsererror')[0].textContent);
  }
  return doc;
}

function field(record: Element, name: string): string | null {
  for (let i = 0; i < record.children.length; i++) {
    if (record.children[i].tagName === name) {
      return record.children[i].textContent;
    }
  }
  return null;
}

function children(parent: Element, tag: string): Element[] {
  return Array.prototype.filter.call(parent.children, function (e: Element) { return e.tagName === tag; }) as Element[];
}

describe('single-record provider XMLs', function () {
  [
    { xml: factoryXml, name: 'spUserPresence', type: 'factory', script: factoryJs },
    { xml: directiveXml, name: 'spPresenceDot', type: 'directive', script: directiveJs }
  ].forEach(function (c) {
    it(c.name + ' parses back to exactly the shipped script and fields', function () {
      const unload = parse(c.xml).documentElement;
      expect(unload.tagName).toBe('unload');
      expect(unload.getAttribute('unload_date')).toBe(pkg.releaseDate);
      const records = children(unload, 'sp_angular_provider');
      expect(records.length).toBe(1);
      expect(records[0].getAttribute('action')).toBe('INSERT_OR_UPDATE');
      expect(field(records[0], 'name')).toBe(c.name);
      expect(field(records[0], 'type')).toBe(c.type);
      expect(field(records[0], 'script')).toBe(c.script);
      expect(field(records[0], 'sys_id')).toMatch(/^[0-9a-f]{32}$/);
      expect(field(records[0], 'sys_class_name')).toBe('sp_angular_provider');
    });
  });
});

describe('the XML writer', function () {
  it('escapes markup, ampersands and CDATA terminators so values round-trip', function () {
    const hostile = 'if (a < b && c > d) { s = "]]>"; t = \'<![CDATA[x]]>\'; }\r\n\ttab & <tag attr="v"> &amp; &#60; &lt;';
    const xml = writer.singleRecordXml({ table: 'sp_angular_provider', fields: { name: 'x&<y', script: hostile, sys_scope: { value: 'global', display_value: 'G"l<o>b&al' } } }, pkg);
    const record = parse(xml).documentElement.children[0];
    expect(field(record, 'script')).toBe(hostile);
    expect(field(record, 'name')).toBe('x&<y');
    expect(children(record, 'sys_scope')[0].getAttribute('display_value')).toBe('G"l<o>b&al');
  });
});

describe('the update set', function () {
  let sets: Element[];
  let updates: Element[];
  let payloads: Element[];
  let records: Element[];

  beforeAll(function () {
    const unload = parse(updateSetXmlText).documentElement;
    sets = children(unload, 'sys_remote_update_set');
    updates = children(unload, 'sys_update_xml');
    payloads = updates.map(function (u) { return parse(field(u, 'payload') as string).documentElement; });
    records = payloads.map(function (p) { return p.children[0]; });
  });

  function recordOf(table: string, name: string): Element {
    const found = records.filter(function (r) { return r.tagName === table && field(r, 'name') === name; });
    expect(found.length).withContext(table + ' ' + name).toBe(1);
    return found[0];
  }

  it('holds one loaded update set and exactly the five expected records', function () {
    expect(sets.length).toBe(1);
    expect(field(sets[0], 'state')).toBe('loaded');
    expect(field(sets[0], 'application')).toBe('global');
    expect(field(sets[0], 'name')).toBe('sp-presence ' + pkg.version);
    expect(records.map(function (r) { return r.tagName; }).sort()).toEqual([
      'm2m_sp_widget_angular_provider', 'm2m_sp_widget_angular_provider', 'sp_angular_provider', 'sp_angular_provider', 'sp_widget'
    ]);
    const setId = field(sets[0], 'sys_id');
    updates.forEach(function (u, i) {
      expect(field(u, 'remote_update_set')).toBe(setId);
      expect(field(u, 'action')).toBe('INSERT_OR_UPDATE');
      expect(payloads[i].tagName).toBe('record_update');
      expect(payloads[i].getAttribute('table')).toBe(records[i].tagName);
      expect(field(u, 'name')).toBe(records[i].tagName + '_' + field(records[i], 'sys_id'));
    });
    expect(updates.map(function (u) { return field(u, 'type'); }).sort()).toEqual(['Angular Provider', 'Angular Provider', 'Widget', 'Widget Angular Provider', 'Widget Angular Provider']);
  });

  it('uses unique 32-hex sys_ids throughout', function () {
    const ids = [field(sets[0], 'sys_id')]
      .concat(updates.map(function (u) { return field(u, 'sys_id'); }))
      .concat(records.map(function (r) { return field(r, 'sys_id'); }));
    ids.forEach(function (id) { expect(id).toMatch(/^[0-9a-f]{32}$/); });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the providers exactly as shipped', function () {
    expect(field(recordOf('sp_angular_provider', 'spUserPresence'), 'script')).toBe(factoryJs);
    expect(field(recordOf('sp_angular_provider', 'spPresenceDot'), 'script')).toBe(directiveJs);
    expect(field(recordOf('sp_angular_provider', 'spPresenceDot'), 'type')).toBe('directive');
  });

  it('carries the widget exactly as its source files', function () {
    const widget = recordOf('sp_widget', 'People presence');
    expect(field(widget, 'id')).toBe('sp-presence-people');
    expect(field(widget, 'template')).toBe(template);
    expect(field(widget, 'css')).toBe(css);
    expect(field(widget, 'client_script')).toBe(clientJs);
    expect(field(widget, 'script')).toBe(serverJs);
    expect(field(widget, 'option_schema')).toBe(optionSchema);
    expect(field(widget, 'demo_data')).toBe(demoData);
    expect(field(widget, 'controller_as')).toBe('c');
  });

  it('links the widget to both providers, pointing at records in the same file', function () {
    const widgetId = field(recordOf('sp_widget', 'People presence'), 'sys_id');
    const providerIds = ['spUserPresence', 'spPresenceDot'].map(function (n) { return field(recordOf('sp_angular_provider', n), 'sys_id'); });
    const links = records.filter(function (r) { return r.tagName === 'm2m_sp_widget_angular_provider'; });
    expect(links.length).toBe(2);
    links.forEach(function (link) { expect(field(link, 'sp_widget')).toBe(widgetId); });
    expect(links.map(function (l) { return field(l, 'sp_angular_provider'); }).sort()).toEqual(providerIds.slice().sort());
  });
});
