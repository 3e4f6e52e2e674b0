/**
 * Availability, as the presence products people use all day tell it (Teams, RingCentral,
 * Symphony), in the vendor-neutral words the instance answers with (each vendor's own words are
 * mapped on the instance: server/availability/vendors/), and the one rule that combines it with
 * activity on the instance into what a dot shows.
 */
import { PresenceStatus } from './status';

export type AvailabilityState = 'available' | 'busy' | 'dnd' | 'away' | 'offline' | 'unknown';

export type Vendor = 'teams' | 'ringcentral' | 'symphony';

export interface Availability {
  state: AvailabilityState;
  /** What the person is doing, in the vendor's words mapped to ours, e.g. "In a meeting". */
  activity?: ActivityText;
  source: Vendor;
}

/** Activities a dot can name; their words are labels (localisable). */
export type ActivityText =
  'inAMeeting' | 'onThePhone' | 'presenting' | 'focusing' | 'beRightBack' | 'outOfOffice' | 'offWork';

/** What a dot shows: activity's three states and availability's two stronger ones. */
export type DotStatus = PresenceStatus | 'busy' | 'dnd';

/**
 * The precedence rule (README, "What a dot shows"): busy and do-not-disturb always show;
 * available shows online; away shows away unless the person is active on the instance right
 * now; offline and unknown leave it to activity (someone offline in Teams but active on the
 * instance is online). Without a fresh availability, activity decides.
 */
export function dotStatus(activity: PresenceStatus, availability: Availability | undefined): DotStatus {
  if (!availability) {
    return activity;
  }
  switch (availability.state) {
    case 'busy':
    case 'dnd':
      return availability.state;
    case 'available':
      return 'online';
    case 'away':
      return activity === 'online' ? 'online' : 'away';
    default:
      return activity;
  }
}

export const AVAILABILITY_STATES: AvailabilityState[] = ['available', 'busy', 'dnd', 'away', 'offline', 'unknown'];
export const VENDORS: Vendor[] = ['teams', 'ringcentral', 'symphony'];
export const AVAILABILITY_ACTIVITIES: ActivityText[] = [
  'inAMeeting',
  'onThePhone',
  'presenting',
  'focusing',
  'beRightBack',
  'outOfOffice',
  'offWork'
];

/** An availability as shared between tabs, checked field by field, or undefined. */
export function readAvailabilityValue(raw: unknown): Availability | undefined {
  const a = raw as { state?: unknown; activity?: unknown; source?: unknown } | null;
  if (
    typeof a !== 'object' ||
    a === null ||
    AVAILABILITY_STATES.indexOf(a.state as AvailabilityState) < 0 ||
    VENDORS.indexOf(a.source as Vendor) < 0
  ) {
    return undefined;
  }
  if (a.activity !== undefined && AVAILABILITY_ACTIVITIES.indexOf(a.activity as ActivityText) < 0) {
    return undefined;
  }
  const result: Availability = { state: a.state as AvailabilityState, source: a.source as Vendor };
  if (a.activity !== undefined) {
    result.activity = a.activity as ActivityText;
  }
  return result;
}
