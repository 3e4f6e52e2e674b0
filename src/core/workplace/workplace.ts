/**
 * ServiceNow's workplace plugins, which only some pages need (the spPresenceWorkplace provider
 * brings them, so every other page loads none of their code): WSD office days (a source the
 * engine adds, and following a colleague) and a person's recent activities (Activity
 * Subscriptions). `spUserPresence` lends what they ask with; this builds them.
 */
import { Observable, SchedulerLike, Subscribable } from 'rxjs';
import { OfficeDay } from '../office';
import { RecentActivities, RecentActivity } from '../person/recent-activities';
import { LogFn } from '../reporter';
import { FollowError, followRequest } from '../sources/office/follow-request';
import { OFFICE_SOURCE } from '../sources/office/office-spec';
import { UserSourceSpec } from '../sources/user-source';
import { Transport } from '../transport';

/** What the page's presence service lends: its transport (the session token, the page's origin) and timings. */
export interface WorkplaceKit {
  transport: Transport;
  scheduler: SchedulerLike;
  timeoutMs: number;
  log: LogFn;
}

export interface Workplace {
  /** The office-days source, for PresenceEngine.addSource. */
  office: UserSourceSpec<OfficeDay>;
  /** Follow or stop following; `userId` a valid sys_id, undefined for one that is not (fails as not-found). Fails with a FollowError. */
  follow(userId: string | undefined, follow: boolean): Subscribable<OfficeDay>;
  recentActivities(context: unknown, contextInstance: unknown): Promise<RecentActivity[] | undefined>;
}

export function createWorkplace(kit: WorkplaceKit): Workplace {
  const activities = new RecentActivities(kit.transport, kit.scheduler, kit.timeoutMs, kit.log);
  return {
    office: OFFICE_SOURCE,
    follow: function (userId, follow) {
      return userId === undefined
        ? new Observable<OfficeDay>(function (subscriber) {
            subscriber.error(new FollowError('not-found'));
          })
        : followRequest(kit.transport, userId, follow, kit.timeoutMs, kit.scheduler);
    },
    recentActivities: function (context, contextInstance) {
      return activities.of(context, contextInstance);
    }
  };
}
