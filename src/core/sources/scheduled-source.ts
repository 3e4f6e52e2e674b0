/**
 * What the per-user sources beside activity share: the leader tab asks on a schedule (at once on
 * first need, then an interval after each answer), one request at a time; a failure backs off
 * (never sooner than the interval); 401, 403, 404 or an endpoint off the page's origin turn the
 * source off for the page, with one console line, and the dots go on. A subclass says what it
 * asks, how often, and how an answer reads.
 */
import { Subscription } from 'rxjs';
import { retryDecision } from '../backoff';
import { after } from '../delay';
import { failure, PresenceFailure } from '../failure';
import { createReporter, Reporter } from '../reporter';
import { PresenceRequest } from '../transport';
import { askJson, JsonAnswer } from './ask-json';
import { UserSource, UserSourceContext } from './user-source';

export interface SourceStatus {
  state: 'not configured' | 'running' | 'backing off' | 'off';
  lastFailure: { kind: string; message: string } | undefined;
}

export abstract class ScheduledSource<C, T> implements UserSource {
  protected config: C | undefined;
  protected readonly reporter: Reporter;
  /** When the last answer came in: the next request is due an interval later. */
  protected lastSuccess: number | undefined;
  private timer: Subscription | undefined;
  private request: Subscription | undefined;
  private failures = 0;
  private off = false;
  private requests = 0;
  private lastFailure: PresenceFailure | undefined;

  constructor(protected readonly context: UserSourceContext<T>) {
    this.reporter = createReporter(context.log);
  }

  get requestsSent(): number {
    return this.requests;
  }

  /** Starts, restarts (a new configuration) or stops the source. */
  configure(config: C | undefined): void {
    const changed = JSON.stringify(config) !== JSON.stringify(this.config);
    this.config = config;
    if (changed) {
      this.stop();
      this.off = false;
      this.failures = 0;
      this.lastSuccess = undefined;
      this.restarted();
    }
    // Unchanged after a stop (every dot gone, then back): carry on where it was.
    this.wake();
  }

  /** Something changed (leadership, users, visibility): ask now if it is due and allowed. */
  wake(): void {
    // A backoff stands; otherwise the next request is due an interval after the last answer.
    if (!this.config || this.off || this.request || (this.timer && this.failures > 0)) {
      return;
    }
    this.cancel('timer');
    const now = this.context.scheduler.now();
    this.schedule(this.lastSuccess === undefined ? 0 : this.lastSuccess + this.intervalMs(this.config) - now);
    this.woken();
  }

  /** Another tab asked: a new leader (the user switched tabs, say) does not ask again before the interval is up. */
  heardFromLeader(): void {
    this.lastSuccess = this.context.scheduler.now();
  }

  stop(): void {
    this.cancel('timer');
    this.cancel('request');
    this.stopped();
  }

  /** What the source is doing and what last went wrong, for diagnose(). */
  protected status(): SourceStatus {
    const state = !this.config ? 'not configured' : this.off ? 'off' : this.failures > 0 ? 'backing off' : 'running';
    return {
      state: state,
      lastFailure: this.lastFailure ? { kind: this.lastFailure.kind, message: this.lastFailure.message } : undefined
    };
  }

  /** How often to ask. */
  protected abstract intervalMs(config: C): number;
  /** What to ask, for these users. */
  protected abstract requestFor(config: C, ids: string[]): Omit<PresenceRequest, 'signal'>;
  /** Reads a 2xx answer and emits what it says; or returns why it could not. */
  protected abstract read(json: unknown, config: C, ids: string[]): PresenceFailure | undefined;
  /** The console line when the instance answered 401, 403 or 404. */
  protected abstract offMessage(config: C, status: number): string;
  /** Says what this source's request is, in failure lines ("the availability request timed out"). */
  protected abstract readonly what: string;

  /** The configuration changed: forget what the old one said. */
  protected restarted(): void {}
  /** Woken with nothing in flight. */
  protected woken(): void {}
  /** Stopped: timers cancelled. */
  protected stopped(): void {}
  /** Off for the page: show nothing of it any more. */
  protected turnedOff(): void {}
  /** A failure to retry later. */
  protected backingOff(): void {}

  private cancel(name: 'timer' | 'request'): void {
    const subscription = this[name];
    if (subscription) {
      this[name] = undefined;
      subscription.unsubscribe();
    }
  }

  private schedule(delayMs: number): void {
    this.timer = after(delayMs, this.context.scheduler).subscribe(() => {
      this.timer = undefined;
      this.ask();
    });
  }

  private ask(): void {
    const config = this.config;
    if (!config) {
      return;
    }
    const ids = this.context.ids();
    if (!this.context.mayAsk() || ids.length === 0) {
      // Not this tab's turn, or nobody to ask about: a new leader is woken; look again in an interval.
      this.schedule(this.intervalMs(config));
      return;
    }
    this.requests++;
    this.request = askJson(
      this.context.transport,
      this.requestFor(config, ids),
      this.context.timeoutMs(),
      this.context.scheduler,
      this.what
    ).subscribe({
      next: (answer) => {
        this.request = undefined;
        this.answered(answer, config, ids);
      },
      error: (f: PresenceFailure) => {
        this.request = undefined;
        this.failed(f);
      }
    });
  }

  private answered(answer: JsonAnswer, config: C, ids: string[]): void {
    const status = answer.status;
    if (status === 401 || status === 403 || status === 404) {
      this.failed(failure(status === 404 ? 'gone' : 'forbidden', this.offMessage(config, status), status));
      return;
    }
    if (status < 200 || status >= 300) {
      this.failed(failure('server', 'the ' + this.what + ' request answered ' + status + '; backing off', status));
      return;
    }
    const problem = this.read(answer.json, config, ids);
    if (problem) {
      this.failed(problem);
      return;
    }
    this.failures = 0;
    this.lastSuccess = this.context.scheduler.now();
    this.schedule(this.intervalMs(config));
  }

  private failed(f: PresenceFailure): void {
    const config = this.config as C;
    this.lastFailure = f;
    this.reporter.report('failure ' + f.kind, f.message);
    if (f.kind === 'gone' || f.kind === 'forbidden' || f.kind === 'origin') {
      this.off = true;
      this.stop();
      this.turnedOff();
      return;
    }
    this.failures++;
    this.backingOff();
    const interval = this.intervalMs(config);
    const decision = retryDecision(f, this.failures, interval, this.context.random());
    this.schedule(decision.action === 'retry' ? decision.delayMs : interval);
  }
}
