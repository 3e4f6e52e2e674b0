/**
 * RingCentral presence: the aggregated `presenceStatus` from `userStatus`, `dndStatus` and
 * `telephonyStatus`. `allowSeeMyPresence: false` means the user hides it: never shown.
 */
import { AdapterResult, Availability, AvailabilityState } from '../../../availability';

const STATUS: { [value: string]: AvailabilityState } = { Available: 'available', Busy: 'busy', Offline: 'offline' };

const DND: { [value: string]: boolean } = {
  TakeAllCalls: false,
  DoNotAcceptDepartmentCalls: false,
  TakeDepartmentCallsOnly: false,
  DoNotAcceptAnyCalls: true,
  Unknown: false
};

/** Telephony states that mean "on the phone". */
const TELEPHONY: { [value: string]: boolean } = { NoCall: false, Ringing: false, CallConnected: true, OnHold: true, ParkedCall: true };

export interface RingCentralRecord {
  presenceStatus?: unknown;
  userStatus?: unknown;
  dndStatus?: unknown;
  telephonyStatus?: unknown;
  allowSeeMyPresence?: unknown;
}

export function readRingCentral(record: RingCentralRecord): AdapterResult {
  if (record.allowSeeMyPresence === false) {
    return { kind: 'hidden' };
  }
  const status = String(record.userStatus !== undefined ? record.userStatus : record.presenceStatus);
  const state = STATUS[status];
  if (state === undefined) {
    return { kind: 'unknown', value: 'userStatus ' + status };
  }
  const dnd = record.dndStatus === undefined ? false : DND[String(record.dndStatus)];
  if (dnd === undefined) {
    return { kind: 'unknown', value: 'dndStatus ' + String(record.dndStatus) };
  }
  const onThePhone = record.telephonyStatus === undefined ? false : TELEPHONY[String(record.telephonyStatus)];
  if (onThePhone === undefined) {
    return { kind: 'unknown', value: 'telephonyStatus ' + String(record.telephonyStatus) };
  }
  let availability: Availability = { state: state, source: 'ringcentral' };
  if (dnd) {
    availability = { state: 'dnd', source: 'ringcentral' };
  } else if (onThePhone && state !== 'offline') {
    availability = { state: 'busy', activity: 'onThePhone', source: 'ringcentral' };
  }
  return { kind: 'availability', availability: availability };
}

export const RINGCENTRAL_VALUES = { status: Object.keys(STATUS), dnd: Object.keys(DND), telephony: Object.keys(TELEPHONY) };
