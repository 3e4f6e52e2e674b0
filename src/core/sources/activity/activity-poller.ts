/**
 * The activity source's own requests: one at a time, counted, what the last one showed kept for
 * diagnostics, and the administrators' checks waiting for the next one to end.
 */
import { Subscription } from 'rxjs';
import { PresenceFailure } from '../../failure';
import { PresenceSnapshot } from '../../protocol';
import { SourceContext } from '../source';
import { activityRequest, RequestSeen } from './activity-request';

export class ActivityPoller {
  sent = 0;
  lastSeen: RequestSeen | undefined;
  private request: Subscription | undefined;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly context: SourceContext) {}

  get inFlight(): boolean {
    return !!this.request;
  }

  /** Sends one request unless one is out; exactly one of the callbacks runs when it ends. */
  send(succeeded: (snapshot: PresenceSnapshot) => void, failed: (f: PresenceFailure) => void): void {
    if (this.request) {
      return;
    }
    const settings = this.context.settings();
    this.sent++;
    this.request = activityRequest(
      this.context.transport,
      settings.endpoint,
      settings.timeoutMs,
      this.context.scheduler,
      (seen) => {
        this.lastSeen = seen;
      }
    ).subscribe({
      next: (snapshot) => {
        this.request = undefined;
        succeeded(snapshot);
        this.flush();
      },
      error: (f: PresenceFailure) => {
        this.request = undefined;
        failed(f);
        this.flush();
      }
    });
  }

  /** `report` runs once the next request has ended. */
  whenDone(report: () => void): void {
    this.waiting.push(report);
  }

  cancel(): void {
    if (this.request) {
      this.request.unsubscribe();
      this.request = undefined;
    }
  }

  private flush(): void {
    const waiting = this.waiting.splice(0, this.waiting.length);
    waiting.forEach(function (report) {
      report();
    });
  }
}
