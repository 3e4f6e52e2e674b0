/**
 * Reads the answer of /api/now/ui/presence. The endpoint is undocumented, so every shape seen
 * in the wild is accepted (servicenow.md §1); anything else becomes a typed failure, never a throw.
 */
import { failure, PresenceFailure } from './failure';
import { normaliseSysId } from './sys-id';

/** What the transport hands over: the raw HTTP answer. */
export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
  retryAfter: string | null;
}

export interface PresenceSnapshot {
  /** Server clock at answer time, when the answer carried one. */
  serverTime: number | undefined;
  /** Epoch ms of each listed user's last activity, keyed by canonical sys_id. */
  lastOn: { [sysId: string]: number };
}

export type ParseResult = { ok: true; snapshot: PresenceSnapshot } | { ok: false; failure: PresenceFailure };

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    return parseInt(text, 10) * 1000;
  }
  const date = Date.parse(text);
  return isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function statusFailure(answer: HttpAnswer, nowMs: number): PresenceFailure {
  const s = answer.status;
  switch (s) {
    case 401:
      return failure('unauthorized', 'not signed in (401); presence paused until the page is focused again', s);
    case 403:
      return failure('forbidden', 'access denied (403); presence paused until the page is focused again', s);
    case 404:
      return failure('gone', 'the presence endpoint does not exist on this instance (404); presence is off for this page', s);
    case 429: {
      const wait = parseRetryAfter(answer.retryAfter, nowMs);
      const when = wait === undefined ? 'backing off' : 'retrying after ' + Math.ceil(wait / 1000) + ' s';
      return failure('rate-limited', 'rate limited by the instance (429); ' + when, s, wait);
    }
  }
  if (s >= 500) {
    return failure('server', 'the instance answered ' + s + '; backing off', s, parseRetryAfter(answer.retryAfter, nowMs));
  }
  return failure('http', 'unexpected HTTP status ' + s + '; backing off', s);
}

function toEpochMs(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? parseFloat(value) : value;
  return typeof n === 'number' && isFinite(n) && n >= 0 ? n : undefined;
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !(value instanceof Array);
}

/** Entries with an unreadable id or time are skipped: that user reads as offline. */
function readUsers(entries: unknown[]): { [sysId: string]: number } {
  const lastOn: { [sysId: string]: number } = {};
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isObject(entry)) {
      continue;
    }
    const id = normaliseSysId(entry.user !== undefined ? entry.user : entry.sys_id);
    const time = toEpochMs(entry.last_on);
    if (id !== undefined && time !== undefined) {
      lastOn[id] = Math.max(time, lastOn[id] || 0);
    }
  }
  return lastOn;
}

function readSnapshot(json: unknown): PresenceSnapshot | undefined {
  const wrapped = isObject(json) && 'result' in json;
  const payload = wrapped ? (json as { result: unknown }).result : json;
  if (wrapped && payload instanceof Array) {
    return { serverTime: undefined, lastOn: readUsers(payload) };
  }
  if (!isObject(payload) || !(payload.presenceArray instanceof Array)) {
    return undefined;
  }
  const rawTime = payload.serverTimeMilis !== undefined ? payload.serverTimeMilis : payload.serverTimeMillis;
  const serverTime = toEpochMs(rawTime);
  if (rawTime !== undefined && serverTime === undefined) {
    return undefined;
  }
  return { serverTime: serverTime, lastOn: readUsers(payload.presenceArray) };
}

export function parseAnswer(answer: HttpAnswer, nowMs: number): ParseResult {
  if (answer.status < 200 || answer.status >= 300) {
    return { ok: false, failure: statusFailure(answer, nowMs) };
  }
  const body = answer.body.replace(/^\uFEFF/, '').trim();
  if (/html/i.test(answer.contentType) || /^</.test(body)) {
    return {
      ok: false,
      failure: failure('login-page', 'the instance answered an HTML page (session expired?); presence paused until the page is focused again', answer.status)
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, failure: failure('malformed', 'the presence answer is not valid JSON; backing off', answer.status) };
  }
  const snapshot = readSnapshot(json);
  return snapshot
    ? { ok: true, snapshot: snapshot }
    : { ok: false, failure: failure('shape', 'the presence answer has an unknown shape (has the endpoint changed?); backing off', answer.status) };
}
