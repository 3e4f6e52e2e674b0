/** Presence status rules (the article's by default; settings.ts has UI16's preset), on the server's clock. */

export type PresenceStatus = 'online' | 'away' | 'offline';

export interface Thresholds {
  /** Active less than this many ms ago: online. */
  onlineMs: number;
  /** Active less than this many ms ago (and not online): away. */
  awayMs: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { onlineMs: 30000, awayMs: 60000 };

/**
 * `elapsedMs` = serverTime - last_on; unknown activity reads as offline. Activity "in the
 * future" (clock jitter, or a hostile answer) counts as now.
 */
export function classify(elapsedMs: number | undefined, thresholds: Thresholds): PresenceStatus {
  if (elapsedMs === undefined || !isFinite(elapsedMs)) {
    return 'offline';
  }
  elapsedMs = Math.max(0, elapsedMs);
  if (elapsedMs < thresholds.onlineMs) {
    return 'online';
  }
  return elapsedMs < thresholds.awayMs ? 'away' : 'offline';
}

/**
 * Milliseconds until `elapsedMs` next crosses a threshold, or undefined once offline.
 * Lets dots age between polls without re-asking the server.
 */
export function msUntilNextChange(elapsedMs: number | undefined, thresholds: Thresholds): number | undefined {
  if (elapsedMs === undefined || !isFinite(elapsedMs)) {
    return undefined;
  }
  elapsedMs = Math.max(0, elapsedMs);
  if (elapsedMs < thresholds.onlineMs) {
    return thresholds.onlineMs - elapsedMs;
  }
  return elapsedMs < thresholds.awayMs ? thresholds.awayMs - elapsedMs : undefined;
}
