/** Page-wide settings and their validation; a bad value is rejected with the setting's name. */
import { AvailabilityConfig, readAvailabilityConfig } from './sources/availability/availability-config';
import { checkNumber, checkPath, SettingsError } from './settings-checks';
import { DEFAULT_THRESHOLDS, Thresholds } from './status';
import { describeInput } from './sys-id';

export { SettingsError } from './settings-checks';

export type ThresholdRule = 'article' | 'ui16';

export interface Settings extends Thresholds {
  /** One request for all watched users every this many ms (UI16 polls every 15 s). */
  intervalMs: number;
  /** A request that has not answered after this long counts as failed. */
  timeoutMs: number;
  /** Same-origin path of the presence endpoint. */
  endpoint: string;
  /**
   * 'article': online below onlineMs, away below awayMs. 'ui16': the platform's own rule,
   * relative to the interval (online up to 2.5 intervals, away up to 5).
   */
  thresholds: ThresholdRule;
  /** Busy, do-not-disturb and more from a presence product, through sp-presence's API on the instance. */
  availability: AvailabilityConfig | undefined;
  /** Whether colleagues are in the office today (ServiceNow WSD): asked only once a dot or widget shows it. */
  officeDays: boolean;
  /** Dots mounted within this window share their first request. */
  coalesceMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  onlineMs: DEFAULT_THRESHOLDS.onlineMs,
  awayMs: DEFAULT_THRESHOLDS.awayMs,
  intervalMs: 15000,
  timeoutMs: 10000,
  endpoint: '/api/now/ui/presence',
  thresholds: 'article',
  availability: undefined,
  officeDays: false,
  coalesceMs: 30
};

/** The instance caches presence for 5 s (glide.ui.presence.cache_seconds): faster polling buys nothing. */
const MIN_INTERVAL_MS = 5000;

/** Returns the merged, validated settings; throws SettingsError naming the offending setting. */
export function mergeSettings(current: Settings, changes: unknown): Settings {
  if (typeof changes !== 'object' || changes === null || changes instanceof Array) {
    throw new SettingsError(
      'expected an object such as { intervalMs: 15000 } (got ' +
        (changes instanceof Array ? 'an array' : describeInput(changes)) +
        ')'
    );
  }
  const next: Settings = Object.assign({}, current);
  const input = changes as { [key: string]: unknown };
  Object.keys(input).forEach(function (key) {
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, key)) {
      throw new SettingsError(
        'unknown setting "' + key + '" (known: ' + Object.keys(DEFAULT_SETTINGS).join(', ') + ')'
      );
    }
    (next as unknown as { [key: string]: unknown })[key] = input[key];
  });
  checkNumber('onlineMs', next.onlineMs, 1, 86400000);
  checkNumber('awayMs', next.awayMs, 1, 86400000);
  if (next.awayMs <= next.onlineMs) {
    throw new SettingsError('awayMs (' + next.awayMs + ') must be greater than onlineMs (' + next.onlineMs + ')');
  }
  checkNumber('intervalMs', next.intervalMs, MIN_INTERVAL_MS, 3600000);
  checkNumber('timeoutMs', next.timeoutMs, 1000, 120000);
  checkNumber('coalesceMs', next.coalesceMs, 0, 1000);
  if (next.thresholds !== 'article' && next.thresholds !== 'ui16') {
    throw new SettingsError('thresholds must be "article" or "ui16" (got ' + describeInput(next.thresholds) + ')');
  }
  checkPath('endpoint', next.endpoint);
  if (typeof next.officeDays !== 'boolean') {
    throw new SettingsError('officeDays must be true or false (got ' + describeInput(next.officeDays) + ')');
  }
  next.availability = readAvailabilityConfig(next.availability);
  return next;
}

/**
 * The thresholds in force. UI16 keeps a user online while `delta <= 2.5 × interval` and draws
 * "maybe/probably offline" (away) while `delta <= 5 × interval`; times are whole milliseconds,
 * so `<= x` is `< x + 1` for classify().
 */
export function thresholdsOf(settings: Settings): Thresholds {
  if (settings.thresholds === 'ui16') {
    return { onlineMs: 2.5 * settings.intervalMs + 1, awayMs: 5 * settings.intervalMs + 1 };
  }
  return { onlineMs: settings.onlineMs, awayMs: settings.awayMs };
}
