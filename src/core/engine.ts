/**
 * PresenceEngine: when and what to ask the presence endpoint, for one page (one tab).
 *
 * - One batched request per interval carries every watched user (of every tab, when this tab
 *   leads); users mounted within `coalesceMs` share one early request, so a new dot has its
 *   status within one round trip.
 * - Failures follow the retry policy; what the server said lives in the StatusBoard, which
 *   ages statuses between answers.
 * - With a tab channel, one leader tab polls and shares answers; the others listen.
 * - Nothing runs (no timer, no listener, no tab traffic) while nothing is watched.
 */
import { asyncScheduler, from, Observable, SchedulerLike, Subscription, timer } from 'rxjs';
import { concatMap, timeout, toArray } from 'rxjs/operators';
import { retryDecision, RetryDecision } from './backoff';
import { failure, PresenceFailure } from './failure';
import { ALWAYS_ACTIVE, PageSignals } from './page-signals';
import { HttpAnswer, parseAnswer, PresenceSnapshot } from './protocol';
import { createReporter, LogFn, Reporter } from './reporter';
import { DEFAULT_SETTINGS, mergeSettings, Settings } from './settings';
import { PresenceStatus } from './status';
import { StatusBoard } from './status-board';
import { describeInput, normaliseSysId } from './sys-id';
import { TabChannel } from './tab-channel';
import { newTabId, TabLeader, TabMessage } from './tab-leader';
import { Transport } from './transport';

/** What the leader tab shares with the others after each poll. */
export type SharedResult =
  | { kind: 'snapshot'; ids: string[]; snapshot: PresenceSnapshot }
  | { kind: 'failure'; failure: PresenceFailure };

export interface EngineOptions {
  transport: Transport;
  settings?: Partial<Settings>;
  signals?: PageSignals;
  /** Other tabs of this browser: one of them polls for all. Without it, this tab polls alone. */
  tabs?: TabChannel<TabMessage<SharedResult>>;
  /** Console sink for the one-line reports; console.warn by default. */
  log?: LogFn;
  random?: () => number;
  scheduler?: SchedulerLike;
}

type Mode = 'running' | 'paused' | 'halted';

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

export class PresenceEngine {
  private settings: Settings;
  private readonly board: StatusBoard;
  private readonly transport: Transport;
  private readonly signals: PageSignals;
  private readonly channel: TabChannel<TabMessage<SharedResult>> | undefined;
  private readonly scheduler: SchedulerLike;
  private readonly random: () => number;
  /** Failure lines: told once per kind, told again after a recovery. */
  private readonly failures: Reporter;
  /** Misuse lines (invalid ids): told once per page. */
  private readonly misuse: Reporter;

  private tabs: TabLeader<SharedResult> | undefined;
  /** Users (of any tab) the server has answered for; the others need an early request. */
  private readonly answered = new Set<string>();
  /** Whether this tab may poll now (the last decision of reconsider()). */
  private polling = false;
  /** When the oldest mount still waiting for its first answer happened: its window runs from there. */
  private waitingSince: number | undefined;
  private mode: Mode = 'running';
  private active = true;
  private failuresInARow = 0;
  /** No request before this time (backoff, Retry-After). */
  private notBefore = 0;
  private requestCount = 0;

  private tick: Subscription | undefined;
  private fill: Subscription | undefined;
  private request: Subscription | undefined;
  private listening: Subscription | undefined;

  constructor(options: EngineOptions) {
    const self = this;
    this.transport = options.transport;
    this.signals = options.signals || ALWAYS_ACTIVE;
    this.channel = options.tabs;
    this.scheduler = options.scheduler || asyncScheduler;
    this.random = options.random || Math.random;
    const log = options.log || function (message: string) { console.warn(message); };
    this.failures = createReporter(log);
    this.misuse = createReporter(log);
    this.settings = mergeSettings(DEFAULT_SETTINGS, options.settings || {});
    this.board = new StatusBoard(this.scheduler, function () { return self.settings; });
  }

  /** Validates and applies settings (throws SettingsError naming the bad one); takes effect at the next poll. */
  configure(changes: Partial<Settings>): Settings {
    this.settings = mergeSettings(this.settings, changes);
    this.board.refresh();
    return { ...this.settings };
  }

  /** Requests sent so far (every chunk counts): for diagnostics and benchmarks. */
  get requestsSent(): number {
    return this.requestCount;
  }

