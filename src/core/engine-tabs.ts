/**
 * The engine's seat in the browser's tab group: one leader tab asks the instance for every tab.
 * What the group says becomes the sources' events; leaving ends it all at once. And what the
 * group decides: whose users a request covers, and whether this tab may ask.
 */
import { SchedulerLike, Subscription } from 'rxjs';
import { Settings } from './settings';
import { readSharedResult, SharedResult } from './shared-result';
import { SourceEvent } from './sources/source';
import { TabChannel } from './tab-channel';
import { LocalTab, newTabId, TabMessage } from './tab-messages';
import { TabLeader } from './tab-leader';

/**
 * Joins as `local` (this tab's users and whether it is looked at): the group's events go to
 * `tell`, what the leader shares to `receive`; unsubscribing `membership` leaves the group.
 */
export function joinTabGroup(
  channel: TabChannel<TabMessage<SharedResult>>,
  settings: Settings,
  scheduler: SchedulerLike,
  random: () => number,
  local: LocalTab,
  tell: (event: SourceEvent) => void,
  receive: (result: SharedResult) => void,
  membership: Subscription
): TabLeader<SharedResult> {
  const interval = settings.intervalMs;
  const tabs = new TabLeader<SharedResult>({
    channel: channel,
    heartbeatMs: interval / 4,
    leaseMs: interval / 2,
    // Another tab answers a hello within a millisecond or two: the join ends inside the
    // mounts' coalescing window, so a lone tab's first request is not delayed.
    joinMs: settings.coalesceMs / 2,
    // A leader shares at least every 1.5 intervals (an answer or a failure) while it has followers.
    resultLeaseMs: 2 * interval,
    readResult: readSharedResult,
    scheduler: scheduler,
    id: newTabId(scheduler.now(), random())
  });
  tabs.start(local, {
    leadership: () => tell('leadership'),
    peersChanged: () => tell('peers'),
    resume: () => tell('resume'),
    result: receive
  });
  membership.add(() => tabs.stop());
  return tabs;
}

/** This tab's users and, for a leader, the other tabs'. */
export function groupIds(own: string[], tabs: TabLeader<SharedResult> | undefined): string[] {
  if (!tabs || !tabs.isLeader) {
    return own;
  }
  const ids = own.slice();
  const seen = new Set(own);
  tabs.remoteIds().forEach(function (id) {
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  });
  return ids;
}

/**
 * This tab speaks for the group: it leads, or has no group, or (`beforeJoin`, while the join is
 * under way) it is alone: every tab that could lead watches users, so one that knows of none is alone.
 */
export function speaksForGroup(tabs: TabLeader<SharedResult> | undefined, beforeJoin: boolean): boolean {
  return !tabs || tabs.isLeader || (beforeJoin && tabs.remoteIds().length === 0 && !tabs.anyRemoteActive());
}

/** Someone looks at a tab of this browser: this one, or another of the group. */
export function someoneLooks(tabs: TabLeader<SharedResult> | undefined, active: boolean): boolean {
  return active || (!!tabs && tabs.anyRemoteActive());
}
