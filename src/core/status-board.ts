/**
 * The presence of the users one page watches (presence-entry.ts: one user), on the server clock;
 * each user's dot is told only on change. An answer re-evaluates
 * only the users whose last activity changed; statuses age on their own between answers (a
 * single timer for the next threshold crossing of any user, and a once-a-minute pass for the
 * "last seen" minutes of offline users). While answers fail, the last known statuses stand,
 * marked stale, rather than drifting to away.
 */
import { SchedulerLike, Subscription } from 'rxjs';
import { Availability, dotStatus } from './availability';
import { after } from './delay';
import { OfficeDay } from './office';
import { Presence, PresenceListener, samePresence, unknownPresence } from './presence';
import { Entry, evaluate, listen, newEntry, show } from './presence-entry';
import { LastOnMap } from './protocol';
import { PresenceStatus, Thresholds } from './status';

/** Measures of the server clock jitter by the request's latency; a larger move re-evaluates everyone. */
const SKEW_TOLERANCE_MS = 1000;

const NOT_FOLLOWED: OfficeDay = { following: false };

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
    this.entries.set(id, newEntry(initial));
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
    return listen(this.entries.get(id) as Entry, listener);
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
        evaluate(entry, serverNow, thresholds, this.officeOf(id), this.forgotten);
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
        evaluate(entry, serverNow, thresholds, this.officeOf(id), this.forgotten);
      }
      soonest = Math.min(soonest, entry.changeAt);
    });
    this.scheduleAgeing(soonest, serverNow);
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
