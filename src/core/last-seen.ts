/**
 * "When was this person last seen?", on the server clock, in localisable words: each template
 * has numbered slots, filled by `fill`. Under 30 s reads "active now", under a minute in
 * seconds, then minutes, hours and days (rounded down).
 */
export interface AgeLabels {
  /** e.g. "{0} s", "{0} min", "{0} h", "{0} d" */
  seconds: string;
  minutes: string;
  hours: string;
  days: string;
}

export const DEFAULT_AGE_LABELS: AgeLabels = { seconds: '{0} s', minutes: '{0} min', hours: '{0} h', days: '{0} d' };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `template` with `{0}`, `{1}`... replaced by `values` (a missing value leaves its slot). */
export function fill(template: string, values: string[]): string {
  return template.replace(/\{(\d)\}/g, function (slot, index) {
    const value = values[Number(index)];
    return value === undefined ? slot : value;
  });
}

/** Whether `elapsedMs` still counts as "active now". */
export function isActiveNow(elapsedMs: number): boolean {
  return elapsedMs < 30 * SECOND;
}

/** Which age in words `elapsedMs` reads as, from a minute on: equal buckets read the same ("12 min", "3 h", "2 d"). */
export function ageBucket(elapsedMs: number): number {
  const ms = Math.max(0, elapsedMs);
  return ms < HOUR ? Math.floor(ms / MINUTE) : ms < DAY ? 100 + Math.floor(ms / HOUR) : 200 + Math.floor(ms / DAY);
}

/** An age such as "45 s", "12 min", "3 h", "2 d". */
export function describeAge(elapsedMs: number, labels: AgeLabels): string {
  const ms = Math.max(0, elapsedMs);
  if (ms < MINUTE) {
    return fill(labels.seconds, [String(Math.floor(ms / SECOND))]);
  }
  if (ms < HOUR) {
    return fill(labels.minutes, [String(Math.floor(ms / MINUTE))]);
  }
  if (ms < DAY) {
    return fill(labels.hours, [String(Math.floor(ms / HOUR))]);
  }
  return fill(labels.days, [String(Math.floor(ms / DAY))]);
}
