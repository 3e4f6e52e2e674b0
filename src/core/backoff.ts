/**
 * What to do after a failed request: a pure function of the failure and how many failed in a
 * row, so the schedule can be tested without time. A failing server never sees more requests
 * than a healthy one: no delay is shorter than the normal interval.
 */
import { PresenceFailure } from './failure';

export type RetryDecision =
  | { action: 'retry'; delayMs: number }
  /** Until the user comes back to the page (focus): the session may have been renewed. */
  | { action: 'pause' }
  /** For the life of the page: the endpoint is not there. */
  | { action: 'halt' };

export const MAX_BACKOFF_MS = 5 * 60 * 1000;

/**
 * `attempt` counts consecutive failures, from 1. `random` is in [0, 1); the jitter spreads
 * many browsers that failed together so they do not return together.
 */
export function retryDecision(f: PresenceFailure, attempt: number, intervalMs: number, random: number): RetryDecision {
  switch (f.kind) {
    case 'unauthorized':
    case 'forbidden':
    case 'login-page':
      return { action: 'pause' };
    case 'gone':
    case 'origin':
      return { action: 'halt' };
  }
  const ceiling = Math.min(MAX_BACKOFF_MS, intervalMs * Math.pow(2, Math.min(attempt, 20)));
  const jittered = ceiling / 2 + (ceiling / 2) * random;
  const delay = Math.max(intervalMs, jittered, Math.min(f.retryAfterMs || 0, MAX_BACKOFF_MS));
  return { action: 'retry', delayMs: Math.round(delay) };
}
