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
import { Subscription } from 'rxjs';
import { PresenceFailure } from '../../failure';
import { PresenceSnapshot } from '../../protocol';
import { SharedResult } from '../../shared-result';
import { Source, SourceContext, SourceEvent } from '../source';
import { ActivityPoller } from './activity-poller';
import { Answer } from './answer';
import { ActivityInputs, listenToInputs } from './answer-inputs';
import { AnswersInHand } from './answers-in-hand';
import { activityDiagnosis, Diagnosis } from './diagnosis';
import { LookPlanner } from './look-planner';
import { PollFailures } from './poll-failures';

export class ActivitySource implements Source {
  readonly name = 'activity';
  private readonly failures: PollFailures;
  private readonly answers: AnswersInHand;
  private readonly poller: ActivityPoller;
  private readonly looks: LookPlanner;
  private running: Subscription | undefined;

  constructor(
    private readonly context: SourceContext,
    private readonly inputs: ActivityInputs
  ) {
    this.failures = new PollFailures(context.log, context.random);
    this.answers = new AnswersInHand(context);
    this.poller = new ActivityPoller(context);
    this.looks = new LookPlanner(
      context,
      () => {
        return {
          idle: !this.running || this.poller.inFlight || this.failures.mode === 'halted',
          latest: this.answers.latest,
          clockKnown: this.clockKnown(),
          notBefore: this.failures.notBefore
        };
      },
      () => {
        this.look();
      },
      () => {
        this.takeAtEndOfTask();
      }
    );
  }

  get requestsSent(): number {
    return this.poller.sent;
  }

  /** Answers are lost (session or endpoint gone): nobody's activity can be known, new dots start offline. */
  get lost(): boolean {
    return this.failures.mode !== 'running';
  }

  start(): void {
    this.answers.noteReaders();
    this.running = listenToInputs(this.inputs, {
      readers: () => {
        this.answers.noteReaders(true);
      },
      platform: (entries) => {
        this.accept({ entries: entries, at: this.now(), source: 'platform', full: true });
      },
      sharedChanged: () => {
        this.takeSharedAnswer();
      }
    });
  }

  wake(event: SourceEvent): void {
    switch (event) {
      case 'mounted':
        this.looks.mounted();
        return;
      case 'peers':
        // A leader serves users new in other tabs like its own new mounts.
        this.wake(this.leads() && this.answers.hasWaiting() ? 'mounted' : 'settings');
        return;
      case 'resume':
        this.resume();
        return;
      default:
        this.looks.plan(event === 'leadership' || event === 'active');
    }
  }

  released(id: string): void {
    this.answers.released(id);
  }

  stop(): void {
    this.looks.stop();
    if (this.running) {
      this.running.unsubscribe();
      this.running = undefined;
    }
    this.poller.cancel();
    this.answers.forgetShared();
  }

  /**
   * One poll of our own now (unless the endpoint is gone or a backoff forbids it), then what it
   * showed. Meant for an administrator checking an instance.
   */
  diagnose(): Promise<Diagnosis> {
    return new Promise<Diagnosis>((resolve) => {
      const report = () => {
        resolve(this.diagnosis());
      };
      if (this.failures.mode === 'halted' || this.now() < this.failures.notBefore) {
        report();
        return;
      }
      this.poller.whenDone(report);
      this.poll();
    });
  }

  /** Ask again now (a pause or a backoff ends); false when the endpoint is gone. */
  refresh(): boolean {
    if (!this.failures.forgive()) {
      return false;
    }
    this.resume();
    this.looks.plan(true);
    return true;
  }

