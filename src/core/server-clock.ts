/**
 * The server's clock as seen from this browser: `serverTimeMillis - browser time` from our
 * latest own answer, with the browser time it was measured at. Answers from the platform's
 * client carry no server time, so this skew is what makes their `last_on` readable; it is
 * shared between our tabs (`localStorage['sp-presence:clock']`) and trusted for an hour.
 */
import { KeyValueStore } from './shared-cache';

export const CLOCK_KEY = 'sp-presence:clock';
export const CLOCK_MAX_AGE_MS = 60 * 60 * 1000;

interface Measure {
  skewMs: number;
  at: number;
}

export class ServerClock {
  private own: Measure | undefined;

  constructor(private readonly store?: KeyValueStore) {}

  /** Records the server time of an answer received at browser time `nowMs`. */
  measured(serverTime: number, nowMs: number): void {
    this.own = { skewMs: serverTime - nowMs, at: nowMs };
    if (this.store) {
      try {
        this.store.setItem(CLOCK_KEY, JSON.stringify(this.own));
      } catch (e) {
        // Not shared: other tabs measure their own.
      }
    }
  }

  /** The freshest measure of this tab or another, when not older than an hour. */
  skew(nowMs: number): number | undefined {
    const best = newest(this.own, this.shared());
    return best && nowMs - best.at < CLOCK_MAX_AGE_MS && best.at <= nowMs + CLOCK_MAX_AGE_MS ? best.skewMs : undefined;
  }

  /** Browser ms when the clock was last measured (here or in another tab), if ever. */
  measuredAt(): number | undefined {
    const best = newest(this.own, this.shared());
    return best && best.at;
  }

  private shared(): Measure | undefined {
    if (!this.store) {
      return undefined;
    }
    try {
      const value = JSON.parse(this.store.getItem(CLOCK_KEY) || 'null') as Measure | null;
      return value &&
        typeof value.skewMs === 'number' &&
        isFinite(value.skewMs) &&
        typeof value.at === 'number' &&
        isFinite(value.at)
        ? value
        : undefined;
    } catch (e) {
      return undefined;
    }
  }
}

function newest(a: Measure | undefined, b: Measure | undefined): Measure | undefined {
  return !a ? b : !b ? a : a.at >= b.at ? a : b;
}
