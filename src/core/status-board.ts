/**
 * The presence of the users one page watches: ref-counted entries, each user's last activity,
 * the server clock, and one stream per user that emits only on change. An answer re-evaluates
 * only the users whose last activity changed; statuses age on their own between answers (a
 * single timer for the next threshold crossing of any user, and a once-a-minute pass for the
 * "last seen" minutes of offline users). While answers fail, the last known statuses stand,
 * marked stale, rather than drifting to away.
 */
import { SchedulerLike, Subscription } from 'rxjs';
import { Availability, dotStatus, DotStatus } from './availability';
import { after } from './delay';
import { ageBucket } from './last-seen';
import { OfficeDay } from './office';
import { LastOnMap } from './protocol';
import { classify, msUntilNextChange, PresenceStatus, Thresholds } from './status';

export type UnknownReason = 'disabled' | 'unavailable';

/** What a dot shows: the status, and whether it is only the last one known. */
export interface Presence {
  /** What the dot shows: activity and availability combined (the precedence rule). */
  status: DotStatus;
  /** Activity on the instance alone: online, away or offline (the article's status). */
  activity: PresenceStatus;
  /** Answers are failing: this is the last known status, not a current one. */
  stale: boolean;
  /** How long ago, on the server clock, the user was last active, when known (as of this change). */
  lastSeenMs?: number;
  /** A fresh availability from a presence product, when one is configured and the user shares it. */
  availability?: Availability;
  /** Whether the person is in the office today, once the office-days source has answered. */
  office?: OfficeDay;
  /**
   * Offline because nothing can be known, not because an answer said so: `disabled` by the
   * administrator, else `unavailable` (an invalid id, answers failing or gone).
   */
  unknown?: UnknownReason;
}

interface Entry {
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

export type PresenceListener = (presence: Presence) => void;

const MINUTE = 60000;
/** Measures of the server clock jitter by the request's latency; a larger move re-evaluates everyone. */
const SKEW_TOLERANCE_MS = 1000;

function sameOffice(a: OfficeDay | undefined, b: OfficeDay | undefined): boolean {
  return (
    a === b || (!!a && !!b && a.following === b.following && a.inOffice === b.inOffice && a.location === b.location)
  );
}

function sameAvailability(a: Availability | undefined, b: Availability | undefined): boolean {
  return a === b || (!!a && !!b && a.state === b.state && a.activity === b.activity && a.source === b.source);
}

/** Told again only when what a dot shows or says changes (an offline user's "last seen" age in words included). */
function samePresence(a: Presence, b: Presence): boolean {
  const minute = function (p: Presence) {
    return p.lastSeenMs === undefined ? -1 : p.activity === 'offline' ? ageBucket(p.lastSeenMs) : 0;
  };
  return (
    a.status === b.status &&
    a.stale === b.stale &&
    a.unknown === b.unknown &&
    sameAvailability(a.availability, b.availability) &&
    sameOffice(a.office, b.office) &&
    minute(a) === minute(b)
  );
}

/** Nothing can be known about this user. */
export function unknownPresence(reason?: UnknownReason): Presence {
  return { status: 'offline', activity: 'offline', stale: false, unknown: reason || 'unavailable' };
}

const NOT_FOLLOWED: OfficeDay = { following: false };

/**
 * The user's presence changed: tells every listener (several on a copy, as one may stop another).
 * A listener that throws is reported apart and the others are told, as RxJS would do.
 */
function show(entry: Entry, presence: Presence): void {
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

export class StatusBoard {
  private readonly entries = new Map<string, Entry>();
  private ageing: Subscription | undefined;
  /** Server ms the ageing timer is set for. */
  private ageingAt = Infinity;
  /** The server clock's lead over the browser's at the last evaluation of everyone: if it moves, everyone is due. */
  private evaluatedSkew = 0;
  /** Answers are failing: statuses stand as last known. */
  private stale = false;
  /** Activity is lost (session gone, endpoint gone): nobody's activity can be known. */
  private forgotten = false;
  /** The office-days source's latest answer, for every user (kept whole, so a dot mounted later reads it at once); undefined: none. */
  private office: Map<string, OfficeDay> | undefined;

  /** `serverNow`: the estimated server clock; statuses are computed on it, never the browser's. */
  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly thresholds: () => Thresholds,
    private readonly serverNow: () => number
  ) {}

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get size(): number {
    return this.entries.size;
  }

  ids(): string[] {
    const ids: string[] = [];
    this.entries.forEach(function (_entry, id) {
      ids.push(id);
    });
    return ids;
  }

  /** Counts one more watcher of `id`; returns true when the user is new to the board. */
  acquire(id: string, initial: PresenceStatus | undefined): boolean {
    const entry = this.entries.get(id);
    if (entry) {
      entry.refs++;
      return false;
    }
    const presence: Presence | undefined =
      initial === undefined ? undefined : { status: initial, activity: initial, stale: false };
    this.entries.set(id, {
      refs: 1,
      lastOn: undefined,
      availability: undefined,
      known: initial !== undefined,
      changeAt: Infinity,
      shown: presence,
      listeners: []
    });
    return true;
  }

  /** One watcher fewer; returns true when that was the last one and the user is gone. */
  release(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry || --entry.refs > 0) {
      return false;
    }
    this.entries.delete(id);
    if (this.entries.size === 0) {
      this.stopAgeing();
    }
    return true;
  }

