/**
 * Reads the platform's record presence (`sp.sessions`, docs in README "Who else is on this
 * ticket") into the people to show. The event comes from a websocket other users publish to,
 * so every field is untrusted: a session without a valid user sys_id is skipped, names are
 * plain text (never markup), an avatar is kept only as a same-origin path, and of one user's
 * several sessions only the most telling is kept.
 */
import { normaliseSysId } from '../sys-id';
import { RecordRef, sameRecord } from './record-ref';

/** What someone is doing on the record, most telling first (the platform's order too). */
export type Doing = 'typing' | 'viewing' | 'entered' | 'probably left';

const RANK: { [status: string]: number } = { typing: 0, viewing: 1, entered: 2, 'probably left': 3 };

/** The journal field someone types in: the two the portal's conversation box writes, or another. */
export type Field = 'work_notes' | 'comments' | 'other';

export interface Colleague {
  userId: string;
  name: string;
  initials: string;
  /** A same-origin path (e.g. "/4b7d….iix?t=small"), else undefined: initials are drawn. */
  avatar: string | undefined;
  doing: Doing;
  /** Only while typing. */
  field: Field | undefined;
}

export interface ReadContext {
  /** The signed-in user: their own sessions (other tabs) are not "someone else". */
  selfId: string | undefined;
  /** The record shown: sessions that name another one are not about it. */
  record: RecordRef;
  /** The page's origin, e.g. "https://acme.service-now.com". */
  origin: string;
}

const MAX_NAME = 100;

/**
 * Text for a text node: trimmed, control characters and runs of blanks folded, bounded, and
 * without bidirectional overrides (a name could otherwise reverse the words drawn after it).
 */
function text(value: unknown, max: number): string {
  if (typeof value !== 'string') {
    return '';
  }
  // Control characters are exactly what this strips from names others chose.
  const folded = value
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ')
    .trim();
  return folded.length > max ? folded.slice(0, max - 1) + '…' : folded;
}

function initialsOf(given: string, name: string): string {
  if (given) {
    return given.slice(0, 3);
  }
  return name
    .split(' ')
    .slice(0, 2)
    .map(function (part) {
      return part.charAt(0);
    })
    .join('')
    .toUpperCase();
}

/**
 * `value` as a path on this origin, or undefined: never another host (`//evil`), scheme
 * (`javascript:`, `data:`), or a backslash that some browsers read as a slash.
 */
export function sameOriginPath(value: unknown, origin: string): string | undefined {
  if (typeof value !== 'string' || value.charAt(0) !== '/' || value.charAt(1) === '/' || /[\\\s]/.test(value)) {
    return undefined;
  }
  try {
    const url = new URL(value, origin);
    return url.origin === origin ? url.pathname + url.search : undefined;
  } catch (e) {
    return undefined;
  }
}

function fieldOf(value: unknown): Field {
  return value === 'work_notes' || value === 'comments' ? value : 'other';
}

/** One session as a colleague, or undefined when it cannot be one of the people on this record. */
function readSession(session: unknown, context: ReadContext): Colleague | undefined {
  if (typeof session !== 'object' || session === null) {
    return undefined;
  }
  const s = session as { [field: string]: unknown };
  const userId = normaliseSysId(s.user_id);
  const status =
    typeof s.status === 'string' && Object.prototype.hasOwnProperty.call(RANK, s.status)
      ? (s.status as Doing)
      : undefined;
  // `exited` and `offline` (and any unknown word) mean: not on the record now.
  if (!userId || !status || userId === context.selfId || !sameRecord(s.table, s.sys_id, context.record)) {
    return undefined;
  }
  const name = text(s.user_display_name, MAX_NAME) || text(s.user_name, MAX_NAME);
  if (!name) {
    return undefined; // nobody to name: a nameless row would tell the reader nothing
  }
  return {
    userId: userId,
    name: name,
    initials: initialsOf(text(s.user_initials, MAX_NAME), name),
    avatar: sameOriginPath(s.user_avatar, context.origin),
    doing: status,
    field: status === 'typing' ? fieldOf(s.field_type) : undefined
  };
}

/** Most telling first; then by name, so a list does not reshuffle on every event. */
export function compareColleagues(a: Colleague, b: Colleague): number {
  return RANK[a.doing] - RANK[b.doing] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** The people on the record now, one per user, ordered: typing, then viewing, then the rest. */
export function readSessions(sessions: unknown, context: ReadContext): Colleague[] {
  if (typeof sessions !== 'object' || sessions === null) {
    return [];
  }
  const byUser: { [userId: string]: Colleague } = {};
  const all = sessions as { [id: string]: unknown };
  Object.keys(all).forEach(function (key) {
    const colleague = readSession(all[key], context);
    const kept = colleague && byUser[colleague.userId];
    if (colleague && (!kept || RANK[colleague.doing] < RANK[kept.doing])) {
      byUser[colleague.userId] = colleague;
    }
  });
  return Object.keys(byUser)
    .map(function (id) {
      return byUser[id];
    })
    .sort(compareColleagues);
}
