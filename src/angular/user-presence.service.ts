/**
 * What `spUserPresence` offers widgets, directives and the other providers: the service's
 * contract, apart from the factory that keeps it.
 */
import { DotStatus } from '../core/availability';
import { Diagnosis } from '../core/engine';
import { OfficeDay } from '../core/office';
import { RecentActivity } from '../core/person/recent-activities';
import { Presence } from '../core/presence';
import { RecordPresenceState } from '../core/record/record-state';
import { Settings } from '../core/settings';
import { PresenceStatus } from '../core/status';
import { Workplace, WorkplaceKit } from '../core/workplace/workplace';
import { DotLabels } from '../dom/dot-words';
import { OfficeMarker } from '../dom/office-marker';
import { WORKPLACE_KIT } from './workplace-kit';

export interface UserRef {
  sys_id: string;
  [field: string]: unknown;
}

export interface UserPresenceResult extends UserRef {
  status: PresenceStatus;
}

export interface WatchOptions {
  /** false: call back outside AngularJS (for code that writes the DOM itself, like the dot). */
  digest?: boolean;
}

export interface PresenceConfig extends Partial<Settings> {
  /** The dot's words, e.g. translated with ${Online} in a widget. */
  labels?: Partial<DotLabels>;
  /** Announce every named dot's changes in a polite live region (off by default). */
  announce?: boolean;
}

/** What report() and diagnose() tell, with whether lists of people on a record can show anyone. */
export interface PageDiagnosis extends Diagnosis {
  recordPresence?: RecordPresenceState;
}

export interface UserPresenceService {
  getUserPresence(users: (UserRef | string)[]): angular.IPromise<UserPresenceResult[]>;
  /**
   * `callback(status, presence)`: `status` is what the dot shows (online, away, offline, and
   * busy or dnd from a presence product); `presence.stale` while answers fail.
   */
  watch(sysId: string, callback: (status: DotStatus, presence: Presence) => void, options?: WatchOptions): () => void;
  configure(config: PresenceConfig): Settings;
  labels(): DotLabels;
  announces(): boolean;
  /**
   * A presence in words with the page's labels, e.g. "Busy, In a meeting (Teams)" (for status
   * lines); with a name and the office day when given, as the dot says it.
   */
  describe(presence: Presence, name?: string, withOffice?: boolean): string;
  /** Today's office day in words ("in the office today (Building B)", "remote today"), or undefined when not told. */
  describeOffice(presence: Presence | undefined): string | undefined;
  /** One poll now, then what it showed (also logged once): for an administrator checking an instance. */
  diagnose(): angular.IPromise<PageDiagnosis>;
  /** What is known now (state, last failure, ...), without a request. */
  report(): PageDiagnosis;
  /** Set by <sp-record-presence>: for report() and Diagnostics; a state that shows nobody is said once per page. */
  noteRecordPresence(state: RecordPresenceState): void;
  /** Ask again now, in every tab (e.g. after a sign-in): ends a pause or backoff. */
  refresh(): void;
  /**
   * Show whether people are in the office today (ServiceNow WSD): the office-days source starts.
   * This and the two below need the spPresenceWorkplace provider on the page (said once without it).
   * Returns what draws a dot's office marker, or undefined without that provider.
   */
  showOfficeDays(): OfficeMarker | undefined;
  /**
   * Follow (or stop following) a colleague's office days: resolves with the office day the
   * server confirmed, shown at once; rejects with a FollowError whose `reason` is signed-out,
   * forbidden, not-found, server or network (without spPresenceWorkplace: an Error saying so).
   */
  follow(sysId: string, follow: boolean): angular.IPromise<OfficeDay>;
  /** A person's five latest activities (Activity Subscriptions), fetched once per page; undefined when they cannot be had. */
  recentActivities(context: string, contextInstance: string): angular.IPromise<RecentActivity[] | undefined>;
  /** Called by the spPresenceWorkplace provider: office days, following and recent activities from now on. */
  useWorkplace(create: (kit: WorkplaceKit) => Workplace, marker: OfficeMarker): void;
  /** For the spPresenceWorkplace provider's code: the modules it shares with this one (workplace-kit.ts). */
  readonly kit: typeof WORKPLACE_KIT;
}
