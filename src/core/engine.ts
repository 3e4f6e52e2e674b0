/**
 * PresenceEngine: where each page's presence answers come from, and when to ask the instance.
 *
 * Every answer lists everyone present, so one answer serves every dot. Answers are taken,
 * freshest first, from wherever the browser already has them (servicenow.md §1b): the
 * platform's own client in this page (`sn.presence`), the shared cache every client writes
 * (`localStorage['snPresence']`), our leader tab; only when none is fresh does the leader tab
 * poll, exactly as UI16 does, and write the shared cache for everyone else.
 *
 * - The server clock comes from our own answers only (the platform's carry none): without a
 *   measure younger than an hour the leader polls once itself.
 * - Failures follow the retry policy; the StatusBoard ages statuses between answers.
 * - Nothing runs (no timer, no listener, no tab traffic) while nothing is watched, and nothing
 *   at all when the administrator disabled presence.
 */
import { asyncScheduler, Observable, SchedulerLike, Subscription } from 'rxjs';
import { retryDecision, RetryDecision } from './backoff';
import { after } from './delay';
import { FailureKind, PresenceFailure } from './failure';
import { ALWAYS_ACTIVE, PageSignals } from './page-signals';
import { PresenceSnapshot, readWatched } from './protocol';
import { createReporter, LogFn, Reporter } from './reporter';
import { ServerClock } from './server-clock';
import { DEFAULT_SETTINGS, mergeSettings, Settings, thresholdsOf } from './settings';
import { KeyValueStore, readSharedAnswer, writeSharedAnswer } from './shared-cache';
import { readSharedResult, SharedResult } from './shared-result';
import { activityRequest, RequestSeen } from './sources/activity-request';
import { UserSource } from './sources/user-source';
import { USER_SOURCES, UserSourceSpec } from './sources/user-sources';
import { Presence, StatusBoard, unknownPresence } from './status-board';
import { describeInput, normaliseSysId } from './sys-id';
import { TabChannel } from './tab-channel';
import { newTabId, TabLeader, TabMessage } from './tab-leader';
import { Transport } from './transport';

/** Where an answer came from. */
export type AnswerSource = 'request' | 'platform' | 'shared-cache' | 'tab';

export interface EngineOptions {
  transport: Transport;
  settings?: Partial<Settings>;
  signals?: PageSignals;
  /** Other tabs of this browser: one of them polls for all. Without it, this tab polls alone. */
  tabs?: TabChannel<TabMessage<SharedResult>>;
  /** The platform's presence client in this page: each presenceArray it emits. */
  platform$?: Observable<unknown>;
  /** localStorage: the shared answer and clock; absent or failing, this tab keeps to itself. */
  store?: KeyValueStore;
  /** Another tab wrote the shared answer (storage events). */
  storeChanged$?: Observable<unknown>;
  /** The administrator disabled user presence (PRESENCE_DISABLED): no request, no dot. */
  disabled?: boolean;
  /** Console sink for the one-line reports; console.warn by default. */
  log?: LogFn;
  random?: () => number;
  scheduler?: SchedulerLike;
}

/** What `diagnose()` reports: what the last poll and the last answer showed. */
export interface Diagnosis {
  disabled: boolean;
  /** running; backing off after failures; paused until the user is back (session lost); stopped (endpoint gone). */
  state: 'running' | 'backing off' | 'paused' | 'stopped';
  endpoint: string;
  intervalMs: number;
  /** HTTP status of our last own request, if any. */
  httpStatus: number | undefined;
  /** Whether its answer had a shape we read. */
  shapeRecognised: boolean | undefined;
  answerBytes: number | undefined;
  /** Entries in the last answer: users the instance lists as present. */
  usersPresent: number | undefined;
  watched: number;
  /** serverTime - browser time, ms (positive: the server is ahead). */
  clockSkewMs: number | undefined;
  /** Whether this tab is the one that polls for the browser. */
  pollingTab: boolean;
  lastAnswerSource: AnswerSource | undefined;
  lastAnswerAgeMs: number | undefined;
  requestsSent: number;
  lastFailure: { kind: FailureKind; message: string } | undefined;
}

type Mode = 'running' | 'paused' | 'halted';

