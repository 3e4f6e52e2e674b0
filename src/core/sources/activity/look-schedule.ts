/**
 * When the activity source looks at the answers next: at once when urgent (back to the page, a
 * new leader); at the end of the mounts' coalescing window; at once when the server clock is
 * unknown and this tab may poll; else when the latest answer turns stale (with a grace for
 * other clients' answers, which come on their own schedule). A look that could not get a fresh
 * answer (a follower, a hidden page) waits an interval; nothing happens before a backoff ends.
 */
import { Answer, lookAgainAt } from './answer';

export interface LookState {
  now: number;
  urgent: boolean;
  /** When the oldest mount still waiting for a look happened. */
  mountSince: number | undefined;
  coalesceMs: number;
  intervalMs: number;
  clockKnown: boolean;
  mayPoll: boolean;
  latest: Answer | undefined;
  lastLook: number | undefined;
  /** No request before this time (backoff, Retry-After, a pause). */
  notBefore: number;
}

/** Milliseconds until the next look (0: now). */
export function nextLookDelay(s: LookState): number {
  let at: number;
  if (s.urgent) {
    at = s.now;
  } else if (s.mountSince !== undefined) {
    at = s.mountSince + s.coalesceMs;
  } else if (!s.clockKnown && s.mayPoll) {
    at = s.now;
  } else {
    at = s.latest ? lookAgainAt(s.latest, s.intervalMs) : s.now;
    if (at <= s.now && s.lastLook !== undefined) {
      at = Math.max(at, s.lastLook + s.intervalMs);
    }
  }
  return Math.max(at - s.now, s.notBefore - s.now, 0);
}
