/**
 * Which record a list is about: the page's (`table` and `sys_id` in the URL, where the
 * platform reads them to join the record's presence channel) or one named by attributes.
 */
import { normaliseSysId } from '../sys-id';

export interface RecordRef {
  table: string;
  sysId: string;
}

/** Table names as ServiceNow makes them: lowercase letters, digits and underscores. */
const TABLE = /^[a-z][a-z0-9_]{0,79}$/;

export function readRecord(table: unknown, sysId: unknown): RecordRef | undefined {
  const id = normaliseSysId(sysId);
  const name = typeof table === 'string' ? table.trim() : '';
  return id && TABLE.test(name) ? { table: name, sysId: id } : undefined;
}

/** The record in a query string such as "?id=ticket&table=incident&sys_id=…". */
export function recordFromQuery(search: string): RecordRef | undefined {
  const params: { [name: string]: string } = {};
  search
    .replace(/^\?/, '')
    .split('&')
    .forEach(function (pair) {
      const at = pair.indexOf('=');
      try {
        const name = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
        params[name] = decodeURIComponent(at < 0 ? '' : pair.slice(at + 1).replace(/\+/g, ' '));
      } catch (e) {
        // a malformed escape names no record
      }
    });
  return readRecord(params.table, params.sys_id);
}

/**
 * Whether a session's `table` and `sys_id` are this record's. A session that leaves them out
 * came on this page's channel, so it is taken as this record's.
 */
export function sameRecord(table: unknown, sysId: unknown, record: RecordRef): boolean {
  const tableMatches = table === undefined || table === null || table === '' || table === record.table;
  const idMatches = sysId === undefined || sysId === null || sysId === '' || normaliseSysId(sysId) === record.sysId;
  return tableMatches && idMatches;
}
