/**
 * Microsoft Teams (Graph `presence`: `availability` and `activity`). ServiceNow's own Teams
 * integration folds these into four states; we keep do-not-disturb apart and name the activity.
 * PresenceUnknown is unknown here (ServiceNow: offline), so the instance's activity decides.
 */
import { ActivityText, AdapterResult, AvailabilityState } from '../../../availability';

const AVAILABILITY: { [value: string]: AvailabilityState } = {
  Available: 'available',
  AvailableIdle: 'available',
  Busy: 'busy',
  BusyIdle: 'busy',
  DoNotDisturb: 'dnd',
  Away: 'away',
  BeRightBack: 'away',
  Offline: 'offline',
  PresenceUnknown: 'unknown'
};

const ACTIVITY: { [value: string]: ActivityText | null } = {
  InAMeeting: 'inAMeeting',
  InACall: 'onThePhone',
  InAConferenceCall: 'onThePhone',
  Presenting: 'presenting',
  Focusing: 'focusing',
  UrgentInterruptionsOnly: 'focusing',
  BeRightBack: 'beRightBack',
  OutOfOffice: 'outOfOffice',
  OffWork: 'offWork',
  // The same as the availability: nothing more to say.
  Available: null,
  Away: null,
  Busy: null,
  DoNotDisturb: null,
  Inactive: null,
  Offline: null,
  PresenceUnknown: null
};

export function readTeams(record: { availability?: unknown; activity?: unknown }): AdapterResult {
  const availability = String(record.availability);
  const state = AVAILABILITY[availability];
  if (state === undefined) {
    return { kind: 'unknown', value: 'availability ' + availability };
  }
  const activity = record.activity === undefined ? null : ACTIVITY[String(record.activity)];
  if (activity === undefined) {
    return { kind: 'unknown', value: 'activity ' + String(record.activity) };
  }
  return { kind: 'availability', availability: activity ? { state: state, activity: activity, source: 'teams' } : { state: state, source: 'teams' } };
}

export const TEAMS_AVAILABILITY = Object.keys(AVAILABILITY);
export const TEAMS_ACTIVITY = Object.keys(ACTIVITY);
