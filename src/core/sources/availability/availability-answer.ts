/**
 * The answer of sp-presence's availability API on the instance (server/rest/, README
 * "Availability: the server half"), in vendor-neutral words, read as untrusted input:
 * `{"result": {"vendor", "takenAt", "serverTime", "users": {"<sys_id>": {"availability",
 * "activity"?, "vendor"}}, "server"?}}`. `takenAt` and `serverTime` are the instance's clock:
 * their difference is the snapshot's age. A user entry that does not read is skipped and named.
 */
import {
  ActivityText,
  Availability,
  AVAILABILITY_STATES,
  AVAILABILITY_ACTIVITIES,
  AvailabilityState,
  Vendor,
  VENDORS
} from '../../availability';
import { normaliseSysId } from '../../sys-id';

/** The server half's state, for the Diagnostics panel (admins only; no secrets). */
export interface ServerHalfState {
  vendor: string;
  enabled: boolean;
  intervalSeconds: number | undefined;
  lastRefresh: number | undefined;
  usersMapped: number | undefined;
  lastFailure: { at: number; status: number; message: string } | null;
  off: string;
  notes: string[];
}

export interface AvailabilityAnswer {
  availability: Map<string, Availability>;
  /** How old the instance's snapshot is (serverTime - takenAt), when both are given. */
  ageMs: number | undefined;
  /** Values we do not know, each once, e.g. "availability napping". */
  unknown: string[];
  server: ServerHalfState | undefined;
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !(value instanceof Array);
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && isFinite(value) ? value : undefined;
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** The server state as far as it reads; strings cut short, so a bad answer cannot flood the panel. */
function readServer(raw: unknown): ServerHalfState | undefined {
  if (!isObject(raw)) {
    return undefined;
  }
  const failure = isObject(raw.lastFailure) ? raw.lastFailure : undefined;
  return {
    vendor: text(raw.vendor, 40),
    enabled: raw.enabled !== false,
    intervalSeconds: finite(raw.intervalSeconds),
    lastRefresh: finite(raw.lastRefresh),
    usersMapped: finite(raw.usersMapped),
    lastFailure: failure
      ? { at: finite(failure.at) || 0, status: finite(failure.status) || 0, message: text(failure.message, 500) }
      : null,
    off: text(raw.off, 500),
    notes:
      raw.notes instanceof Array
        ? raw.notes.slice(0, 5).map(function (n) {
            return text(n, 300);
          })
        : []
  };
}

/** One user's entry, or the word that did not read. */
function readUser(raw: unknown, fallbackVendor: Vendor | undefined): Availability | string {
  if (!isObject(raw)) {
    return 'entry ' + typeof raw;
  }
  const state = raw.availability as AvailabilityState;
  if (AVAILABILITY_STATES.indexOf(state) < 0) {
    return 'availability ' + String(raw.availability).slice(0, 40);
  }
  const source = (VENDORS.indexOf(raw.vendor as Vendor) >= 0 ? raw.vendor : fallbackVendor) as Vendor | undefined;
  if (!source) {
    return 'vendor ' + String(raw.vendor).slice(0, 40);
  }
  const result: Availability = { state: state, source: source };
  if (raw.activity !== undefined) {
    if (AVAILABILITY_ACTIVITIES.indexOf(raw.activity as ActivityText) < 0) {
      return 'activity ' + String(raw.activity).slice(0, 40);
    }
    result.activity = raw.activity as ActivityText;
  }
  return result;
}

/** The answer read for the watched users, or undefined when it is not an availability answer. */
export function readAvailabilityAnswer(
  json: unknown,
  watched: { has(id: string): boolean }
): AvailabilityAnswer | undefined {
  const body = isObject(json) ? json.result : undefined;
  if (!isObject(body) || !isObject(body.users)) {
    return undefined;
  }
  const vendor = VENDORS.indexOf(body.vendor as Vendor) >= 0 ? (body.vendor as Vendor) : undefined;
  const takenAt = finite(body.takenAt);
  const serverTime = finite(body.serverTime);
  const users = body.users;
  const availability = new Map<string, Availability>();
  const unknown: string[] = [];
  Object.keys(users).forEach(function (key) {
    const id = normaliseSysId(key);
    if (id === undefined || !watched.has(id)) {
      return;
    }
    const read = readUser(users[key], vendor);
    if (typeof read !== 'string') {
      availability.set(id, read);
    } else if (unknown.indexOf(read) < 0) {
      unknown.push(read);
    }
  });
  return {
    availability: availability,
    ageMs:
      takenAt !== undefined && serverTime !== undefined && takenAt > 0 ? Math.max(0, serverTime - takenAt) : undefined,
    unknown: unknown,
    server: readServer(body.server)
  };
}
