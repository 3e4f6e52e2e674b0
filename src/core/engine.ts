/**
 * PresenceEngine: one page's registry of watched users and the single poll that serves them all.
 *
 * - Users are ref-counted: any number of dots for one user share one entry and one stream.
 * - One batched request per interval carries every watched user; new users mounted within
 *   `coalesceMs` share one early request, so a new dot has its status within one round trip.
 * - Statuses age between polls on the server's clock, so dots turn away/offline on time.
 * - Failures follow the retry policy; nothing runs (no timer, no listener) while nothing is watched.
 */
import { asyncScheduler, BehaviorSubject, from, Observable, SchedulerLike, Subscription, timer } from 'rxjs';
import { concatMap, distinctUntilChanged, filter, timeout, toArray } from 'rxjs/operators';
import { retryDecision } from './backoff';
import { failure, PresenceFailure } from './failure';
import { ALWAYS_ACTIVE, PageSignals } from './page-signals';
import { HttpAnswer, parseAnswer, PresenceSnapshot } from './protocol';
import { createReporter, LogFn, Reporter } from './reporter';
import { DEFAULT_SETTINGS, mergeSettings, Settings } from './settings';
import { classify, msUntilNextChange, PresenceStatus } from './status';
import { describeInput, normaliseSysId } from './sys-id';
import { Transport } from './transport';

export interface EngineOptions {
  transport: Transport;
  settings?: Partial<Settings>;
  signals?: PageSignals;
  /** Console sink for the one-line reports; console.warn by default. */
  log?: LogFn;
  random?: () => number;
  scheduler?: SchedulerLike;
}

interface Entry {
  refs: number;
  lastOn: number | undefined;
  /** false until the server has answered for this user at least once. */
  fetched: boolean;
  status$: BehaviorSubject<PresenceStatus | undefined>;
}

type Mode = 'running' | 'paused' | 'halted';