  diagnosis(): Diagnosis {
    return activityDiagnosis(this.context, this.failures, this.poller, this.answers.latest);
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
    const latest = this.answers.latest;
    if (!latest || result.at > latest.at) {
      this.accept({
        entries: result.entries,
        at: result.at,
        source: 'tab',
        full: false,
        covers: new Set(result.users)
      });
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

  /** Uses the freshest answer the browser has; polls only when there is none (or no clock). */
  private look(): void {
    if (this.failures.mode !== 'running') {
      return;
    }
    const usable = this.takeInHand();
    if ((!usable || this.answers.hasWaiting()) && this.context.mayAsk()) {
      this.poll();
    } else {
      this.looks.plan(false);
    }
  }

  /**
   * Applies the freshest answer the browser already has (a newer shared one first) to every
   * watched user; returns whether there is a fresh one the server clock can read.
   */
  private takeInHand(): boolean {
    // A shared answer just taken was applied on acceptance (with the clock known, as `usable` needs).
    const justTaken = this.takeSharedAnswer();
    const latest = this.answers.latest;
    const usable = this.clockKnown() && this.answers.isFresh(this.now());
    if (usable && latest && latest.full && !justTaken) {
      this.answers.apply(latest);
    }
    return usable;
  }

  /**
   * New dots show an answer already in hand (a fresh shared one counts) before the page first
   * renders. With none, a page's first dots ask at once when no tab of this browser has polled
   * for two intervals: waiting for the mounts' window and the tab group's join would wait for
   * the page's first render too (a timer runs only after it), some 150 ms at 2 000 dots.
   */
  private takeAtEndOfTask(): void {
    if (
      this.failures.mode === 'running' &&
      !this.takeInHand() &&
      this.nobodyPolls() &&
      this.context.mayAskBeforeJoin()
    ) {
      this.poll();
    }
  }

  /**
   * No tab of this browser polls: the shared clock has no measure from the last two intervals (a
   * leader re-measures at every poll). Without a shared store nothing can tell: wait for the join.
   */
  private nobodyPolls(): boolean {
    const at = this.context.clock.measuredAt();
    return (
      !!this.context.store &&
      this.poller.sent === 0 &&
      (at === undefined || this.now() - at > 2 * this.context.settings().intervalMs)
    );
  }

  /** After a pause for a lost session: try again. */
  private resume(): void {
    if (this.failures.resume()) {
      this.answers.clear();
      this.looks.plan(true);
    }
  }

  private poll(): void {
    if (this.poller.inFlight) {
      return;
    }
    this.looks.cancelCheck();
    this.poller.send(
      (snapshot) => {
        this.succeeded(snapshot);
      },
      (f) => {
        this.failed(f);
      }
    );
  }

  private succeeded(snapshot: PresenceSnapshot): void {
    const now = this.now();
    if (snapshot.serverTime !== undefined) {
      this.context.clock.measured(snapshot.serverTime, now);
    }
    this.answers.share(snapshot.entries, now, this.poller.lastSeen && this.poller.lastSeen.bytes);
    this.failures.notBefore = 0;
    this.accept({ entries: snapshot.entries, at: now, source: 'request', full: true });
  }

  private failed(f: PresenceFailure): void {
    const tabs = this.context.tabs();
    if (tabs) {
      tabs.publish({ kind: 'failure', failure: f });
    }
    this.recordFailure(f, true);
    this.looks.plan(false);
  }

  /** Hides what can no longer be trusted: stale statuses while retrying, none after a pause or halt. */
  private recordFailure(f: PresenceFailure, own: boolean): void {
    const settings = this.context.settings();
    const decision = this.failures.record(f, this.now(), settings.intervalMs, own);
    if (decision.action === 'retry') {
      this.context.board.markStale();
    } else {
      this.answers.latest = undefined;
      this.context.board.forgetAll();
      this.looks.cancelCheck();
    }
  }

  /** A fresh shared answer newer than ours (written by any tab, UI16 included); returns whether there was one. */
  private takeSharedAnswer(): boolean {
    const shared = this.answers.sharedAnswer(this.now());
    if (shared) {
      this.accept(shared);
    }
    return !!shared;
  }

  /** Takes an answer as the latest, applies it when the server clock is known, and plans the next look. */
  private accept(answer: Answer): void {
    this.answers.latest = answer;
    if (this.clockKnown()) {
      this.failures.recovered();
      this.answers.apply(answer);
    }
    this.looks.plan(false);
  }
}
