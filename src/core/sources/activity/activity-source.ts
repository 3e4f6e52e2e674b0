/**
 * The activity source, the default one: who is active on the instance, from UI16's presence
 * answers. Every answer lists everyone present, so one answer serves every dot. Answers are
 * taken, freshest first, from wherever the browser already has them (servicenow.md §1b): the
 * platform's own client in this page (`sn.presence`), the shared cache every client writes
 * (`localStorage['snPresence']`), the leader tab; only when none is fresh does the leader poll,
 * exactly as UI16 does, and write the shared cache for everyone else.
 *
 * The server clock comes from our own answers only (the platform's carry none): without a
 * measure younger than an hour the leader polls once itself. Failures follow the retry policy
 * (poll-failures.ts); the board ages statuses between answers.
 */
import { Observable, Subscription } from 'rxjs';
import { after, endOfTask } from '../../delay';
import { PresenceFailure } from '../../failure';
import { PresenceSnapshot } from '../../protocol';
import { MAX_SHARED_CHARS, readSharedAnswer, writeSharedAnswer, writtenByOthers } from '../../shared-cache';
import { SharedResult } from '../../shared-result';
import { Source, SourceContext, SourceEvent } from '../source';
import { activityRequest, RequestSeen } from './activity-request';
import { Answer, isFresh } from './answer';
import { answerForTabs, applyAnswer } from './apply-answer';
import { Diagnosis } from './diagnosis';
import { nextLookDelay } from './look-schedule';
import { PollFailures } from './poll-failures';

/** Answers the page has already, beside the shared cache. */
export interface ActivityInputs {
  /** The platform's presence client in this page: each presenceArray it emits. */
  platform$?: Observable<unknown>;
  /** Another tab wrote the shared answer (storage events). */
  storeChanged$?: Observable<unknown>;
}

export class ActivitySource implements Source {
  readonly name = 'activity';
  private readonly failures: PollFailures;
  private latest: Answer | undefined;
  /** Users (of this tab) the latest answer was applied to; others wait for the next one. */
  private readonly answered = new Set<string>();
  /** Other tabs' users the leader has shared an answer for. */
  private readonly sharedFor = new Set<string>();
  /** When the oldest mount still waiting for a look happened: mounts within coalesceMs share it. */
  private mountSince: number | undefined;
  /** When this tab last looked for an answer: an unproductive look is not repeated within an interval. */
  private lastLook: number | undefined;
  /** Another presence client of this browser reads the shared answer: ours is worth writing there. */
  private othersRead = false;
  private requestCount = 0;
  private lastRequest: RequestSeen | undefined;
  private readonly polled: (() => void)[] = [];
  private running: Subscription | undefined;
  private check: Subscription | undefined;
  private inHand: Subscription | undefined;
  private request: Subscription | undefined;

  constructor(private readonly context: SourceContext, private readonly inputs: ActivityInputs) {
    this.failures = new PollFailures(context.log, context.random);
  }

  get requestsSent(): number {
    return this.requestCount;
  }

  /** Answers are lost (session or endpoint gone): nobody's activity can be known, new dots start offline. */
  get lost(): boolean {
    return this.failures.mode !== 'running';
  }

  start(): void {
    const self = this;
    this.running = new Subscription();
    this.othersRead = this.othersRead || writtenByOthers(this.context.store);
    if (this.inputs.platform$) {
      this.running.add(this.inputs.platform$.subscribe(function (list) {
        self.othersRead = true;
        self.receivePlatform(list);
      }));
    }
    if (this.inputs.storeChanged$) {
      this.running.add(this.inputs.storeChanged$.subscribe(function () {
        // Written by another tab: UI16, or the platform's client of another portal page.
        self.othersRead = true;
        self.takeSharedAnswer();
      }));
    }
  }

  wake(event: SourceEvent): void {
    switch (event) {
      case 'mounted':
        // The look planned for the first mount of the window serves every later one: a page
        // mounting thousands of dots plans one timer, not one per dot.
        if (this.mountSince !== undefined && this.check) {
          return;
        }
        if (this.mountSince === undefined) {
          this.mountSince = this.now();
          this.takeAtEndOfTask();
        }
        this.scheduleCheck(false);
        return;
      case 'peers':
        // A leader serves users new in other tabs like its own new mounts.
        this.wake(this.leads() && this.hasWaiting() ? 'mounted' : 'settings');
        return;
      case 'resume':
        this.resume();
        return;
      default:
        this.scheduleCheck(event === 'leadership' || event === 'active');
    }
  }