  /** Tells `listener` the acquired user's presence now, when known, and on every change; returns how to stop. */
  listen(id: string, listener: PresenceListener): () => void {
    const entry = this.entries.get(id) as Entry;
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
   * Takes an answer for `ids` (those absent from `lastOn` are offline). Only users whose last
   * activity changed (or who had none yet) are re-evaluated: the others age on their own.
   */
  apply(ids: string[], lastOn: LastOnMap): void {
    const entries = this.entries;
    this.take(lastOn, function (visit) {
      ids.forEach(function (id) {
        const entry = entries.get(id);
        if (entry) {
          visit(id, entry);
        }
      });
    });
  }

  /** Takes an answer that covers everyone watched (a full answer), as apply does. */
  applyToAll(lastOn: LastOnMap): void {
    const entries = this.entries;
    this.take(lastOn, function (visit) {
      entries.forEach(function (entry, id) {
        visit(id, entry);
      });
    });
  }

  private take(lastOn: LastOnMap, each: (visit: (id: string, entry: Entry) => void) => void): void {
    if (this.stale || this.forgotten) {
      this.stale = false;
      this.forgotten = false;
      each(function (id, entry) {
        entry.lastOn = lastOn.get(id);
        entry.known = true;
      });
      this.refresh();
      return;
    }
    const serverNow = this.serverNow();
    if (Math.abs(serverNow - this.scheduler.now() - this.evaluatedSkew) > SKEW_TOLERANCE_MS) {
      this.refresh();
    }
    const thresholds = this.thresholds();
    let soonest = Infinity;
    each((id, entry) => {
      const time = lastOn.get(id);
      if (entry.known && entry.lastOn === time) {
        return;
      }
      const current = entry.shown;
      // The common case: a user who is online and active again stays online; only the moment
      // the dot may next change moves (as evaluate would find, without its comparisons).
      const stillOnline =
        entry.known &&
        !!current &&
        current.activity === 'online' &&
        !current.stale &&
        time !== undefined &&
        serverNow - time < thresholds.onlineMs;
      entry.lastOn = time;
      if (stillOnline) {
        entry.changeAt = serverNow + thresholds.onlineMs - Math.max(0, serverNow - (time as number));
      } else {
        entry.known = true;
        this.evaluate(id, entry, serverNow, thresholds);
      }
      soonest = Math.min(soonest, entry.changeAt);
    });
    if (soonest < this.ageingAt) {
      this.scheduleAgeing(soonest, serverNow);
    }
  }

  /** Takes availabilities (absent: none known, activity decides) and re-evaluates. */
  applyAvailability(availability: Map<string, Availability>): void {
    this.entries.forEach(function (entry, id) {
      entry.availability = availability.get(id);
    });
    this.refresh();
  }

  /** Takes office days (empty: the source is off) and re-evaluates; users absent from a non-empty answer are not followed. */
  applyOffice(days: Map<string, OfficeDay>): void {
    this.office = days.size > 0 ? days : undefined;
    this.refresh();
  }

  /** The user's office day, when the source has answered. */
  private officeOf(id: string): OfficeDay | undefined {
    return this.office && (this.office.get(id) || NOT_FOLLOWED);
  }

  /**
   * Answers fail for now: known statuses stand as last known (stale) and stop ageing; users
   * never answered for read as offline (their dots stay hidden).
   */
  markStale(): void {
    this.stale = true;
    this.stopAgeing();
    this.entries.forEach(function (entry) {
      const current = entry.shown;
      if (!entry.known || current === undefined) {
        entry.known = true;
        show(entry, unknownPresence());
      } else if (!current.unknown && !current.stale) {
        show(entry, Object.assign({}, current, { stale: true }));
      }
    });
  }

  /** Forgets all activity: every user reads as offline (session lost, endpoint gone). */
  forgetAll(): void {
    this.stale = false;
    this.forgotten = true;
    this.entries.forEach(function (entry) {
      entry.lastOn = undefined;
      entry.known = true;
    });
    this.refresh();
  }

  /** Recomputes every known status on the estimated server clock; schedules the next crossing. */
  refresh(): void {
    this.stopAgeing();
    if (this.stale) {
      this.recombine();
      return;
    }
    this.evaluateDue(Infinity);
  }

  /** Re-evaluates the users whose dot may have changed by `until` (server ms), then plans the next pass. */
  private evaluateDue(until: number): void {
    const serverNow = this.serverNow();
    if (until === Infinity) {
      this.evaluatedSkew = serverNow - this.scheduler.now();
    }
    const thresholds = this.thresholds();
    let soonest = Infinity;
    this.entries.forEach((entry, id) => {
      if (entry.changeAt <= until) {
        this.evaluate(id, entry, serverNow, thresholds);
      }
      soonest = Math.min(soonest, entry.changeAt);
    });
    this.scheduleAgeing(soonest, serverNow);
  }

  /** What the dot of `id` shows now; emitted when it changed; when it may change next. */
  private evaluate(id: string, entry: Entry, serverNow: number, thresholds: Thresholds): void {
    const elapsed = entry.lastOn === undefined ? undefined : serverNow - entry.lastOn;
    const activity = classify(elapsed, thresholds);
    const status = dotStatus(activity, entry.availability);
    const ages = elapsed !== undefined && isFinite(elapsed);
    const lastSeenMs = ages ? Math.max(0, elapsed as number) : undefined;
    const office = this.officeOf(id);
    const unknown = this.forgotten && status === 'offline';
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

  private scheduleAgeing(at: number, serverNow: number): void {
    this.stopAgeing();
    if (at === Infinity) {
      return;
    }
    this.ageingAt = at;
    this.ageing = after(Math.max(0, at - serverNow), this.scheduler).subscribe(() => {
      this.ageing = undefined;
      this.ageingAt = Infinity;
      this.evaluateDue(this.serverNow());
    });
  }

  /** While activity answers fail: the last known activity stands, a fresh availability still counts. */
  private recombine(): void {
    this.entries.forEach((entry, id) => {
      const current = entry.shown;
      if (!entry.known || current === undefined) {
        return;
      }
      const shown: Presence = Object.assign({}, current, {
        status: dotStatus(current.activity, entry.availability),
        availability: entry.availability
      });
      if (!entry.availability) {
        delete shown.availability;
      }
      const office = this.officeOf(id);
      if (office) {
        shown.office = office;
      } else {
        delete shown.office;
      }
      if (!samePresence(current, shown)) {
        show(entry, shown);
      }
    });
  }

  private stopAgeing(): void {
    this.ageingAt = Infinity;
    if (this.ageing) {
      this.ageing.unsubscribe();
      this.ageing = undefined;
    }
  }
}
