/** Symphony presence categories (GET /pod/v3/user/{uid}/presence: `category`). */
import { ActivityText, AdapterResult, AvailabilityState } from '../../../availability';

const CATEGORY: { [value: string]: [AvailabilityState, ActivityText | null] } = {
  UNDEFINED: ['unknown', null],
  AVAILABLE: ['available', null],
  BUSY: ['busy', null],
  DO_NOT_DISTURB: ['dnd', null],
  ON_THE_PHONE: ['busy', 'onThePhone'],
  BE_RIGHT_BACK: ['away', 'beRightBack'],
  IN_A_MEETING: ['busy', 'inAMeeting'],
  AWAY: ['away', null],
  OUT_OF_OFFICE: ['away', 'outOfOffice'],
  OFF_WORK: ['offline', 'offWork'],
  OFFLINE: ['offline', null]
};

export function readSymphony(record: { category?: unknown }): AdapterResult {
  const value = String(record.category);
  const mapped = CATEGORY[value];
  if (!mapped) {
    return { kind: 'unknown', value: 'category ' + value };
  }
  return {
    kind: 'availability',
    availability: mapped[1] ? { state: mapped[0], activity: mapped[1], source: 'symphony' } : { state: mapped[0], source: 'symphony' }
  };
}

export const SYMPHONY_CATEGORIES = Object.keys(CATEGORY);