interface Answer {
  entries: unknown[];
  /** Browser ms when it was obtained. */
  at: number;
  source: AnswerSource;
  /** Lists everyone present (not only what the leader shared for other tabs). */
  full: boolean;
  /** For a shared answer: the users it covers (absent from it: offline). */
  covers?: Set<string>;
}

const OFFLINE: Presence = unknownPresence();

/** Answers of other clients are fresh for an interval; the leader waits half an interval more for their next one before polling. */
const FOREIGN_GRACE = 0.5;

export class PresenceEngine {
  private settings: Settings;
  private readonly board: StatusBoard;
  private readonly clock: ServerClock;
  private readonly options: EngineOptions;
  private readonly signals: PageSignals;
  private readonly scheduler: SchedulerLike;
  private readonly random: () => number;
  /** Failure lines: told once per kind, told again after a recovery. */
  private readonly failures: Reporter;
  /** Misuse and configuration lines: told once per page. */
  private readonly misuse: Reporter;

  private tabs: TabLeader<SharedResult> | undefined;
  /** Sources of per-user facts beside activity (availability...), run by the leader tab. */
  private readonly userSources: { spec: UserSourceSpec<unknown>; source: UserSource }[];
  private latest: Answer | undefined;
  /** Users (of this tab) the latest answer was applied to; others wait for the next one. */
  private readonly answered = new Set<string>();
  /** Other tabs' users the leader has shared an answer for. */
  private readonly sharedFor = new Set<string>();
  /** When the oldest mount still waiting for a look happened: mounts within coalesceMs share it. */
  private mountSince: number | undefined;
  /** When this tab last looked for an answer: an unproductive look is not repeated within an interval. */
  private lastLook: number | undefined;
  private mode: Mode = 'running';
  private active = true;
  private failuresInARow = 0;
  /** No request before this time (backoff, Retry-After, a pause). */
  private notBefore = 0;
  private requestCount = 0;
  private lastRequest: RequestSeen | undefined;
  private lastFailure: PresenceFailure | undefined;
  private readonly polled: (() => void)[] = [];

  private check: Subscription | undefined;
  private request: Subscription | undefined;
  private listening: Subscription | undefined;

  constructor(options: EngineOptions) {
    const self = this;
    this.options = options;
    this.signals = options.signals || ALWAYS_ACTIVE;
    this.scheduler = options.scheduler || asyncScheduler;
    this.random = options.random || Math.random;
    const log = options.log || function (message: string) { console.warn(message); };
    this.failures = createReporter(log);
    this.misuse = createReporter(log);
    this.settings = mergeSettings(DEFAULT_SETTINGS, options.settings || {});
    this.clock = new ServerClock(options.store);
    this.board = new StatusBoard(
      this.scheduler,
      function () { return thresholdsOf(self.settings); },
      function () { return self.now() + (self.clock.skew(self.now()) || 0); }
    );
    this.userSources = USER_SOURCES.map(function (spec) {
      return {
        spec: spec,
        source: spec.create({
          transport: options.transport,
          scheduler: self.scheduler,
          random: self.random,
          log: log,
          timeoutMs: function () { return self.settings.timeoutMs; },
          ids: function () { return self.allIds(); },
          mayAsk: function () { return self.mayPoll(); },
          emit: function (values) { self.receiveFacts(spec, values); }
        })
      };
    });
  }

  /** Requests a user source (e.g. 'availability') has sent so far: for benchmarks. */
  requestsSentBy(name: string): number {
    const found = this.userSources.filter(function (u) { return u.spec.name === name; })[0];
    return found ? found.source.requestsSent : 0;
  }

  private eachSource(act: (source: UserSource, spec: UserSourceSpec<unknown>) => void): void {
    this.userSources.forEach(function (u) { act(u.source, u.spec); });
  }

