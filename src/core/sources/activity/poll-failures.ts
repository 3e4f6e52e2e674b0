/**
 * What the activity poll's failures mean: each kind told once on the console (again after a
 * recovery), the retry policy's delay before the next request, and a pause (session lost: until
 * the user is back) or a halt (endpoint gone: for the page).
 */
import { retryDecision, RetryDecision } from '../../backoff';
import { PresenceFailure } from '../../failure';
import { createReporter, LogFn, Reporter } from '../../reporter';

export type PollMode = 'running' | 'paused' | 'halted';

export class PollFailures {
  mode: PollMode = 'running';
  inARow = 0;
  /** No request before this time. */
  notBefore = 0;
  last: PresenceFailure | undefined;
  private readonly reporter: Reporter;

  constructor(
    log: LogFn,
    private readonly random: () => number
  ) {
    this.reporter = createReporter(log);
  }

  /**
   * A failure of our own request, or one the leader tab shared (`own` false: this tab keeps
   * the leader's backoff should it take over). Never sooner than an interval after a pause: a
   * focus storm while signed out must not become a request storm.
   */
  record(f: PresenceFailure, now: number, intervalMs: number, own: boolean): RetryDecision {
    this.inARow++;
    this.last = f;
    this.reporter.report(f.kind, f.message);
    const decision = retryDecision(f, this.inARow, intervalMs, this.random());
    if (decision.action !== 'retry') {
      this.mode = decision.action === 'halt' ? 'halted' : 'paused';
    }
    const until = now + (decision.action === 'retry' ? decision.delayMs : intervalMs);
    this.notBefore = own ? until : Math.max(this.notBefore, until);
    return decision;
  }

  /** An answer came in: whatever failed before is over. */
  recovered(): void {
    this.inARow = 0;
    this.reporter.reset();
    this.last = undefined;
    if (this.mode === 'paused') {
      this.mode = 'running';
    }
  }

  /** The user is back: a paused poll runs again (true when it was paused). */
  resume(): boolean {
    if (this.mode !== 'paused') {
      return false;
    }
    this.mode = 'running';
    this.inARow = 0;
    return true;
  }

  /** Ask again now: ends a backoff; a halt stands (false). */
  forgive(): boolean {
    if (this.mode === 'halted') {
      return false;
    }
    this.notBefore = 0;
    this.inARow = 0;
    return true;
  }

  get state(): 'running' | 'backing off' | 'paused' | 'stopped' {
    return this.mode === 'halted'
      ? 'stopped'
      : this.mode === 'paused'
        ? 'paused'
        : this.inARow > 0
          ? 'backing off'
          : 'running';
  }
}
