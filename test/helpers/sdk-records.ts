/** The records ServiceNow's SDK wrote to dist/app/update/, parsed by the browser's own XML parser. */
export interface SdkRecord {
  file: string;
  table: string;
  text: string;
  element: Element;
}

/** An independent parser (the browser's), so the build's XML writer is not checked against itself. */
export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('not well-formed XML: ' + doc.getElementsByTagName('parsererror')[0].textContent);
  }
  return doc;
}

export function field(record: Element, name: string): string | null {
  for (let i = 0; i < record.children.length; i++) {
    if (record.children[i].tagName === name) {
      return record.children[i].textContent;
    }
  }
  return null;
}

export function fieldNames(record: Element): string[] {
  return Array.prototype.map.call(record.children, function (e: Element) {
    return e.tagName;
  }) as string[];
}

export function children(parent: Element, tag: string): Element[] {
  return Array.prototype.filter.call(parent.children, function (e: Element) {
    return e.tagName === tag;
  }) as Element[];
}

const files = require.context('../../dist/app/update', false, /\.xml$/);

export const SDK_RECORDS: SdkRecord[] = files.keys().map(function (key) {
  const text = files(key) as string;
  const element = parseXml(text).documentElement.children[0];
  return { file: key.replace(/^\.\//, ''), table: element.tagName, text: text, element: element };
});

export function sdkRecord(table: string, name: string): SdkRecord {
  const found = SDK_RECORDS.filter(function (r) {
    return r.table === table && field(r.element, 'name') === name;
  });
  if (found.length !== 1) {
    throw new Error('expected one ' + table + ' named ' + name + ' in dist/app, found ' + found.length);
  }
  return found[0];
}
