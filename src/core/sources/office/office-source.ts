/**
 * The office-days source (ServiceNow WSD): asks GET /presence/collaborator, the signed-in
 * user's collaborators with their routines and exceptions, once on first need (a dot that shows
 * office days), then at most every 30 min; at the viewer's local midnight it reads the answer it
 * has again, since "today" changed. Only the leader tab asks. Never `?user_id=` (admin-only).
 * 401, 403 or 404 (no sn_wsd_core.workplace_user role, or the plugins missing) turn it off for
 * the page: one console line, no retry; the dots go on.
 */
import { Subscription } from 'rxjs';
import { after } from '../../delay';
import { failure, PresenceFailure } from '../../failure';
import { OfficeDay } from '../../office';
import { ScheduledSource } from '../scheduled-source';
import { readCollaborators } from './collaborators-answer';
import { Collaborator, msUntilLocalMidnight, officeToday } from './office-days';

export const WSD_COLLABORATORS = '/api/sn_wsd_concierge/v1/presence/collaborator';
export const OFFICE_REFRESH_MS = 30 * 60 * 1000;
/** Past midnight by this much, so that the clock reads the new day. */
const MIDNIGHT_MARGIN_MS = 1000;

export interface OfficeConfig {
  endpoint: string;
}

export class OfficeSource extends ScheduledSource<OfficeConfig, OfficeDay> {
  protected readonly what = 'office days';
  private held: Collaborator[] | undefined;
  private midnight: Subscription | undefined;

  protected intervalMs(): number {
    return OFFICE_REFRESH_MS;
  }

  protected requestFor(config: OfficeConfig): { endpoint: string; method: 'GET' } {
    return { endpoint: config.endpoint, method: 'GET' };
  }

  protected offMessage(config: OfficeConfig, status: number): string {
    return (
      config.endpoint +
      ' answered ' +
      status +
      ' (the Workplace Service Delivery plugins or the sn_wsd_core.workplace_user role are missing); office days are off for this page (the dots go on)'
    );
  }

  protected read(json: unknown): PresenceFailure | undefined {
    const collaborators = readCollaborators(json);
    if (!collaborators) {
      return failure('shape', 'the office days answer is not {"result": {"collaborators": [...]}}; backing off');
    }
    this.held = collaborators;
    this.emitToday();
    return undefined;
  }

  protected restarted(): void {
    this.held = undefined;
  }

  /** Every dot gone, then back: show what is known at once. */
  protected woken(): void {
    if (this.held && !this.midnight) {
      this.emitToday();
    }
  }

  protected stopped(): void {
    if (this.midnight) {
      this.midnight.unsubscribe();
      this.midnight = undefined;
    }
  }

  protected turnedOff(): void {
    this.held = undefined;
    this.context.emit(new Map());
  }

  /** Today's office day of every watched user (not followed unless a collaborator), again at the next local midnight. */
  private emitToday(): void {
    const held = this.held as Collaborator[];
    const now = this.context.scheduler.now();
    const days = new Map<string, OfficeDay>();
    this.context.ids().forEach(function (id) {
      days.set(id, { following: false });
    });
    held.forEach(function (c) {
      days.set(c.sysId, officeToday(c, now));
    });
    this.context.emit(days);
    this.stopped();
    this.midnight = after(msUntilLocalMidnight(now) + MIDNIGHT_MARGIN_MS, this.context.scheduler).subscribe(() => {
      this.midnight = undefined;
      this.emitToday();
    });
  }
}
