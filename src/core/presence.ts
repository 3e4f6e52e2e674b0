/**
 * What a dot shows of one user, and when two such values read alike: the board tells a dot again
 * only when what it shows or says changes.
 */
import { Availability, DotStatus } from './availability';
import { ageBucket } from './last-seen';
import { OfficeDay } from './office';
import { PresenceStatus } from './status';

export type UnknownReason = 'disabled' | 'unavailable';

/** What a dot shows: the status, and whether it is only the last one known. */
export interface Presence {
  /** What the dot shows: activity and availability combined (the precedence rule). */
  status: DotStatus;
  /** Activity on the instance alone: online, away or offline (the article's status). */
  activity: PresenceStatus;
  /** Answers are failing: this is the last known status, not a current one. */
  stale: boolean;
  /** How long ago, on the server clock, the user was last active, when known (as of this change). */
  lastSeenMs?: number;
  /** A fresh availability from a presence product, when one is configured and the user shares it. */
  availability?: Availability;
  /** Whether the person is in the office today, once the office-days source has answered. */
  office?: OfficeDay;
  /**
   * Offline because nothing can be known, not because an answer said so: `disabled` by the
   * administrator, else `unavailable` (an invalid id, answers failing or gone).
   */
  unknown?: UnknownReason;
}

export type PresenceListener = (presence: Presence) => void;

export function sameOffice(a: OfficeDay | undefined, b: OfficeDay | undefined): boolean {
  return (
    a === b || (!!a && !!b && a.following === b.following && a.inOffice === b.inOffice && a.location === b.location)
  );
}

export function sameAvailability(a: Availability | undefined, b: Availability | undefined): boolean {
  return a === b || (!!a && !!b && a.state === b.state && a.activity === b.activity && a.source === b.source);
}

/** Told again only when what a dot shows or says changes (an offline user's "last seen" age in words included). */
export function samePresence(a: Presence, b: Presence): boolean {
  const minute = function (p: Presence) {
    return p.lastSeenMs === undefined ? -1 : p.activity === 'offline' ? ageBucket(p.lastSeenMs) : 0;
  };
  return (
    a.status === b.status &&
    a.stale === b.stale &&
    a.unknown === b.unknown &&
    sameAvailability(a.availability, b.availability) &&
    sameOffice(a.office, b.office) &&
    minute(a) === minute(b)
  );
}

/** Nothing can be known about this user. */
export function unknownPresence(reason?: UnknownReason): Presence {
  return { status: 'offline', activity: 'offline', stale: false, unknown: reason || 'unavailable' };
}