  /** A user of this tab is gone: should they come back, they wait for an answer again. */
  released(id: string): void {
    this.answered.delete(id);
  }

  stop(): void {
    this.cancel('check');
    this.cancel('inHand');
    this.cancel('request');
    this.cancel('running');
    this.sharedFor.clear();
  }

  /**
   * One poll of our own now (unless the endpoint is gone or a backoff forbids it), then what it
   * showed. Meant for an administrator checking an instance.
   */
  diagnose(): Promise<Diagnosis> {
    const self = this;
    return new Promise<Diagnosis>(function (resolve) {
      const report = function () { resolve(self.diagnosis()); };
      if (self.failures.mode === 'halted' || self.now() < self.failures.notBefore) {
        report();
        return;
      }
      self.polled.push(report);
      self.poll();
    });
  }

  /** Ask again now (a pause or a backoff ends); false when the endpoint is gone. */
  refresh(): boolean {
    if (!this.failures.forgive()) {
      return false;
    }
    this.resume();
    this.scheduleCheck(true);
    return true;
  }

  diagnosis(): Diagnosis {
    const now = this.now();
    const latest = this.latest;
    const last = this.lastRequest;
    const f = this.failures.last;
    return {
      disabled: false,
      state: this.failures.state,
      endpoint: this.context.settings().endpoint,
      intervalMs: this.context.settings().intervalMs,
      httpStatus: last && last.status,
      shapeRecognised: last && last.shapeRecognised,
      answerBytes: last && last.bytes,
      usersPresent: latest && latest.full ? latest.entries.length : last && last.entries,
      watched: this.context.board.size,
      clockSkewMs: this.context.clock.skew(now),
      pollingTab: this.context.mayAsk(),
      lastAnswerSource: latest && latest.source,
      lastAnswerAgeMs: latest && now - latest.at,
      requestsSent: this.requestCount,
      lastFailure: f && { kind: f.kind, message: f.message },
      sources: {}
    };
  }

  /** A follower applies what the leader shared, as if it had asked itself. */
  receiveShared(result: SharedResult): void {
    if (this.leads() || result.kind === 'facts') {
      return;
    }
    const now = this.now();
    if (result.kind === 'failure') {
      this.recordFailure(result.failure, false);
      return;
    }
    if (this.context.clock.skew(now) === undefined) {
      this.context.clock.measured(now + result.skewMs, now);
    }
    // The same answer may arrive first through the shared cache, in full: keep that one.
    if (!this.latest || result.at > this.latest.at) {
      this.accept({ entries: result.entries, at: result.at, source: 'tab', full: false, covers: new Set(result.users) });
    }
  }

  private cancel(name: 'check' | 'inHand' | 'request' | 'running'): void {
    const subscription = this[name];
    if (subscription) {
      this[name] = undefined;
      subscription.unsubscribe();
    }
  }

  private now(): number {
    return this.context.scheduler.now();
  }

  private leads(): boolean {
    const tabs = this.context.tabs();
    return !!tabs && tabs.isLeader;
  }

  private clockKnown(): boolean {
    return this.context.clock.skew(this.now()) !== undefined;
  }

  /** Someone (this tab's users, or the other tabs' for a leader) waits for a first answer. */
  private hasWaiting(): boolean {
    // `answered` only holds users still watched (released ones leave it): fewer means someone waits.
    if (this.answered.size < this.context.board.size) {
      return true;
    }
    const sharedFor = this.sharedFor;
    const tabs = this.context.tabs();
    return !!tabs && tabs.isLeader && tabs.remoteIds().some(function (id) { return !sharedFor.has(id); });
  }

  private scheduleCheck(urgent: boolean): void {
    if (!this.running || this.request || this.failures.mode === 'halted') {
      return;
    }
    const settings = this.context.settings();
    const delay = nextLookDelay({
      now: this.now(),
      urgent: urgent,
      mountSince: this.mountSince,
      coalesceMs: settings.coalesceMs,
      intervalMs: settings.intervalMs,
      clockKnown: this.clockKnown(),
      mayPoll: this.context.mayAsk(),
      latest: this.latest,
      lastLook: this.lastLook,
      notBefore: this.failures.notBefore
    });
    const self = this;
    this.cancel('check');
    this.check = after(delay, this.context.scheduler).subscribe(function () {
      self.check = undefined;
      self.look();
    });
  }

