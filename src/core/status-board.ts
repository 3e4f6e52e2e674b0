/**
 * The statuses of the users one page watches: ref-counted entries, each user's last activity,
 * the server clock, and one stream per user that emits only on change. Statuses age on their
 * own between answers (a single timer for the next threshold crossing of any user).
 */
import { BehaviorSubject, Observable, SchedulerLike, Subscription } from 'rxjs';
import { distinctUntilChanged, filter } from 'rxjs/operators';
import { after } from './delay';
import { LastOnMap } from './protocol';
import { classify, msUntilNextChange, PresenceStatus, Thresholds } from './status';

interface Entry {
  refs: number;
  lastOn: number | undefined;
  /** Whether the status can be told: answered for, or settled by a failure. */
  known: boolean;
  status$: BehaviorSubject<PresenceStatus | undefined>;
}

function isStatus(value: PresenceStatus | undefined): value is PresenceStatus {
  return value !== undefined;
}

export class StatusBoard {
  private readonly entries = new Map<string, Entry>();
  private ageing: Subscription | undefined;

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
    this.entries.set(id, { refs: 1, lastOn: undefined, known: initial !== undefined, status$: new BehaviorSubject<PresenceStatus | undefined>(initial) });
    return true;
  }

  /** One watcher fewer; returns true when that was the last one and the user is gone. */
  release(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry || --entry.refs > 0) {
      return false;
    }
    this.entries.delete(id);
    entry.status$.complete();
    if (this.entries.size === 0) {
      this.stopAgeing();
    }
    return true;
  }

  /** The user's known status now and on every change (nothing until it is known). */
  status$(id: string): Observable<PresenceStatus> {
    const entry = this.entries.get(id) as Entry;
    return entry.status$.pipe(filter(isStatus), distinctUntilChanged());
  }

  /** Takes an answer for `ids` (those absent from `lastOn` are offline) and re-evaluates. */
  apply(ids: string[], lastOn: LastOnMap): void {
    const entries = this.entries;
    ids.forEach(function (id) {
      const entry = entries.get(id);
      if (entry) {
        entry.lastOn = lastOn.get(id);
        entry.known = true;
      }
    });
    this.refresh();
  }

  /** Users never answered for read as offline (their dots stay hidden); known ones keep ageing. */
  settleUnknown(): void {
    this.entries.forEach(function (entry) {
      if (!entry.known) {
        entry.known = true;
        entry.status$.next('offline');
      }
    });
  }

  /** Forgets all activity: every user reads as offline (session lost, endpoint gone). */
  forgetAll(): void {
    this.entries.forEach(function (entry) {
      entry.lastOn = undefined;
      entry.known = true;
    });
    this.refresh();
  }

  /** Recomputes every known status on the estimated server clock; schedules the next crossing. */
  refresh(): void {
    this.stopAgeing();
    const serverNow = this.serverNow();
    const thresholds = this.thresholds();
    let next: number | undefined;
    this.entries.forEach(function (entry) {
      const elapsed = entry.lastOn === undefined ? undefined : serverNow - entry.lastOn;
      const status = classify(elapsed, thresholds);
      if (entry.known && entry.status$.value !== status) {
        entry.status$.next(status);
      }
      const wait = msUntilNextChange(elapsed, thresholds);
      if (wait !== undefined && (next === undefined || wait < next)) {
        next = wait;
      }
    });
    if (next !== undefined) {
      const self = this;
      this.ageing = after(next, this.scheduler).subscribe(function () {
        self.ageing = undefined;
        self.refresh();
      });
    }
  }

  private stopAgeing(): void {
    if (this.ageing) {
      this.ageing.unsubscribe();
      this.ageing = undefined;
    }
  }
}
