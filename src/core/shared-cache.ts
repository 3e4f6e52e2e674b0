/**
 * The browser's shared presence answer, `localStorage['snPresence']`, in the platform's own
 * format `{saved: <browser ms>, presenceArray: [...]}` (servicenow.md §1b). Any tab writes it
 * after a poll (UI16, the portal's own client, sp-presence); every client skips its request
 * while it is fresh. A corrupt or foreign value reads as absent, never as an error.
 */
import { Observable } from 'rxjs';
import { filter } from 'rxjs/operators';
import { domEvents } from './dom-events';

export const SHARED_CACHE_KEY = 'snPresence';

/** localStorage holds about 5 MB per origin: a larger answer would be serialised only to be refused. */
export const MAX_SHARED_CHARS = 4 * 1024 * 1024;

/** When sp-presence last wrote the shared answer (its `saved`): tells our own value from another client's. */
export const OWN_WRITE_KEY = 'sp-presence:saved';

/** What localStorage offers; every call may throw (privacy settings, quota). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SharedAnswer {
  /** Browser ms when the answer was obtained. */
  saved: number;
  presenceArray: unknown[];
}

/** `saved`, read without parsing the whole value when it sits at either end (as JSON.stringify writes it), else undefined. */
function peekSaved(text: string): number | undefined {
  const found =
    /^\{"saved":(\d{1,16})[,}]/.exec(text.slice(0, 32)) || /[,{]"saved":(\d{1,16})\}$/.exec(text.slice(-32));
  return found ? Number(found[1]) : undefined;
}

function isFreshAt(saved: number, nowMs: number, intervalMs: number, newerThan: number | undefined): boolean {
  return nowMs - saved < intervalMs && saved <= nowMs + intervalMs && (newerThan === undefined || saved > newerThan);
}

/**
 * The shared answer when there is a fresh one (`now - saved < intervalMs`, as UI16 decides) saved
 * after `newerThan`. A value that is stale or not newer (our own, read back) is not parsed: its
 * size follows the company, not the page.
 */
export function readSharedAnswer(
  store: KeyValueStore | undefined,
  nowMs: number,
  intervalMs: number,
  newerThan?: number
): SharedAnswer | undefined {
  if (!store) {
    return undefined;
  }
  let value: unknown;
  try {
    const text = store.getItem(SHARED_CACHE_KEY);
    const peeked = text ? peekSaved(text) : undefined;
    if (!text || (peeked !== undefined && !isFreshAt(peeked, nowMs, intervalMs, newerThan))) {
      return undefined;
    }
    value = JSON.parse(text);
  } catch (e) {
    return undefined;
  }
  const shared = value as { saved?: unknown; presenceArray?: unknown } | undefined;
  if (typeof shared !== 'object' || shared === null || !(shared.presenceArray instanceof Array)) {
    return undefined;
  }
  const saved = shared.saved;
  if (typeof saved !== 'number' || !isFinite(saved) || !isFreshAt(saved, nowMs, intervalMs, newerThan)) {
    return undefined;
  }
  return { saved: saved, presenceArray: shared.presenceArray };
}

/** Writes our own answer so that every other client, the platform's included, skips its poll. */
export function writeSharedAnswer(store: KeyValueStore | undefined, answer: SharedAnswer): void {
  if (!store) {
    return;
  }
  try {
    store.setItem(SHARED_CACHE_KEY, JSON.stringify({ saved: answer.saved, presenceArray: answer.presenceArray }));
    store.setItem(OWN_WRITE_KEY, String(answer.saved));
  } catch (e) {
    // Quota or privacy settings: the other clients simply poll themselves.
  }
}

/**
 * Whether another presence client of this browser (UI16, the portal's own) has written the
 * shared answer: the value there is not the one sp-presence wrote last. Writing it costs
 * milliseconds per poll (serialising and storing the whole answer), worth paying only when
 * someone reads it.
 */
export function writtenByOthers(store: KeyValueStore | undefined): boolean {
  if (!store) {
    return false;
  }
  try {
    const text = store.getItem(SHARED_CACHE_KEY);
    if (!text) {
      return false;
    }
    const saved = peekSaved(text);
    return saved === undefined || String(saved) !== store.getItem(OWN_WRITE_KEY);
  } catch (e) {
    return false;
  }
}

/** localStorage, or undefined where merely touching it throws (privacy settings). */
export function browserStore(win: Window): KeyValueStore | undefined {
  try {
    return win.localStorage || undefined;
  } catch (e) {
    return undefined;
  }
}

/** Another tab wrote the shared answer (a `storage` event fires in every other tab). */
export function sharedAnswerChanges(win: Window): Observable<unknown> {
  return domEvents<StorageEvent>([win, 'storage']).pipe(
    filter(function (event) {
      return event.key === SHARED_CACHE_KEY;
    })
  );
}
