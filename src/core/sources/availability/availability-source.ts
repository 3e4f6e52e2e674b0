/**
 * The availability source: asks the admin's same-origin endpoint on the instance (which talks
 * to Teams, RingCentral or Symphony; their tokens never reach the browser) for every watched
 * user in one request, every `intervalMs` (default 60 s, at least 30 s), and only when an
 * endpoint is configured. 401, 403 or 404 turn this source off for the page with one console
 * line; other failures back off, and an availability older than two intervals is dropped, so
 * the dots fall back to activity. The activity poll is not touched by any of it.
 */
import { Availability, Vendor } from '../../availability';
import { failure, PresenceFailure } from '../../failure';
import { ScheduledSource } from '../scheduled-source';
import { readAvailabilityAnswer } from './availability-answer';

export interface AvailabilityConfig {
  /** A path on this instance. */
  endpoint: string;
  /** The adapter used unless the answer names its vendor. */
  vendor: Vendor;
  intervalMs: number;
}

export class AvailabilitySource extends ScheduledSource<AvailabilityConfig, Availability> {
  protected readonly what = 'availability';
  /** Availabilities are shown: they must be dropped when they can no longer be trusted. */
  private holding = false;

  protected intervalMs(config: AvailabilityConfig): number {
    return config.intervalMs;
  }

  protected requestFor(config: AvailabilityConfig, ids: string[]): { endpoint: string; body: unknown } {
    return { endpoint: config.endpoint, body: { users: ids } };
  }

  protected offMessage(config: AvailabilityConfig, status: number): string {
    return 'the availability endpoint ' + config.endpoint + ' answered ' + status + '; availability is off for this page (the activity dots go on)';
  }

  protected read(json: unknown, config: AvailabilityConfig, ids: string[]): PresenceFailure | undefined {
    const read = json === undefined ? undefined : readAvailabilityAnswer(json, config.vendor, new Set(ids));
    if (!read) {
      return failure('shape', 'the availability answer is not {"result": {"users": {...}}}; backing off');
    }
    const reporter = this.reporter;
    read.unknown.forEach(function (value) {
      reporter.report('unknown ' + value, 'unknown availability value (' + value + '): such users show their activity only');
    });
    this.holding = true;
    this.context.emit(read.availability);
    return undefined;
  }

  protected stopped(): void {
    this.drop();
  }

  protected backingOff(): void {
    const now = this.context.scheduler.now();
    if (this.lastSuccess === undefined || now - this.lastSuccess >= 2 * (this.config as AvailabilityConfig).intervalMs) {
      this.drop();
    }
  }

  private drop(): void {
    if (this.holding) {
      this.holding = false;
      this.context.emit(new Map());
    }
  }
}
