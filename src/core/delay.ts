/**
 * Every timer of the library goes through here: browsers keep a delay in a signed 32-bit
 * integer, so anything longer than about 24.8 days (a huge Retry-After, a `last_on` far in the
 * future) fires at once, and a timer that reschedules itself becomes a storm.
 */
import { MonoTypeOperatorFunction, Observable, SchedulerLike, timer } from 'rxjs';

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

/** Once the current task's own work is done (a microtask): after every synchronous mount, before the browser renders. */
export function endOfTask(): Observable<void> {
  return new Observable<void>(function (subscriber) {
    Promise.resolve().then(function () {
      subscriber.next();
      subscriber.complete();
    });
  });
}

/**
 * The source's first value within `ms`, else the error `late()` (and the source, a request, is
 * dropped). RxJS's `timeout` would bring its ObservableInput machinery for a `with` we never need.
 */
export function deadline<T>(ms: number, scheduler: SchedulerLike, late: () => unknown): MonoTypeOperatorFunction<T> {
  return function (source) {
    return new Observable<T>(function (subscriber) {
      const timeUp = after(ms, scheduler).subscribe(function () {
        subscriber.error(late());
      });
      subscriber.add(timeUp);
      subscriber.add(
        source.subscribe({
          next: function (value) {
            timeUp.unsubscribe();
            subscriber.next(value);
          },
          error: function (error: unknown) {
            subscriber.error(error);
          },
          complete: function () {
            subscriber.complete();
          }
        })
      );
    });
  };
}
