/**
 * The answer of an availability endpoint on the instance (a Scripted REST API or an
 * IntegrationHub flow the admin provides; README, "Availability endpoint"):
 * `{"result": {"vendor": "teams", "users": {"<sys_id>": {<the vendor's own status record>}}}}`.
 * Each record is read by its vendor's adapter; what cannot be read is skipped and named.
 */
import { AdapterResult, Availability, Vendor } from '../../availability';
import { normaliseSysId } from '../../sys-id';
import { readRingCentral } from './vendors/ringcentral';
import { readSymphony } from './vendors/symphony';
import { readTeams } from './vendors/teams';

export const VENDORS: Vendor[] = ['teams', 'ringcentral', 'symphony'];

const ADAPTERS: { [vendor: string]: (record: never) => AdapterResult } = {
  teams: readTeams,
  ringcentral: readRingCentral,
  symphony: readSymphony
};

export interface AvailabilityAnswer {
  availability: Map<string, Availability>;
  /** Vendor values no adapter knows, each once, e.g. "teams availability Napping". */
  unknown: string[];
}

/** The answer read for the watched users, or undefined when it is not an availability answer. */
export function readAvailabilityAnswer(json: unknown, vendor: Vendor, watched: { has(id: string): boolean }): AvailabilityAnswer | undefined {
  const result = (json as { result?: unknown } | null) && (json as { result?: unknown }).result;
  const body = result as { vendor?: unknown; users?: unknown } | null | undefined;
  if (typeof body !== 'object' || body === null || typeof body.users !== 'object' || body.users === null || body.users instanceof Array) {
    return undefined;
  }
  // The instance knows its integration: its word on the vendor comes first.
  const source = VENDORS.indexOf(body.vendor as Vendor) >= 0 ? (body.vendor as Vendor) : vendor;
  const adapter = ADAPTERS[source];
  const users = body.users as { [id: string]: unknown };
  const availability = new Map<string, Availability>();
  const unknown: string[] = [];
  Object.keys(users).forEach(function (key) {
    const id = normaliseSysId(key);
    const record = users[key];
    if (id === undefined || !watched.has(id) || typeof record !== 'object' || record === null) {
      return;
    }
    const read = adapter(record as never);
    if (read.kind === 'availability') {
      availability.set(id, read.availability);
    } else if (read.kind === 'unknown' && unknown.indexOf(source + ' ' + read.value) < 0) {
      unknown.push(source + ' ' + read.value);
    }
  });
  return { availability: availability, unknown: unknown };
}