  /** This tab's users and, for a leader, the other tabs'. */
  private allIds(): string[] {
    const ids = this.board.ids();
    if (this.tabs && this.tabs.isLeader) {
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

  /** A user source's fresh values (in the leader tab): applied here, shared with the other tabs. */
  private receiveFacts(spec: UserSourceSpec<unknown>, values: Map<string, unknown>): void {
    spec.apply(this.board, values);
    const tabs = this.tabs;
    if (tabs && tabs.isLeader) {
      // What the other tabs watch; nothing when no other tab listens.
      const remote = new Set(tabs.remoteIds());
      if (remote.size > 0) {
        const entries: { user: string; value: unknown }[] = [];
        values.forEach(function (value, user) {
          if (remote.has(user)) {
            entries.push({ user: user, value: value });
          }
        });
        tabs.publish({ kind: 'facts', source: spec.name, entries: entries });
      }
    }
  }

  /** Validates and applies settings (throws SettingsError naming the bad one). */
  configure(changes: Partial<Settings>): Settings {
    this.settings = mergeSettings(this.settings, changes);
    this.board.refresh();
    if (this.listening) {
      const settings = this.settings;
      this.eachSource(function (source, spec) { source.configure(spec.config(settings)); });
      this.scheduleCheck();
    }
    return { ...this.settings };
  }

  /** Requests sent so far: for diagnostics and benchmarks. */
  get requestsSent(): number {
    return this.requestCount;
  }

  /** Number of users currently watched. */
  get watchedCount(): number {
    return this.board.size;
  }

  /**
   * The user's presence, now (when known) and on every change. An invalid sys_id is never
   * used: it is reported once and reads as offline.
   */
  watch(sysId: unknown): Observable<Presence> {
    const self = this;
    return new Observable<Presence>(function (subscriber) {
      if (self.options.disabled) {
        self.misuse.report('disabled', 'user presence is disabled on this instance (PRESENCE_DISABLED): no dots, no requests');
        subscriber.next(OFFLINE);
        return undefined;
      }
      const id = normaliseSysId(sysId);
      if (id === undefined) {
        self.misuse.report('invalid-id', 'ignoring invalid sys_id ' + describeInput(sysId) + ' (and any later ones): such users show as offline');
        subscriber.next(OFFLINE);
        return undefined;
      }
      self.acquire(id);
      const inner = self.board.presence$(id).subscribe(subscriber);
      return function () {
        inner.unsubscribe();
        self.release(id);
      };
    });
  }

  /**
   * One poll of our own now (unless presence is disabled, the endpoint is gone or a backoff
   * forbids it), then what it showed. Meant for an administrator checking an instance.
   */
  diagnose(): Promise<Diagnosis> {
    const self = this;
    return new Promise<Diagnosis>(function (resolve) {
      const report = function () { resolve(self.diagnosis()); };
      if (self.options.disabled || self.mode === 'halted' || self.now() < self.notBefore) {
        report();
        return;
      }
      self.polled.push(report);
      self.poll();
    });
  }

  /** What is known now, without asking the instance. */
  report(): Diagnosis {
    return this.diagnosis();
  }

  /**
   * Ask again now, in every tab (after a sign-in, say): ends a pause or a backoff at once. The
   * endpoint being gone (404) still stands.
   */
  refresh(): void {
    if (this.mode !== 'halted') {
      this.notBefore = 0;
      this.failuresInARow = 0;
      this.resumeEverywhere();
      this.scheduleCheck(true);
    }
  }

  private diagnosis(): Diagnosis {
    const now = this.now();
    const latest = this.latest;
    const last = this.lastRequest;
    return {
      disabled: !!this.options.disabled,
      state: this.mode === 'halted' ? 'stopped' : this.mode === 'paused' ? 'paused' : this.failuresInARow > 0 ? 'backing off' : 'running',
      endpoint: this.settings.endpoint,
      intervalMs: this.settings.intervalMs,
      httpStatus: last && last.status,
      shapeRecognised: last && last.shapeRecognised,
      answerBytes: last && last.bytes,
      usersPresent: latest && latest.full ? latest.entries.length : last && last.entries,
      watched: this.board.size,
      clockSkewMs: this.clock.skew(now),
      pollingTab: this.mayPoll(),
      lastAnswerSource: latest && latest.source,
      lastAnswerAgeMs: latest && now - latest.at,
      requestsSent: this.requestCount,
      lastFailure: this.lastFailure && { kind: this.lastFailure.kind, message: this.lastFailure.message }
    };
  }

  private acquire(id: string): void {
    const isNew = this.board.acquire(id, this.mode === 'running' ? undefined : 'offline');
    if (!this.listening) {
      this.startListening();
    } else if (isNew && this.tabs) {
      this.tabs.announce();
    }
    if (isNew) {
      this.mounted();
    }
  }

  private mounted(): void {
    if (this.mountSince === undefined) {
      this.mountSince = this.now();
    }
    this.scheduleCheck();
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
    const o = this.options;
    this.listening = new Subscription();
    if (o.tabs) {
      const interval = this.settings.intervalMs;
      const tabs = new TabLeader<SharedResult>({
        channel: o.tabs,
        heartbeatMs: interval / 4,
        leaseMs: interval / 2,
        // Another tab answers a hello within a millisecond or two: the join ends inside the
        // mounts' coalescing window, so a lone tab's first request is not delayed.
        joinMs: this.settings.coalesceMs / 2,
        // A leader shares at least every 1.5 intervals (an answer or a failure) while it has followers.
        resultLeaseMs: 2 * interval,
        readResult: readSharedResult,
        scheduler: this.scheduler,
        id: newTabId(this.now(), this.random())
      });
      this.tabs = tabs;
      this.listening.add(tabs.leadership$.subscribe(function () {
        self.scheduleCheck(true);
        self.eachSource(function (source) { source.wake(); });
      }));
      this.listening.add(tabs.peersChanged$.subscribe(function () { self.peersChanged(); }));
      this.listening.add(tabs.resume$.subscribe(function () { self.resume(); }));
      this.listening.add(tabs.results$.subscribe(function (result) { self.receiveShared(result); }));
      tabs.start(function () { return { ids: self.board.ids(), active: self.active }; });
      this.listening.add(function () {
        tabs.stop();
        self.tabs = undefined;
      });
    }
    if (o.platform$) {
      this.listening.add(o.platform$.subscribe(function (list) { self.receivePlatform(list); }));
    }
    if (o.storeChanged$) {
      this.listening.add(o.storeChanged$.subscribe(function () { self.takeSharedAnswer(); }));
    }
    this.listening.add(this.signals.active$.subscribe(function (active) { self.setActive(active); }));
    const settings = this.settings;
    this.eachSource(function (source, spec) { source.configure(spec.config(settings)); });
    this.listening.add(function () { self.eachSource(function (source) { source.stop(); }); });
    this.listening.add(this.signals.resume$.subscribe(function () { self.resumeEverywhere(); }));
  }

  /** Nothing watched: drop every timer, listener and request in flight, and leave the tab group. */
  private stopAll(): void {
    this.cancel('check');
    this.cancel('request');
    this.cancel('listening');
    this.sharedFor.clear();
  }

  private cancel(name: 'check' | 'request' | 'listening'): void {
    const subscription = this[name];
    if (subscription) {
      this[name] = undefined;
      subscription.unsubscribe();
    }
  }

  private now(): number {
    return this.scheduler.now();
  }

  /** This tab may ask the instance: running, leading the tab group, and some tab of the browser is looked at. */
  private mayPoll(): boolean {
    const leader = !this.tabs || this.tabs.isLeader;
    const someoneLooks = this.active || (!!this.tabs && this.tabs.anyRemoteActive());
    return this.mode === 'running' && leader && someoneLooks && this.board.size > 0;
  }

  private isFresh(answer: Answer | undefined): answer is Answer {
    return !!answer && this.now() - answer.at < this.settings.intervalMs;
  }

  /** Someone (this tab's users, or the other tabs' for a leader) waits for a first answer. */
  private hasWaiting(): boolean {
    const answered = this.answered;
    if (this.board.ids().some(function (id) { return !answered.has(id); })) {
      return true;
    }
    const sharedFor = this.sharedFor;
    return !!this.tabs && this.tabs.isLeader && this.tabs.remoteIds().some(function (id) { return !sharedFor.has(id); });
  }

  /** A leader serves users new in other tabs like its own new mounts. */
  private peersChanged(): void {
    if (this.tabs && this.tabs.isLeader && this.hasWaiting()) {
      this.mounted();
    } else {
      this.scheduleCheck();
    }
  }

  /**
   * Plans the next look at the answers: at once when `urgent` (back to the page, new leader);
   * at the end of the mounts' coalescing window; at once when the server clock is unknown and
   * this tab may poll; else when the latest answer turns stale, with a grace for answers of
   * other clients (they arrive on their own schedule), and never before a backoff ends.
   */
  private scheduleCheck(urgent?: boolean): void {
    if (!this.listening || this.request || this.mode === 'halted') {
      return;
    }
    const now = this.now();
    const interval = this.settings.intervalMs;
    const latest = this.latest;
    let at: number;
    if (urgent) {
      at = now;
    } else if (this.mountSince !== undefined) {
      at = this.mountSince + this.settings.coalesceMs;
    } else if (this.clock.skew(now) === undefined && this.mayPoll()) {
      at = now;
    } else {
      const foreign = latest && (latest.source === 'platform' || latest.source === 'shared-cache');
      at = latest ? latest.at + interval * (foreign ? 1 + FOREIGN_GRACE : 1) : now;
      // A look that could not get a fresh answer (a follower, a hidden page) waits an interval.
      if (at <= now && this.lastLook !== undefined) {
        at = Math.max(at, this.lastLook + interval);
      }
    }
    const self = this;
    this.cancel('check');
    this.check = after(Math.max(at - now, this.notBefore - now), this.scheduler).subscribe(function () {
      self.check = undefined;
      self.look();
    });
  }

  /** Uses the freshest answer the browser has; polls only when there is none (or no clock). */
  private look(): void {
    this.mountSince = undefined;
    this.lastLook = this.now();
    if (this.mode !== 'running') {
      return;
    }
    this.takeSharedAnswer();
    const latest = this.latest;
    const clockKnown = this.clock.skew(this.now()) !== undefined;
    if (clockKnown && this.isFresh(latest) && latest.full) {
      this.apply(latest);
      this.shareWithTabs(latest);
    }
    const needsAnswer = !clockKnown || !this.isFresh(latest) || this.hasWaiting();
    if (needsAnswer && this.mayPoll()) {
      this.poll();
    } else {
      this.scheduleCheck();
    }
  }

  private setActive(active: boolean): void {
    if (this.active !== active) {
      this.active = active;
      if (this.tabs) {
        this.tabs.announce();
      }
      this.scheduleCheck(active);
      this.eachSource(function (source) { source.wake(); });
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
      this.latest = undefined;
      this.answered.clear();
      this.sharedFor.clear();
      this.scheduleCheck(true);
    }
  }

  private poll(): void {
    if (this.request) {
      return;
    }
    this.cancel('check');
    const self = this;
    this.requestCount++;
    this.request = activityRequest(this.options.transport, this.settings.endpoint, this.settings.timeoutMs, this.scheduler, function (seen) {
      self.lastRequest = seen;
    }).subscribe({
      next: function (snapshot) {
        self.request = undefined;
        self.succeeded(snapshot);
      },
      error: function (f: PresenceFailure) {
        self.request = undefined;
        self.failed(f);
      }
    });
  }

  private succeeded(snapshot: PresenceSnapshot): void {
    const now = this.now();
    if (snapshot.serverTime !== undefined) {
      this.clock.measured(snapshot.serverTime, now);
    }
    const answer: Answer = { entries: snapshot.entries, at: now, source: 'request', full: true };
    // In the platform's own format, so every client of the browser (UI16 too) skips its poll.
    writeSharedAnswer(this.options.store, { saved: now, presenceArray: snapshot.entries });
    this.notBefore = 0;
    this.accept(answer);
    this.flushDiagnoses();
  }

  private failed(f: PresenceFailure): void {
    if (this.tabs) {
      this.tabs.publish({ kind: 'failure', failure: f });
    }
    const decision = this.applyFailure(f);
    // Never sooner than the interval, even after a pause: a focus storm while signed out must
    // not become a request storm.
    this.notBefore = this.now() + (decision.action === 'retry' ? decision.delayMs : this.settings.intervalMs);
    this.flushDiagnoses();
    this.scheduleCheck();
  }

  private flushDiagnoses(): void {
    const waiting = this.polled.splice(0, this.polled.length);
    waiting.forEach(function (report) { report(); });
  }

  /** The platform's client emitted its presenceArray; null or empty means "no information". */
  private receivePlatform(list: unknown): void {
    if (list instanceof Array && list.length > 0) {
      this.accept({ entries: list, at: this.now(), source: 'platform', full: true });
    }
  }

  /** A fresh shared answer newer than ours (written by any tab, UI16 included). */
  private takeSharedAnswer(): void {
    const shared = readSharedAnswer(this.options.store, this.now(), this.settings.intervalMs);
    if (shared && (!this.latest || shared.saved > this.latest.at)) {
      this.accept({ entries: shared.presenceArray, at: shared.saved, source: 'shared-cache', full: true });
    }
  }

  /** A follower applies what the leader shared, as if it had asked itself. */
  private receiveShared(result: SharedResult): void {
    if (this.tabs && this.tabs.isLeader) {
      return;
    }
    if (result.kind === 'facts') {
      this.receiveSharedFacts(result.source, result.entries);
      return;
    }
    if (result.kind === 'failure') {
      // Should this tab take over, it keeps the leader's backoff.
      const decision = this.applyFailure(result.failure);
      this.notBefore = Math.max(this.notBefore, this.now() + (decision.action === 'retry' ? decision.delayMs : this.settings.intervalMs));
      return;
    }
    if (this.clock.skew(this.now()) === undefined) {
      this.clock.measured(this.now() + result.skewMs, this.now());
    }
    // The same answer may arrive first through the shared cache, in full: keep that one.
    if (!this.latest || result.at > this.latest.at) {
      this.accept({ entries: result.entries, at: result.at, source: 'tab', full: false, covers: new Set(result.users) });
    }
  }

  /** What the leader shared of a user source: each value read by that source, else nothing taken. */
  private receiveSharedFacts(name: string, entries: { user: string; value: unknown }[]): void {
    const found = this.userSources.filter(function (u) { return u.spec.name === name; })[0];
    if (!found) {
      return;
    }
    const values = new Map<string, unknown>();
    for (let i = 0; i < entries.length; i++) {
      const value = found.spec.readValue(entries[i].value);
      if (value === undefined) {
        return;
      }
      values.set(entries[i].user, value);
    }
    found.spec.apply(this.board, values);
  }

  /** Takes an answer as the latest, applies it when the server clock is known, and plans the next look. */
  private accept(answer: Answer): void {
    this.latest = answer;
    if (this.clock.skew(this.now()) !== undefined) {
      this.failuresInARow = 0;
      this.failures.reset();
      this.lastFailure = undefined;
      if (this.mode === 'paused') {
        this.mode = 'running';
      }
      this.apply(answer);
      this.shareWithTabs(answer);
    }
    this.scheduleCheck();
  }

  /** Every watched user reads the answer (absent: offline); one lookup per entry. */
  private apply(answer: Answer): void {
    const ids = this.board.ids();
    const board = this.board;
    const answered = this.answered;
    const lastOn = readWatched(answer.entries, board);
    if (answer.full) {
      board.apply(ids, lastOn);
      ids.forEach(function (id) { answered.add(id); });
    } else {
      // A shared answer covers the users the leader knew of: the others wait for the next.
      const covers = answer.covers || new Set<string>();
      const covered = ids.filter(function (id) { return covers.has(id) || answered.has(id); });
      board.apply(covered, lastOn);
      covered.forEach(function (id) { answered.add(id); });
    }
  }

  /** The leader sends the other tabs what they watch of a full answer; nothing when no tab listens. */
  private shareWithTabs(answer: Answer): void {
    const tabs = this.tabs;
    if (!tabs || !tabs.isLeader || !answer.full) {
      return;
    }
    const remote = new Set(tabs.remoteIds());
    if (remote.size === 0) {
      return;
    }
    const lastOn = readWatched(answer.entries, remote);
    const entries: { user: string; last_on: number }[] = [];
    lastOn.forEach(function (time, user) { entries.push({ user: user, last_on: time }); });
    const sharedFor = this.sharedFor;
    remote.forEach(function (id) { sharedFor.add(id); });
    const users: string[] = [];
    remote.forEach(function (id) { users.push(id); });
    tabs.publish({ kind: 'answer', at: answer.at, skewMs: this.clock.skew(this.now()) || 0, entries: entries, users: users });
  }

  /** Hides what can no longer be trusted and returns the retry policy's decision. */
  private applyFailure(f: PresenceFailure): RetryDecision {
    this.failuresInARow++;
    this.lastFailure = f;
    this.failures.report(f.kind, f.message);
    const decision = retryDecision(f, this.failuresInARow, this.settings.intervalMs, this.random());
    if (decision.action === 'retry') {
      this.board.markStale();
    } else {
      this.mode = decision.action === 'halt' ? 'halted' : 'paused';
      this.latest = undefined;
      this.board.forgetAll();
      this.cancel('check');
    }
    return decision;
  }
}

