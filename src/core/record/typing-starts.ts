/**
 * Who just started typing, for the optional polite announcements: at most one per person per
 * 10 s, so someone pausing and typing again does not make a screen reader repeat itself. A
 * comparison of times, not a timer: nothing waits, nothing is left to cancel.
 */
import { Colleague } from './sessions';

export const ANNOUNCE_EVERY_MS = 10000;

/**
 * Returns a reader of each event's people that answers those typing now who were not typing
 * in the previous event, leaving out anyone announced less than 10 s ago (by `now`).
 */
export function typingStarts(now: () => number): (colleagues: Colleague[]) => Colleague[] {
  let typing: { [userId: string]: boolean } = {};
  const announcedAt: { [userId: string]: number } = {};
  return function (colleagues) {
    const before = typing;
    typing = {};
    return colleagues.filter(function (c) {
      if (c.doing !== 'typing') {
        return false;
      }
      typing[c.userId] = true;
      const last = announcedAt[c.userId];
      if (before[c.userId] || (last !== undefined && now() - last < ANNOUNCE_EVERY_MS)) {
        return false;
      }
      announcedAt[c.userId] = now();
      return true;
    });
  };
}
