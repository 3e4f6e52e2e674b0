/**
 * The availability source: asks sp-presence's availability API on the instance (the server
 * half, shipped in the update set: it talks to Teams, RingCentral or Symphony, whose tokens
 * never reach the browser) for every watched user in one request, every `intervalMs` (default
 * 60 s, at least 30 s). 401, 403 or 404 turn this source off for the page with one console
 * line; other failures back off. Availability older than two intervals is dropped, whether the
 * instance's snapshot aged (the vendor is down: the answer says how old it is) or our requests
 * fail, so the dots fall back to activity. The activity poll is not touched by any of it.
 */
import { Availability } from '../../availability';
import { failure, PresenceFailure } from '../../failure';
import { ScheduledSource, SourceStatus } from '../scheduled-source';
import { readAvailabilityAnswer, ServerHalfState } from './availability-answer';
import { AvailabilityConfig } from './availability-config';

/** What diagnose() reports of availability. */
export interface AvailabilityDiagnosis extends SourceStatus {
  endpoint: string;
  intervalMs: number;
  /** Age of the instance's snapshot in the last answer (ms). */
  snapshotAgeMs: number | undefined;
  usersWithAvailability: number | undefined;
  /** The instance's own account of the server half (admins only). */
  server: ServerHalfState | undefined;
}

/** Users one request asks about: the most dots a page shows (the instance's API takes as many). */
export const MAX_AVAILABILITY_USERS = 2000;

export class AvailabilitySource extends ScheduledSource<AvailabilityConfig, Availability> {
  protected readonly what = 'availability';
  /** Availabilities are shown: they must be dropped when they can no longer be trusted. */
  private holding = false;
  private last: { ageMs: number | undefined; users: number; server: ServerHalfState | undefined } | undefined;

  diagnosis(): AvailabilityDiagnosis | undefined {
    const config = this.config;
    if (!config) {
      return undefined;
    }
    const status = this.status();
    return {
      state: status.state,
      lastFailure: status.lastFailure,
      endpoint: config.endpoint,
      intervalMs: config.intervalMs,
      snapshotAgeMs: this.last && this.last.ageMs,
      usersWithAvailability: this.last && this.last.users,
      server: this.last && this.last.server
    };
  }

  protected intervalMs(config: AvailabilityConfig): number {
    return config.intervalMs;
  }

  protected requestFor(config: AvailabilityConfig, ids: string[]): { endpoint: string; body: unknown } {
    if (ids.length > MAX_AVAILABILITY_USERS) {
      this.reporter.report(
        'too many',
        'availability for the first ' +
          MAX_AVAILABILITY_USERS +
          ' of ' +
          ids.length +
          ' users only (the most one request takes)'
      );
    }
    return { endpoint: config.endpoint, body: { users: ids.slice(0, MAX_AVAILABILITY_USERS) } };
  }

  protected offMessage(config: AvailabilityConfig, status: number): string {
    const off = '; availability is off for this page (the activity dots go on)';
    if (status === 404) {
      return (
        'the availability endpoint ' +
        config.endpoint +
        ' answered 404' +
        off +
        '. Check that the sp-presence update set is committed ' +
        '(Scripted REST API "sp-presence", active); if your APIs answer under your company code, not /api/global/, set the ' +
        "widget's availability endpoint to /api/<company code>/sp_presence/availability"
      );
    }
    return (
      'the availability endpoint ' +
      config.endpoint +
      ' answered ' +
      status +
      off +
      (status === 403
        ? ' (the ACL of the sp-presence REST API, or the REST API\'s "requires snc_internal role", refused this user)'
        : '')
    );
  }

  protected read(json: unknown, config: AvailabilityConfig, ids: string[]): PresenceFailure | undefined {
    const read = json === undefined ? undefined : readAvailabilityAnswer(json, new Set(ids));
    if (!read) {
      return failure('shape', 'the availability answer is not {"result": {"users": {...}}}; backing off');
    }
    const reporter = this.reporter;
    read.unknown.forEach(function (value) {
      reporter.report(
        'unknown ' + value,
        'unreadable availability value (' + value + '): such users show their activity only'
      );
    });
    this.last = { ageMs: read.ageMs, users: read.availability.size, server: read.server };
    if (read.ageMs !== undefined && read.ageMs > 2 * config.intervalMs) {
      // The vendor has not answered the instance for two intervals: what it said is too old to show.
      this.drop();
      return undefined;
    }
    this.holding = true;
    this.context.emit(read.availability);
    return undefined;
  }

  protected stopped(): void {
    this.drop();
  }

  protected backingOff(): void {
    const now = this.context.scheduler.now();
    if (
      this.lastSuccess === undefined ||
      now - this.lastSuccess >= 2 * (this.config as AvailabilityConfig).intervalMs
    ) {
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