function isStatus(value: PresenceStatus | undefined): value is PresenceStatus {
  return value !== undefined;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

export class PresenceEngine {
  private settings: Settings;
  private readonly entries = new Map<string, Entry>();
  private readonly transport: Transport;
  private readonly signals: PageSignals;
  private readonly scheduler: SchedulerLike;
  private readonly random: () => number;
  /** Failure lines: told once per kind, told again after a recovery. */
  private readonly failures: Reporter;
  /** Misuse lines (invalid ids): told once per page. */
  private readonly misuse: Reporter;

  private mode: Mode = 'running';
  private active = true;
  private failuresInARow = 0;
  /** No request before this time (backoff, Retry-After). */
  private notBefore = 0;
  /** serverTime - local time at the last answer; status is computed on the server's clock. */
  private skewMs = 0;
  private requestCount = 0;

  private tick: Subscription | undefined;
  private fill: Subscription | undefined;
  private ageing: Subscription | undefined;
  private request: Subscription | undefined;
  private listening: Subscription | undefined;

  constructor(options: EngineOptions) {
    this.transport = options.transport;
    this.signals = options.signals || ALWAYS_ACTIVE;
    this.scheduler = options.scheduler || asyncScheduler;
    this.random = options.random || Math.random;
    const log = options.log || function (message: string) { console.warn(message); };
    this.failures = createReporter(log);
    this.misuse = createReporter(log);
    this.settings = mergeSettings(DEFAULT_SETTINGS, options.settings || {});
  }

  /** Validates and applies settings (throws SettingsError naming the bad one); takes effect at the next poll. */
  configure(changes: Partial<Settings>): Settings {
    this.settings = mergeSettings(this.settings, changes);
    this.refreshStatuses();
    return { ...this.settings };
  }

  getSettings(): Settings {
    return { ...this.settings };
  }

  /** Requests sent so far (every chunk counts): for diagnostics and benchmarks. */
  get requestsSent(): number {
    return this.requestCount;
  }

  /** Number of users currently watched. */
  get watchedCount(): number {
    return this.entries.size;
  }

  /**
   * The user's status, now (when known) and on every change. An invalid sys_id is never
   * sent: it is reported once and reads as offline.
   */
  watch(sysId: unknown): Observable<PresenceStatus> {
    const self = this;
    return new Observable<PresenceStatus>(function (subscriber) {
      const id = normaliseSysId(sysId);
      if (id === undefined) {
        self.misuse.report('invalid-id', 'ignoring invalid sys_id ' + describeInput(sysId) + ' (and any later ones): such users show as offline');
        subscriber.next('offline');
        return undefined;
      }
      const entry = self.acquire(id);
      const inner = entry.status$.pipe(filter(isStatus), distinctUntilChanged()).subscribe(subscriber);
      return function () {
        inner.unsubscribe();
        self.release(id);
      };
    });
  }

  private acquire(id: string): Entry {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { refs: 0, lastOn: undefined, fetched: false, status$: new BehaviorSubject<PresenceStatus | undefined>(undefined) };
      this.entries.set(id, entry);
      if (this.mode !== 'running') {
        entry.status$.next('offline');
      }
    }
    entry.refs++;
    if (!this.listening) {
      this.startListening();
    }
    this.scheduleFill();
    return entry;
  }

  private release(id: string): void {
    const entry = this.entries.get(id);
    if (!entry || --entry.refs > 0) {
      return;
    }
    this.entries.delete(id);
    entry.status$.complete();
    if (this.entries.size === 0) {
      this.stopAll();
    }
  }

  private startListening(): void {
    const self = this;
    this.listening = new Subscription();
    this.listening.add(this.signals.active$.subscribe(function (active) { self.setActive(active); }));
    this.listening.add(this.signals.resume$.subscribe(function () { self.resume(); }));
  }

  /** Nothing watched: drop every timer, listener and request in flight. */
  private stopAll(): void {
    this.cancel('tick');
    this.cancel('fill');
    this.cancel('ageing');
    this.cancel('request');
    this.cancel('listening');
  }

  private cancel(name: 'tick' | 'fill' | 'ageing' | 'request' | 'listening'): void {
    const subscription = this[name];
    if (subscription) {
      this[name] = undefined;
      subscription.unsubscribe();
    }
  }

  private now(): number {
    return this.scheduler.now();
  }

  private canPoll(): boolean {
    return this.mode === 'running' && this.active && this.entries.size > 0;
  }

  private setActive(active: boolean): void {
    const wasActive = this.active;
    this.active = active;
    if (!active) {
      this.cancel('tick');
      this.cancel('fill');
    } else if (!wasActive) {
      // Back in view or online: refresh at once, unless a backoff still forbids it.
      this.scheduleTick(0);
    }
  }

  /** After a pause for a lost session: the user is back, try again. */
  private resume(): void {
    if (this.mode === 'paused') {
      this.mode = 'running';
      this.failuresInARow = 0;
      this.scheduleTick(0);
    }
  }

  private watchedIds(): string[] {
    const ids: string[] = [];
    this.entries.forEach(function (_entry, id) {
      ids.push(id);
    });
    return ids;
  }

  private unfetchedIds(): string[] {
    const ids: string[] = [];
    this.entries.forEach(function (entry, id) {
      if (!entry.fetched) {
        ids.push(id);
      }
    });
    return ids;
  }

  /** Early request for users never fetched yet; mounts within coalesceMs share it. */
  private scheduleFill(): void {
    if (this.fill || this.request || this.failuresInARow > 0 || !this.canPoll()) {
      return;
    }
    if (this.unfetchedIds().length === 0) {
      if (!this.tick) {
        this.scheduleTick(this.settings.intervalMs);
      }
      return;
    }
    const self = this;
    const delay = Math.max(this.settings.coalesceMs, this.notBefore - this.now());
    this.fill = timer(delay, this.scheduler).subscribe(function () {
      self.fill = undefined;
      self.poll(self.unfetchedIds(), false);
    });
  }

  private scheduleTick(delayMs: number): void {
    this.cancel('tick');
    if (!this.canPoll()) {
      return;
    }
    const self = this;
    const delay = Math.max(delayMs, this.notBefore - this.now());
    this.tick = timer(delay, this.scheduler).subscribe(function () {
      self.tick = undefined;
      self.poll(self.watchedIds(), true);
    });
  }

  private poll(ids: string[], full: boolean): void {
    if (this.request || !this.canPoll()) {
      return;
    }
    if (full) {
      this.cancel('fill');
    }
    const self = this;
    const settings = this.settings;
    this.request = from(chunk(ids, settings.maxBatch))
      .pipe(
        concatMap(function (ids) { return self.send(ids, settings); }),
        toArray()
      )
      .subscribe({
        next: function (snapshots) {
          self.request = undefined;
          self.succeeded(snapshots, full);
        },
        error: function (f: PresenceFailure) {
          self.request = undefined;
          self.failed(f);
        }
      });
  }

  /** One chunk: a snapshot with the ids it asked for, or a PresenceFailure as the error. */
  private send(ids: string[], settings: Settings): Observable<{ ids: string[]; snapshot: PresenceSnapshot }> {
    const self = this;
    const answer$ = new Observable<HttpAnswer>(function (subscriber) {
      const controller = new AbortController();
      self.requestCount++;
      self.transport({ endpoint: settings.endpoint, ids: ids, signal: controller.signal }).then(
        function (answer) {
          subscriber.next(answer);
          subscriber.complete();
        },
        function () {
          subscriber.error(failure('network', 'the presence request failed (network); backing off'));
        }
      );
      return function () { controller.abort(); };
    });
    return new Observable(function (subscriber) {
      return answer$
        .pipe(timeout({ first: settings.timeoutMs, scheduler: self.scheduler }))
        .subscribe({
          next: function (answer) {
            const result = parseAnswer(answer, self.now());
            if (result.ok) {
              subscriber.next({ ids: ids, snapshot: result.snapshot });
              subscriber.complete();
            } else {
              subscriber.error(result.failure);
            }
          },
          error: function (error: unknown) {
            const isFailure = typeof error === 'object' && error !== null && 'kind' in error;
            subscriber.error(isFailure ? error : failure('timeout', 'the presence request timed out after ' + settings.timeoutMs + ' ms; backing off'));
          }
        });
    });
  }

  private succeeded(results: { ids: string[]; snapshot: PresenceSnapshot }[], full: boolean): void {
    this.failuresInARow = 0;
    this.notBefore = 0;
    this.failures.reset();
    const self = this;
    results.forEach(function (result) {
      const snapshot = result.snapshot;
      self.skewMs = snapshot.serverTime === undefined ? 0 : snapshot.serverTime - self.now();
      result.ids.forEach(function (id) {
        const entry = self.entries.get(id);
        if (entry) {
          entry.fetched = true;
          entry.lastOn = snapshot.lastOn[id];
        }
      });
    });
    this.refreshStatuses();
    if (full || !this.tick) {
      this.scheduleTick(this.settings.intervalMs);
    }
    this.scheduleFill();
  }

  private failed(f: PresenceFailure): void {
    this.failuresInARow++;
    this.failures.report(f.kind, f.message);
    const decision = retryDecision(f, this.failuresInARow, this.settings.intervalMs, this.random());
    if (decision.action === 'retry') {
      this.notBefore = this.now() + decision.delayMs;
      // Known statuses keep ageing on their own; users never answered for read as offline (hidden).
      this.entries.forEach(function (entry) {
        if (entry.status$.value === undefined) {
          entry.status$.next('offline');
        }
      });
      this.scheduleTick(decision.delayMs);
      return;
    }
    this.mode = decision.action === 'halt' ? 'halted' : 'paused';
    // A focus storm while signed out must not become a request storm.
    this.notBefore = this.now() + this.settings.intervalMs;
    this.cancel('tick');
    this.cancel('fill');
    this.entries.forEach(function (entry) {
      entry.lastOn = undefined;
      if (entry.status$.value !== 'offline') {
        entry.status$.next('offline');
      }
    });
    this.refreshStatuses();
  }

  /** Recomputes every status on the estimated server clock and schedules the next threshold crossing. */
  private refreshStatuses(): void {
    this.cancel('ageing');
    const serverNow = this.now() + this.skewMs;
    const settings = this.settings;
    let next: number | undefined;
    this.entries.forEach(function (entry) {
      const known = entry.fetched || entry.status$.value !== undefined;
      const elapsed = entry.lastOn === undefined ? undefined : serverNow - entry.lastOn;
      const status = classify(elapsed, settings);
      if (known && entry.status$.value !== status) {
        entry.status$.next(status);
      }
      const wait = msUntilNextChange(elapsed, settings);
      if (wait !== undefined && (next === undefined || wait < next)) {
        next = wait;
      }
    });
    if (next !== undefined && this.entries.size > 0) {
      const self = this;
      this.ageing = timer(next, this.scheduler).subscribe(function () {
        self.ageing = undefined;
        self.refreshStatuses();
      });
    }
  }
}
