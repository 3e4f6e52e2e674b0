/**
 * Reads the answer of GET /api/sn_wsd_concierge/v1/presence/collaborator (and the
 * `collaborators` of a POST to it): `{result: {collaborators: [{sys_id, privacy_enabled,
 * routine, exceptions}]}}`. Read like any server answer: a collaborator that is not well formed
 * is left out, never a throw; a private one keeps nothing of its schedule.
 */
import { MAX_LOCATION_CHARS } from '../../office';
import { normaliseSysId } from '../../sys-id';
import { Collaborator, OfficeException, Weekday, WEEKDAYS } from './office-days';

/** Nobody follows more colleagues than this; an answer listing more is not read past it. */
export const MAX_COLLABORATORS = 5000;
/** Exceptions span about three months ahead. */
const MAX_EXCEPTIONS = 400;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readRoutine(raw: unknown): Collaborator['routine'] | undefined {
  if (raw === null || raw === undefined) {
    return null;
  }
  if (typeof raw !== 'object' || raw instanceof Array) {
    return undefined;
  }
  const given = raw as { [day: string]: unknown };
  const routine: { [day in Weekday]?: boolean } = {};
  WEEKDAYS.forEach(function (day) {
    if (typeof given[day] === 'boolean') {
      routine[day] = given[day] as boolean;
    }
  });
  return routine;
}

function readExceptions(raw: unknown): OfficeException[] | undefined {
  if (raw === undefined || raw === null) {
    return [];
  }
  if (!(raw instanceof Array)) {
    return undefined;
  }
  const read: OfficeException[] = [];
  for (let i = 0; i < raw.length && i < MAX_EXCEPTIONS; i++) {
    const e = raw[i] as { date?: unknown; in_office?: unknown; location?: unknown } | null;
    // in_office is documented as Boolean here, as String in GET /exception: read both.
    const inOffice =
      e && (e.in_office === true || e.in_office === 'true')
        ? true
        : e && (e.in_office === false || e.in_office === 'false')
          ? false
          : undefined;
    if (e && typeof e.date === 'string' && DATE.test(e.date) && inOffice !== undefined) {
      const location = typeof e.location === 'string' ? e.location.trim().slice(0, MAX_LOCATION_CHARS) : '';
      read.push({ date: e.date, inOffice: inOffice, location: location });
    }
  }
  return read;
}

/** One collaborator, or undefined when it is not well formed. */
export function readCollaborator(raw: unknown): Collaborator | undefined {
  const c = raw as { sys_id?: unknown; privacy_enabled?: unknown; routine?: unknown; exceptions?: unknown } | null;
  if (typeof c !== 'object' || c === null) {
    return undefined;
  }
  const sysId = normaliseSysId(c.sys_id);
  if (sysId === undefined) {
    return undefined;
  }
  if (c.privacy_enabled === true || c.privacy_enabled === 'true') {
    return { sysId: sysId, privacy: true, routine: null, exceptions: [] };
  }
  const routine = readRoutine(c.routine);
  const exceptions = readExceptions(c.exceptions);
  return routine === undefined || exceptions === undefined
    ? undefined
    : { sysId: sysId, privacy: false, routine: routine, exceptions: exceptions };
}

/** The collaborators of an answer, or undefined when it is not `{result: {collaborators: [...]}}`. */
export function readCollaborators(json: unknown): Collaborator[] | undefined {
  const result =
    json && typeof json === 'object' ? (json as { result?: { collaborators?: unknown } }).result : undefined;
  const list = result && typeof result === 'object' ? result.collaborators : undefined;
  if (!(list instanceof Array)) {
    return undefined;
  }
  const read: Collaborator[] = [];
  for (let i = 0; i < list.length && i < MAX_COLLABORATORS; i++) {
    const c = readCollaborator(list[i]);
    if (c) {
      read.push(c);
    }
  }
  return read;
}
