/**
 * What the leader tab shares with the others: the part of each answer they watch, or a
 * failure. Read from the channel like a server answer, since any script can post there.
 */
import { ActivityText, Availability, AvailabilityState, Vendor } from './availability';
import { FailureKind, PresenceFailure } from './failure';
import { normaliseSysId } from './sys-id';
import { MAX_IDS_PER_TAB } from './tab-leader';

export type SharedResult =
  | { kind: 'answer'; at: number; skewMs: number; entries: { user: string; last_on: number }[] }
  | { kind: 'failure'; failure: PresenceFailure }
  | { kind: 'availability'; entries: { user: string; availability: Availability }[] };

const STATES: AvailabilityState[] = ['available', 'busy', 'dnd', 'away', 'offline', 'unknown'];
const VENDORS: Vendor[] = ['teams', 'ringcentral', 'symphony'];
const ACTIVITIES: ActivityText[] = ['inAMeeting', 'onThePhone', 'presenting', 'focusing', 'beRightBack', 'outOfOffice', 'offWork'];

function readAvailability(raw: unknown): Availability | undefined {
  const a = raw as { state?: unknown; activity?: unknown; source?: unknown } | null;
  if (typeof a !== 'object' || a === null || STATES.indexOf(a.state as AvailabilityState) < 0 || VENDORS.indexOf(a.source as Vendor) < 0) {
    return undefined;
  }
  if (a.activity !== undefined && ACTIVITIES.indexOf(a.activity as ActivityText) < 0) {
    return undefined;
  }
  const result: Availability = { state: a.state as AvailabilityState, source: a.source as Vendor };
  if (a.activity !== undefined) {
    result.activity = a.activity as ActivityText;
  }
  return result;
}

function readAvailabilityEntries(raw: unknown): { user: string; availability: Availability }[] | undefined {
  if (!(raw instanceof Array) || raw.length > MAX_SHARED_ENTRIES) {
    return undefined;
  }
  const entries: { user: string; availability: Availability }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i] as { user?: unknown; availability?: unknown } | null;
    const availability = entry && typeof entry === 'object' ? readAvailability(entry.availability) : undefined;
    if (!entry || normaliseSysId(entry.user) !== entry.user || !availability) {
      return undefined;
    }
    entries.push({ user: entry.user as string, availability: availability });
  }
  return entries;
}

const FAILURE_KINDS: FailureKind[] = ['login-page', 'unauthorized', 'forbidden', 'gone', 'origin', 'rate-limited', 'server', 'http', 'timeout', 'network', 'malformed', 'too-large', 'shape'];

/** A shared answer covers at most what a few tabs watch. */
const MAX_SHARED_ENTRIES = 4 * MAX_IDS_PER_TAB;
const YEAR_MS = 365 * 86400000;

function isTime(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && value >= 0;
}

function readEntries(raw: unknown): { user: string; last_on: number }[] | undefined {
  if (!(raw instanceof Array) || raw.length > MAX_SHARED_ENTRIES) {
    return undefined;
  }
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i] as { user?: unknown; last_on?: unknown } | null;
    if (typeof entry !== 'object' || entry === null || normaliseSysId(entry.user) !== entry.user || !isTime(entry.last_on)) {
      return undefined;
    }
  }
  return raw as { user: string; last_on: number }[];
}

function readFailure(raw: unknown): PresenceFailure | undefined {
  const f = raw as { kind?: unknown; message?: unknown; status?: unknown; retryAfterMs?: unknown } | null;
  if (typeof f !== 'object' || f === null || FAILURE_KINDS.indexOf(f.kind as FailureKind) < 0 || typeof f.message !== 'string' || f.message.length > 500) {
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
    return entries && isTime(r.at) && skewOk ? { kind: 'answer', at: r.at as number, skewMs: r.skewMs as number, entries: entries } : undefined;
  }
  if (r.kind === 'failure') {
    const f = readFailure(r.failure);
    return f && { kind: 'failure', failure: f };
  }
  if (r.kind === 'availability') {
    const entries = readAvailabilityEntries(r.entries);
    return entries && { kind: 'availability', entries: entries };
  }
  return undefined;
}
