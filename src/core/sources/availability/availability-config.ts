/** The availability source's part of the page settings, checked (settings.ts composes it). */
import { checkNumber, checkPath, SettingsError } from '../../settings-checks';
import { describeInput } from '../../sys-id';

/** Where sp-presence's update set installs the API (global scope: /api/global/<service id>; believed, README). */
export const DEFAULT_AVAILABILITY_ENDPOINT = '/api/global/sp_presence/availability';

export interface AvailabilityConfig {
  /** A path on this instance. */
  endpoint: string;
  intervalMs: number;
}

/**
 * `{ endpoint?, intervalMs? }` checked (the shipped endpoint by default; every 60 s by default,
 * at least 30 s), or undefined: no availability source. Other keys (such as the `vendor` of
 * earlier versions, now the instance's to say) are ignored.
 */
export function readAvailabilityConfig(value: unknown): AvailabilityConfig | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'object' || value instanceof Array) {
    throw new SettingsError(
      'availability must be an object such as { endpoint: "' +
        DEFAULT_AVAILABILITY_ENDPOINT +
        '" } (got ' +
        describeInput(value) +
        ')'
    );
  }
  const given = value as { endpoint?: unknown; intervalMs?: unknown };
  const endpoint = given.endpoint === undefined ? DEFAULT_AVAILABILITY_ENDPOINT : given.endpoint;
  checkPath('availability.endpoint', endpoint);
  const intervalMs = given.intervalMs === undefined ? 60000 : given.intervalMs;
  checkNumber('availability.intervalMs', intervalMs, 30000, 3600000);
  return { endpoint: endpoint as string, intervalMs: intervalMs as number };
}
