/** Page-wide settings and their validation; a bad value is rejected with the setting's name. */
import { DEFAULT_THRESHOLDS, Thresholds } from './status';

export interface Settings extends Thresholds {
  /** One request for all watched users every this many ms (UI16 polls every 15 s). */
  intervalMs: number;
  /** A request that has not answered after this long counts as failed. */
  timeoutMs: number;
  /** Same-origin path of the presence endpoint. */
  endpoint: string;
  /** At most this many sys_ids in one request; larger sets are split. */
  maxBatch: number;
  /** Dots mounted within this window share their first request. */
  coalesceMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  onlineMs: DEFAULT_THRESHOLDS.onlineMs,
  awayMs: DEFAULT_THRESHOLDS.awayMs,
  intervalMs: 15000,
  timeoutMs: 10000,
  endpoint: '/api/now/ui/presence',
  maxBatch: 250,
  coalesceMs: 30
};

/** The instance caches presence for 5 s (glide.ui.presence.cache_seconds): faster polling buys nothing. */
const MIN_INTERVAL_MS = 5000;

export class SettingsError extends Error {
  constructor(message: string) {
    super('[sp-presence] invalid settings: ' + message);
    // ES5 output: restore the prototype chain that extending Error loses.
    Object.setPrototypeOf(this, SettingsError.prototype);
    this.name = 'SettingsError';
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value);
}

function checkNumber(name: string, value: unknown, min: number, max: number): void {
  if (!isNumber(value) || value < min || value > max) {
    throw new SettingsError(name + ' must be a number from ' + min + ' to ' + max + ' (got ' + String(value) + ')');
  }
}

/** Returns the merged, validated settings; throws SettingsError naming the offending setting. */
export function mergeSettings(current: Settings, changes: unknown): Settings {
  if (typeof changes !== 'object' || changes === null) {
    throw new SettingsError('expected an object such as { intervalMs: 15000 }');
  }
  const next: Settings = { ...current };
  const input = changes as { [key: string]: unknown };
  Object.keys(input).forEach(function (key) {
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, key)) {
      throw new SettingsError('unknown setting "' + key + '" (known: ' + Object.keys(DEFAULT_SETTINGS).join(', ') + ')');
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
  checkNumber('maxBatch', next.maxBatch, 1, 1000);
  if (next.maxBatch !== Math.floor(next.maxBatch)) {
    throw new SettingsError('maxBatch must be a whole number (got ' + next.maxBatch + ')');
  }
  // The request carries the session token: it must never leave the instance's origin.
  if (typeof next.endpoint !== 'string' || !/^\/(?!\/)[^\s\\]*$/.test(next.endpoint)) {
    throw new SettingsError('endpoint must be a path on this instance starting with "/" (got ' + String(next.endpoint) + ')');
  }
  return next;
}