  /** Number of users currently watched. */
  get watchedCount(): number {
    return this.board.size;
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
      self.acquire(id);
      const inner = self.board.status$(id).subscribe(subscriber);
      return function () {
        inner.unsubscribe();
        self.release(id);
      };
    });
  }

  private acquire(id: string): void {
    const isNew = this.board.acquire(id, this.mode === 'running' ? undefined : 'offline');
    if (isNew && this.waitingSince === undefined) {
      this.waitingSince = this.now();
    }
    if (!this.listening) {
      this.startListening();
    } else if (isNew && this.tabs) {
      this.tabs.announce();
    }
    this.reconsider();
  }

  private release(id: string): void {
    if (!this.board.release(id)) {
      return;
    }
    this.answered.delete(id);
    if (this.board.size === 0) {
      this.stopAll();
    } else if (this.tabs) {
      this.tabs.announce();
    }
  }

  private startListening(): void {
    const self = this;
    this.listening = new Subscription();
    if (this.channel) {
      const interval = this.settings.intervalMs;
      const tabs = new TabLeader<SharedResult>({
        channel: this.channel,
        heartbeatMs: interval / 4,
        leaseMs: interval / 2,
        // Another tab answers a hello within a millisecond or two: the join ends inside the
        // mounts' coalescing window, so a lone tab's first request is not delayed.
        joinMs: this.settings.coalesceMs / 2,
        scheduler: this.scheduler,
        id: newTabId(this.now(), this.random())
      });
      this.tabs = tabs;
      this.listening.add(tabs.leadership$.subscribe(function () { self.reconsider(); }));
      this.listening.add(tabs.peersChanged$.subscribe(function () { self.reconsider(); }));
      this.listening.add(tabs.resume$.subscribe(function () { self.resume(); }));
      this.listening.add(tabs.results$.subscribe(function (result) { self.receiveShared(result); }));
      tabs.start(function () { return { ids: self.board.ids(), active: self.active }; });
      this.listening.add(function () {
        tabs.stop();
        self.tabs = undefined;
      });
    }
    this.listening.add(this.signals.active$.subscribe(function (active) { self.setActive(active); }));
    this.listening.add(this.signals.resume$.subscribe(function () { self.resumeEverywhere(); }));
  }

  /** Nothing watched: drop every timer, listener and request in flight, and leave the tab group. */
  private stopAll(): void {
    this.cancel('tick');
    this.cancel('fill');
    this.cancel('request');
    this.cancel('listening');
    this.polling = false;
  }

  private cancel(name: 'tick' | 'fill' | 'request' | 'listening'): void {
    const subscription = this[name];
    if (subscription) {
      this[name] = undefined;
      subscription.unsubscribe();
    }
  }

  private now(): number {
    return this.scheduler.now();
  }

  /** This tab's users, then those only other tabs watch. */
  private polledIds(): string[] {
    const ids = this.board.ids();
    if (this.tabs) {
      const seen = new Set(ids);
      this.tabs.remoteIds().forEach(function (id) {
        if (!seen.has(id)) {
          seen.add(id);
          ids.push(id);
        }
      });
    }
    return ids;
  }

  private unansweredIds(): string[] {
    const answered = this.answered;
    return this.polledIds().filter(function (id) { return !answered.has(id); });
  }

  /**
   * Whether this tab should poll: running, the leader, some tab of the browser visible and
   * online, something watched. On becoming allowed it refreshes at once (or, for users never
   * asked for, once their mounts' coalescing window ends); on losing it, it stops.
   */
  private reconsider(): void {
    const leader = !this.tabs || this.tabs.isLeader;
    const someoneLooks = this.active || (!!this.tabs && this.tabs.anyRemoteActive());
    const allowed = this.mode === 'running' && leader && someoneLooks && this.board.size > 0;
    const was = this.polling;
    this.polling = allowed;
    if (!allowed) {
      this.cancel('tick');
      this.cancel('fill');
    } else if (!was && this.answered.size > 0) {
      this.scheduleTick(0);
    } else {
      this.scheduleFill();
    }
  }

  private setActive(active: boolean): void {
    if (this.active !== active) {
      this.active = active;
      if (this.tabs) {
        this.tabs.announce();
      }
      this.reconsider();
    }
  }

  /** The user is back (focus): every tab's engine resumes, the leader polls. */
  private resumeEverywhere(): void {
    if (this.tabs) {
      this.tabs.requestResume();
    }
    this.resume();
  }

  /** After a pause for a lost session: try again. */
  private resume(): void {
    if (this.mode === 'paused') {
      this.mode = 'running';
      this.failuresInARow = 0;
      this.polling = false;
      this.answered.clear();
      this.reconsider();
      this.scheduleTick(0);
    }
  }

  /**
   * Early request for users never answered for yet; mounts within coalesceMs share it. While
   * failing there is no early request: the next full poll waits for the backoff.
   */
  private scheduleFill(): void {
    if (this.fill || this.request || !this.polling) {
      return;
    }
    const failing = this.failuresInARow > 0;
    if (failing || this.unansweredIds().length === 0) {
      if (!this.tick) {
        this.scheduleTick(failing ? 0 : this.settings.intervalMs);
      }
      return;
    }
    const self = this;
    const now = this.now();
    const windowEnd = (this.waitingSince === undefined ? now : this.waitingSince) + this.settings.coalesceMs;
    this.fill = timer(Math.max(0, windowEnd - now, this.notBefore - now), this.scheduler).subscribe(function () {
      self.fill = undefined;
      self.poll(self.unansweredIds(), false);
    });
  }

  private scheduleTick(delayMs: number): void {
    this.cancel('tick');
    if (!this.polling) {
      return;
    }
    const self = this;
    const delay = Math.max(delayMs, this.notBefore - this.now());
    this.tick = timer(delay, this.scheduler).subscribe(function () {
      self.tick = undefined;
      self.poll(self.polledIds(), true);
    });
  }

  private poll(ids: string[], full: boolean): void {
    if (this.request || !this.polling) {
      return;
    }
    if (full) {
      this.cancel('fill');
    }
    this.waitingSince = undefined;
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
    if (full) {
      this.answered.clear();
    }
    // All chunks of one poll become one snapshot: statuses are recomputed and shared once.
    const ids: string[] = [];
    const merged: PresenceSnapshot = { serverTime: undefined, lastOn: {} };
    results.forEach(function (result) {
      ids.push.apply(ids, result.ids);
      merged.serverTime = result.snapshot.serverTime;
      Object.keys(result.snapshot.lastOn).forEach(function (id) {
        merged.lastOn[id] = result.snapshot.lastOn[id];
      });
    });
    this.applySnapshot(ids, merged);
    if (this.tabs) {
      this.tabs.publish({ kind: 'snapshot', ids: ids, snapshot: merged });
    }
    this.notBefore = 0;
    if (full || !this.tick) {
      this.scheduleTick(this.settings.intervalMs);
    }
    this.scheduleFill();
  }

  private failed(f: PresenceFailure): void {
    if (this.tabs) {
      this.tabs.publish({ kind: 'failure', failure: f });
    }
    const decision = this.applyFailure(f);
    if (decision.action === 'retry') {
      this.notBefore = this.now() + decision.delayMs;
      this.scheduleTick(decision.delayMs);
    } else {
      // A focus storm while signed out must not become a request storm.
      this.notBefore = this.now() + this.settings.intervalMs;
    }
  }

  /** A follower tab applies what the leader learnt, as if it had asked itself. */
  private receiveShared(result: SharedResult): void {
    if (this.tabs && this.tabs.isLeader) {
      return;
    }
    if (result.kind === 'snapshot') {
      this.applySnapshot(result.ids, result.snapshot);
    } else {
      this.applyFailure(result.failure);
    }
  }

  private applySnapshot(ids: string[], snapshot: PresenceSnapshot): void {
    const answered = this.answered;
    this.failuresInARow = 0;
    this.failures.reset();
    if (this.mode === 'paused') {
      this.mode = 'running';
    }
    ids.forEach(function (id) { answered.add(id); });
    this.board.apply(ids, snapshot);
  }

  /** Hides what can no longer be trusted and returns the retry policy's decision. */
  private applyFailure(f: PresenceFailure): RetryDecision {
    this.failuresInARow++;
    this.failures.report(f.kind, f.message);
    const decision = retryDecision(f, this.failuresInARow, this.settings.intervalMs, this.random());
    if (decision.action === 'retry') {
      this.board.settleUnknown();
    } else {
      this.mode = decision.action === 'halt' ? 'halted' : 'paused';
      this.board.forgetAll();
      this.reconsider();
    }
    return decision;
  }
}
