/**
 * What the leader tab shares with the others: the part of each answer they watch, a failure,
 * or a user source's facts (availability...). Read from the channel like a server answer,
 * since any script can post there.
 */
import { FailureKind, PresenceFailure } from './failure';
import { normaliseSysId } from './sys-id';
import { MAX_IDS_PER_TAB } from './tab-messages';

export type SharedResult =
  /** `users`: whom the answer covers (those absent from `entries` are offline). */
  | { kind: 'answer'; at: number; skewMs: number; entries: { user: string; last_on: number }[]; users: string[] }
  | { kind: 'failure'; failure: PresenceFailure }
  | { kind: 'facts'; source: string; entries: { user: string; value: unknown }[] };

const FAILURE_KINDS: FailureKind[] = [
  'login-page',
  'unauthorized',
  'forbidden',
  'gone',
  'origin',
  'rate-limited',
  'server',
  'http',
  'timeout',
  'network',
  'malformed',
  'too-large',
  'shape'
];

/** A shared answer covers at most what a few tabs watch. */
const MAX_SHARED_ENTRIES = 4 * MAX_IDS_PER_TAB;
const YEAR_MS = 365 * 86400000;

/** Facts of a user source: [{user, value}], each user a sys_id; values are read by their source. */
function readFactEntries(raw: unknown): { user: string; value: unknown }[] | undefined {
  if (!(raw instanceof Array) || raw.length > MAX_SHARED_ENTRIES) {
    return undefined;
  }
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i] as { user?: unknown } | null;
    if (
      typeof entry !== 'object' ||
      entry === null ||
      normaliseSysId(entry.user) !== entry.user ||
      !('value' in entry)
    ) {
      return undefined;
    }
  }
  return raw as { user: string; value: unknown }[];
}

function readUsers(raw: unknown): string[] | undefined {
  if (!(raw instanceof Array) || raw.length > MAX_SHARED_ENTRIES) {
    return undefined;
  }
  for (let i = 0; i < raw.length; i++) {
    if (normaliseSysId(raw[i]) !== raw[i]) {
      return undefined;
    }
  }
  return raw as string[];
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && value >= 0;
}

function readEntries(raw: unknown): { user: string; last_on: number }[] | undefined {
  if (!(raw instanceof Array) || raw.length > MAX_SHARED_ENTRIES) {
    return undefined;
  }
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i] as { user?: unknown; last_on?: unknown } | null;
    if (
      typeof entry !== 'object' ||
      entry === null ||
      normaliseSysId(entry.user) !== entry.user ||
      !isTime(entry.last_on)
    ) {
      return undefined;
    }
  }
  return raw as { user: string; last_on: number }[];
}

function readFailure(raw: unknown): PresenceFailure | undefined {
  const f = raw as { kind?: unknown; message?: unknown; status?: unknown; retryAfterMs?: unknown } | null;
  if (
    typeof f !== 'object' ||
    f === null ||
    FAILURE_KINDS.indexOf(f.kind as FailureKind) < 0 ||
    typeof f.message !== 'string' ||
    f.message.length > 500
  ) {
    return undefined;
  }
  const result: PresenceFailure = { kind: f.kind as FailureKind, message: f.message };
  if (typeof f.status === 'number' && isFinite(f.status)) {
    result.status = f.status;
  }
  if (isTime(f.retryAfterMs)) {
    result.retryAfterMs = f.retryAfterMs;
  }
  return result;
}

export function readSharedResult(raw: unknown): SharedResult | undefined {
  const r = raw as { kind?: unknown; at?: unknown; skewMs?: unknown; entries?: unknown; failure?: unknown } | null;
  if (typeof r !== 'object' || r === null) {
    return undefined;
  }
  if (r.kind === 'answer') {
    const entries = readEntries(r.entries);
    const skewOk = typeof r.skewMs === 'number' && Math.abs(r.skewMs) < YEAR_MS;
    const users = readUsers((r as { users?: unknown }).users);
    return entries && users && isTime(r.at) && skewOk
      ? { kind: 'answer', at: r.at as number, skewMs: r.skewMs as number, entries: entries, users: users }
      : undefined;
  }
  if (r.kind === 'failure') {
    const f = readFailure(r.failure);
    return f && { kind: 'failure', failure: f };
  }
  if (r.kind === 'facts') {
    const source = (r as { source?: unknown }).source;
    const entries = readFactEntries(r.entries);
    return entries && typeof source === 'string' && /^[a-z]{1,20}$/.test(source)
      ? { kind: 'facts', source: source, entries: entries }
      : undefined;
  }
  return undefined;
}
