/**
 * The availability source: asks the admin's same-origin endpoint on the instance (which talks
 * to Teams, RingCentral or Symphony; their tokens never reach the browser) for every watched
 * user in one request, every `intervalMs` (default 60 s, at least 30 s), and only when an
 * endpoint is configured. 401, 403 or 404 turn this source off for the page with one console
 * line; other failures back off, and an availability older than two intervals is dropped, so
 * the dots fall back to activity. The activity poll is not touched by any of it.
 */
import { Subscription } from 'rxjs';
import { Availability, Vendor } from '../../availability';
import { retryDecision } from '../../backoff';
import { after } from '../../delay';
import { failure, PresenceFailure } from '../../failure';
import { createReporter, Reporter } from '../../reporter';
import { askJson, JsonAnswer } from '../ask-json';
import { readAvailabilityAnswer } from './availability-answer';
import { UserSource, UserSourceContext } from '../user-source';

export interface AvailabilityConfig {
  /** A path on this instance. */
  endpoint: string;
  /** The adapter used unless the answer names its vendor. */
  vendor: Vendor;
  intervalMs: number;
}

export class AvailabilitySource implements UserSource {
  private config: AvailabilityConfig | undefined;
  private readonly reporter: Reporter;
  private timer: Subscription | undefined;
  private request: Subscription | undefined;
  private failures = 0;
  private off = false;
  private lastSuccess: number | undefined;
  private holding = false;
  private requests = 0;

  constructor(private readonly options: UserSourceContext<Availability>) {
    this.reporter = createReporter(options.log);
  }

  get requestsSent(): number {
    return this.requests;
  }

  /** Starts, restarts (a new endpoint or vendor) or stops the source. */
  configure(config: AvailabilityConfig | undefined): void {
    const changed = JSON.stringify(config) !== JSON.stringify(this.config);
    this.config = config;
    if (changed) {
      this.stop();
      this.off = false;
      this.failures = 0;
      this.lastSuccess = undefined;
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
    if (this.timer) {
      this.timer.unsubscribe();
      this.timer = undefined;
    }
    const now = this.options.scheduler.now();
    const due = this.lastSuccess === undefined ? now : this.lastSuccess + this.config.intervalMs;
    this.schedule(due - now);
  }

  stop(): void {
    if (this.timer) {
      this.timer.unsubscribe();
      this.timer = undefined;
    }
    if (this.request) {
      this.request.unsubscribe();
      this.request = undefined;
    }
    if (this.holding) {
      this.holding = false;
      this.options.emit(new Map());
    }
  }

  private schedule(delayMs: number): void {
    const self = this;
    this.timer = after(delayMs, this.options.scheduler).subscribe(function () {
      self.timer = undefined;
      self.ask();
    });
  }

  private ask(): void {
    const config = this.config;
    if (!config) {
      return;
    }
    const ids = this.options.ids();
    if (!this.options.mayAsk() || ids.length === 0) {
      // Not this tab's turn, or nobody to ask about: look again in an interval.
      this.schedule(config.intervalMs);
      return;
    }
    const self = this;
    this.requests++;
    this.request = askJson(this.options.transport, { endpoint: config.endpoint, body: { users: ids } }, this.options.timeoutMs(), this.options.scheduler, 'availability').subscribe({
      next: function (answer) {
        self.request = undefined;
        self.answered(answer, ids, config);
      },
      error: function (f: PresenceFailure) {
        self.request = undefined;
        self.failed(f);
      }
    });
  }

  private answered(answer: JsonAnswer, ids: string[], config: AvailabilityConfig): void {
    const status = answer.status;
    if (status === 401 || status === 403 || status === 404) {
      this.failed(failure(status === 404 ? 'gone' : 'forbidden', 'the availability endpoint ' + config.endpoint + ' answered ' + status + '; availability is off for this page (the activity dots go on)', status));
      return;
    }
    if (status < 200 || status >= 300) {
      this.failed(failure('server', 'the availability endpoint answered ' + status + '; backing off', status));
      return;
    }
    const read = answer.json === undefined ? undefined : readAvailabilityAnswer(answer.json, config.vendor, new Set(ids));
    if (!read) {
      this.failed(failure('shape', 'the availability answer is not {"result": {"users": {...}}}; backing off', status));
      return;
    }
    const reporter = this.reporter;
    read.unknown.forEach(function (value) {
      reporter.report('unknown ' + value, 'unknown availability value (' + value + '): such users show their activity only');
    });
    this.failures = 0;
    this.lastSuccess = this.options.scheduler.now();
    this.holding = true;
    this.options.emit(read.availability);
    this.schedule(config.intervalMs);
  }

  private failed(f: PresenceFailure): void {
    const config = this.config as AvailabilityConfig;
    this.reporter.report('failure ' + f.kind, f.message);
    if (f.kind === 'gone' || f.kind === 'forbidden' || f.kind === 'origin') {
      this.off = true;
      this.stop();
      return;
    }
    this.failures++;
    const now = this.options.scheduler.now();
    if (this.holding && (this.lastSuccess === undefined || now - this.lastSuccess >= 2 * config.intervalMs)) {
      this.holding = false;
      this.options.emit(new Map());
    }
    const decision = retryDecision(f, this.failures, config.intervalMs, this.options.random());
    this.schedule(decision.action === 'retry' ? decision.delayMs : config.intervalMs);
  }
}
