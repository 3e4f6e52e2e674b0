/**
 * One watched user on the status board: how many watch, their last activity and availability,
 * what their dot shows, and who is told when it changes.
 */
import { Availability, dotStatus } from './availability';
import { ageBucket } from './last-seen';
import { OfficeDay } from './office';
import { Presence, PresenceListener, sameAvailability, sameOffice } from './presence';
import { classify, msUntilNextChange, PresenceStatus, Thresholds } from './status';

export interface Entry {
  refs: number;
  lastOn: number | undefined;
  availability: Availability | undefined;
  /** Whether the status can be told: answered for, or settled by a failure. */
  known: boolean;
  /** Server ms from which what the dot shows may change on its own (Infinity: not before new facts). */
  changeAt: number;
  /** What the dot shows; undefined until known. */
  shown: Presence | undefined;
  /** Told each change: a plain list, as thousands of dots each hold one (no subscription objects per dot). */
  listeners: PresenceListener[];
}

const MINUTE = 60000;

/** A user newly watched: `initial` when their status is settled already (answers lost: offline). */
export function newEntry(initial: PresenceStatus | undefined): Entry {
  return {
    refs: 1,
    lastOn: undefined,
    availability: undefined,
    known: initial !== undefined,
    changeAt: Infinity,
    shown: initial === undefined ? undefined : { status: initial, activity: initial, stale: false },
    listeners: []
  };
}

/**
 * The user's presence changed: tells every listener (several on a copy, as one may stop another).
 * A listener that throws is reported apart and the others are told, as RxJS would do.
 */
export function show(entry: Entry, presence: Presence): void {
  entry.shown = presence;
  const listeners = entry.listeners.length > 1 ? entry.listeners.slice() : entry.listeners;
  for (let i = 0; i < listeners.length; i++) {
    try {
      listeners[i](presence);
    } catch (error) {
      Promise.reject(error);
    }
  }
}

/** Tells `listener` the user's presence now, when known, and on every change; returns how to stop. */
export function listen(entry: Entry, listener: PresenceListener): () => void {
  const listeners = entry.listeners;
  listeners.push(listener);
  if (entry.shown) {
    listener(entry.shown);
  }
  return function () {
    const at = listeners.indexOf(listener);
    if (at >= 0) {
      listeners.splice(at, 1);
    }
  };
}

/**
 * What the user's dot shows at `serverNow` (told when it changed, `office` and `forgotten`: what
 * the board knows of everyone), and from when it may change on its own.
 */
export function evaluate(
  entry: Entry,
  serverNow: number,
  thresholds: Thresholds,
  office: OfficeDay | undefined,
  forgotten: boolean
): void {
  const elapsed = entry.lastOn === undefined ? undefined : serverNow - entry.lastOn;
  const activity = classify(elapsed, thresholds);
  const status = dotStatus(activity, entry.availability);
  const ages = elapsed !== undefined && isFinite(elapsed);
  const lastSeenMs = ages ? Math.max(0, elapsed as number) : undefined;
  const unknown = forgotten && status === 'offline';
  const current = entry.shown;
  // Most answers change nobody's dot: tell that without building a new presence.
  const same =
    !!current &&
    current.status === status &&
    current.activity === activity &&
    !current.stale &&
    !!current.unknown === unknown &&
    sameAvailability(current.availability, entry.availability) &&
    sameOffice(current.office, office) &&
    (activity !== 'offline' ||
      (current.lastSeenMs === undefined
        ? lastSeenMs === undefined
        : lastSeenMs !== undefined && ageBucket(current.lastSeenMs) === ageBucket(lastSeenMs)));
  if (entry.known && !same) {
    const shown: Presence = { status: status, activity: activity, stale: false };
    if (lastSeenMs !== undefined) {
      shown.lastSeenMs = lastSeenMs;
    }
    if (entry.availability) {
      shown.availability = entry.availability;
    }
    if (office) {
      shown.office = office;
    }
    if (unknown) {
      shown.unknown = 'unavailable';
    }
    show(entry, shown);
  }
  const wait = msUntilNextChange(elapsed, thresholds);
  // Offline, "last seen N min ago" moves on: every offline user together, on the minute.
  entry.changeAt =
    wait !== undefined
      ? serverNow + wait
      : ages && activity === 'offline'
        ? (Math.floor(serverNow / MINUTE) + 1) * MINUTE
        : Infinity;
}
