/**
 * Every timer of the library goes through here: browsers keep a delay in a signed 32-bit
 * integer, so anything longer than about 24.8 days (a huge Retry-After, a `last_on` far in the
 * future) fires at once, and a timer that reschedules itself becomes a storm.
 */
import { Observable, SchedulerLike, timer } from 'rxjs';

export const MAX_TIMER_MS = 2147483647;

/** `ms` clamped to what a browser timer can hold; NaN and negatives are 0. */
export function safeDelay(ms: number): number {
  return ms > 0 ? Math.min(ms, MAX_TIMER_MS) : 0;
}

/** One tick after `ms` (clamped). */
export function after(ms: number, scheduler: SchedulerLike): Observable<0> {
  return timer(safeDelay(ms), scheduler);
}

/** Ticks every `ms` (clamped, at least 1 ms), the first after one period. */
export function every(ms: number, scheduler: SchedulerLike): Observable<number> {
  const period = Math.max(1, safeDelay(ms));
  return timer(period, period, scheduler);
}