  /** Uses the freshest answer the browser has; polls only when there is none (or no clock). */
  private look(): void {
    this.mountSince = undefined;
    this.lastLook = this.now();
    if (this.failures.mode !== 'running') {
      return;
    }
    const usable = this.takeInHand();
    if ((!usable || this.hasWaiting()) && this.context.mayAsk()) {
      this.poll();
    } else {
      this.scheduleCheck(false);
    }
  }

  /**
   * Applies the freshest answer the browser already has (a newer shared one first) to every
   * watched user; returns whether there is a fresh one the server clock can read.
   */
  private takeInHand(): boolean {
    // A shared answer just taken was applied on acceptance (with the clock known, as `usable` needs).
    const justTaken = this.takeSharedAnswer();
    const latest = this.latest;
    const usable = this.clockKnown() && isFresh(latest, this.now(), this.context.settings().intervalMs);
    if (usable && latest && latest.full && !justTaken) {
      this.apply(latest);
    }
    return usable;
  }

  /**
   * New dots show an answer already in hand (a fresh shared one counts) as soon as the task that
   * mounted them ends, before the page first renders; only asking waits for the mounts' window.
   */
  private takeAtEndOfTask(): void {
    const self = this;
    this.cancel('inHand');
    this.inHand = endOfTask().subscribe(function () {
      self.inHand = undefined;
      if (self.failures.mode === 'running') {
        self.takeInHand();
      }
    });
  }

  /** After a pause for a lost session: try again. */
  private resume(): void {
    if (this.failures.resume()) {
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
    const settings = this.context.settings();
    this.requestCount++;
    this.request = activityRequest(this.context.transport, settings.endpoint, settings.timeoutMs, this.context.scheduler, function (seen) {
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
      this.context.clock.measured(snapshot.serverTime, now);
    }
    // In the platform's own format, so every other client of the browser (UI16 too) skips its poll.
    if (this.othersRead && (!this.lastRequest || this.lastRequest.bytes <= MAX_SHARED_CHARS)) {
      writeSharedAnswer(this.context.store, { saved: now, presenceArray: snapshot.entries });
    }
    this.failures.notBefore = 0;
    this.accept({ entries: snapshot.entries, at: now, source: 'request', full: true });
    this.flushDiagnoses();
  }

  private failed(f: PresenceFailure): void {
    const tabs = this.context.tabs();
    if (tabs) {
      tabs.publish({ kind: 'failure', failure: f });
    }
    this.recordFailure(f, true);
    this.flushDiagnoses();
    this.scheduleCheck(false);
  }

  /** Hides what can no longer be trusted: stale statuses while retrying, none after a pause or halt. */
  private recordFailure(f: PresenceFailure, own: boolean): void {
    const settings = this.context.settings();
    const decision = this.failures.record(f, this.now(), settings.intervalMs, own);
    if (decision.action === 'retry') {
      this.context.board.markStale();
    } else {
      this.latest = undefined;
      this.context.board.forgetAll();
      this.cancel('check');
    }
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

  /** A fresh shared answer newer than ours (written by any tab, UI16 included); returns whether there was one. */
  private takeSharedAnswer(): boolean {
    const shared = readSharedAnswer(this.context.store, this.now(), this.context.settings().intervalMs, this.latest && this.latest.at);
    if (shared) {
      this.accept({ entries: shared.presenceArray, at: shared.saved, source: 'shared-cache', full: true });
    }
    return !!shared;
  }

  /** Takes an answer as the latest, applies it when the server clock is known, and plans the next look. */
  private accept(answer: Answer): void {
    this.latest = answer;
    if (this.clockKnown()) {
      this.failures.recovered();
      this.apply(answer);
    }
    this.scheduleCheck(false);
  }

  /** Applies the answer here and, in the leader, sends the other tabs what they watch of it (nothing when none listens). */
  private apply(answer: Answer): void {
    applyAnswer(this.context.board, answer, this.answered);
    const tabs = this.context.tabs();
    if (!tabs || !tabs.isLeader || !answer.full) {
      return;
    }
    const remote = new Set(tabs.remoteIds());
    if (remote.size > 0) {
      const sharedFor = this.sharedFor;
      remote.forEach(function (id) { sharedFor.add(id); });
      tabs.publish(answerForTabs(answer, remote, this.context.clock.skew(this.now()) || 0));
    }
  }
}
