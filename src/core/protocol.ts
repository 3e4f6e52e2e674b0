/**
 * Reads the answer of /api/now/ui/presence. The endpoint is undocumented, so every shape seen
 * in the wild is accepted (servicenow.md §1); anything else becomes a typed failure, never a throw.
 */
import { MAX_BACKOFF_MS } from './backoff';
import { failure, PresenceFailure } from './failure';
import { normaliseSysId } from './sys-id';

/** What the transport hands over: the raw HTTP answer. */
export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
  retryAfter: string | null;
}

/** One answer: the server's clock (when it said) and every entry it listed, read lazily. */
export interface PresenceSnapshot {
  /** Server clock at answer time, when the answer carried one. */
  serverTime: number | undefined;
  /** The answer's presenceArray as parsed: everyone present, watched or not. */
  entries: unknown[];
}

/** Epoch ms of each watched user's last activity; users absent here are offline. */
export type LastOnMap = Map<string, number>;

/**
 * Answers above this many characters are refused unread. Reading an answer (text, JSON.parse,
 * one lookup per entry) cost 11-21 ms per MB in headless Chromium on the 2-core bench machine
 * (`npm run bench -- parse-cost`): at the worst rate, 24 MB hold the main thread about 500 ms.
 * That is some 370 000 users present (a UI16 entry is about 68 characters).
 */
export const MAX_ANSWER_CHARS = 24 * 1024 * 1024;
const MEASURED = 'reading costs up to 21 ms per MB in Chromium, so more would hold the page over 500 ms';

export type ParseResult = { ok: true; snapshot: PresenceSnapshot } | { ok: false; failure: PresenceFailure };

/** Retry-After is either delta-seconds or an HTTP date; honoured up to the longest backoff (5 min). */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  const text = value.trim();
  const date = /^\d+$/.test(text) ? nowMs + parseInt(text, 10) * 1000 : Date.parse(text);
  return isNaN(date) ? undefined : Math.min(MAX_BACKOFF_MS, Math.max(0, date - nowMs));
}

function statusFailure(answer: HttpAnswer, nowMs: number): PresenceFailure {
  const s = answer.status;
  switch (s) {
    case 401:
      return failure('unauthorized', 'not signed in (401); presence paused until the page is focused again', s);
    case 403:
      return failure('forbidden', 'access denied (403); presence paused until the page is focused again', s);
    case 404:
      return failure(
        'gone',
        'the presence endpoint does not exist on this instance (404); presence is off for this page',
        s
      );
    case 429: {
      const wait = parseRetryAfter(answer.retryAfter, nowMs);
      const when = wait === undefined ? 'backing off' : 'retrying after ' + Math.ceil(wait / 1000) + ' s';
      return failure('rate-limited', 'rate limited by the instance (429); ' + when, s, wait);
    }
  }
  if (s >= 500) {
    return failure(
      'server',
      'the instance answered ' + s + '; backing off',
      s,
      parseRetryAfter(answer.retryAfter, nowMs)
    );
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

/**
 * The last activity of the watched users among `entries`: one lookup per entry, nothing else
 * for users nobody watches. The instance sends canonical (lowercase) sys_ids; other spellings
 * are normalised only when the plain lookup misses. Unreadable entries are skipped (offline).
 */
export function readWatched(entries: unknown[], watched: { has(id: string): boolean }): LastOnMap {
  const lastOn: LastOnMap = new Map();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as { user?: unknown; sys_id?: unknown; last_on?: unknown } | null;
    if (typeof entry !== 'object' || entry === null) {
      continue;
    }
    const raw = entry.user !== undefined ? entry.user : entry.sys_id;
    let id: string | undefined = typeof raw === 'string' && watched.has(raw) ? raw : undefined;
    if (id === undefined && typeof raw === 'string' && (raw.length !== 32 || raw !== raw.toLowerCase())) {
      const canonical = normaliseSysId(raw);
      id = canonical !== undefined && watched.has(canonical) ? canonical : undefined;
    }
    if (id === undefined) {
      continue;
    }
    const time = toEpochMs(entry.last_on);
    if (time !== undefined) {
      lastOn.set(id, Math.max(time, lastOn.get(id) || 0));
    }
  }
  return lastOn;
}

function readSnapshot(json: unknown): PresenceSnapshot | undefined {
  const wrapped = isObject(json) && 'result' in json;
  const payload = wrapped ? (json as { result: unknown }).result : json;
  if (wrapped && payload instanceof Array) {
    return { serverTime: undefined, entries: payload };
  }
  if (!isObject(payload) || !(payload.presenceArray instanceof Array)) {
    return undefined;
  }
  // UI16 reads serverTimeMillis; the article spells it serverTimeMilis.
  const rawTime = payload.serverTimeMillis !== undefined ? payload.serverTimeMillis : payload.serverTimeMilis;
  const serverTime = toEpochMs(rawTime);
  if (rawTime !== undefined && serverTime === undefined) {
    return undefined;
  }
  return { serverTime: serverTime, entries: payload.presenceArray };
}

export function parseAnswer(answer: HttpAnswer, nowMs: number): ParseResult {
  // The instance answers 201; any 2xx is success.
  if (answer.status < 200 || answer.status >= 300) {
    return { ok: false, failure: statusFailure(answer, nowMs) };
  }
  if (answer.body.length > MAX_ANSWER_CHARS) {
    return {
      ok: false,
      failure: failure(
        'too-large',
        'the presence answer is ' +
          Math.round(answer.body.length / 1048576) +
          ' MB, over the ' +
          MAX_ANSWER_CHARS / 1048576 +
          ' MB limit (' +
          MEASURED +
          '): refused unread; backing off',
        answer.status
      )
    };
  }
  const body = answer.body.replace(/^\uFEFF/, '').trim();
  if (/html/i.test(answer.contentType) || /^</.test(body)) {
    return {
      ok: false,
      failure: failure(
        'login-page',
        'the instance answered an HTML page (session expired?); presence paused until the page is focused again',
        answer.status
      )
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return {
      ok: false,
      failure: failure('malformed', 'the presence answer is not valid JSON; backing off', answer.status)
    };
  }
  const snapshot = readSnapshot(json);
  return snapshot
    ? { ok: true, snapshot: snapshot }
    : {
        ok: false,
        failure: failure(
          'shape',
          'the presence answer has an unknown shape (has the endpoint changed?); backing off',
          answer.status
        )
      };
}
