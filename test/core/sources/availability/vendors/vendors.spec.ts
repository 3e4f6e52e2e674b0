import { AdapterResult } from '../../../../../src/core/availability';
import { readRingCentral, RINGCENTRAL_VALUES } from '../../../../../src/core/sources/availability/vendors/ringcentral';
import { readSymphony, SYMPHONY_CATEGORIES } from '../../../../../src/core/sources/availability/vendors/symphony';
import { readTeams, TEAMS_ACTIVITY, TEAMS_AVAILABILITY } from '../../../../../src/core/sources/availability/vendors/teams';

/** "state" or "state/activity", "hidden", or "unknown: <value>": one word per row of a table. */
function word(result: AdapterResult): string {
  if (result.kind === 'availability') {
    return result.availability.state + (result.availability.activity ? '/' + result.availability.activity : '');
  }
  return result.kind === 'hidden' ? 'hidden' : 'unknown: ' + result.value;
}

describe('vendor adapters', function () {
  it('Teams: every availability value', function () {
    const table: { [value: string]: string } = {
      Available: 'available', AvailableIdle: 'available', Busy: 'busy', BusyIdle: 'busy', DoNotDisturb: 'dnd',
      Away: 'away', BeRightBack: 'away', Offline: 'offline', PresenceUnknown: 'unknown'
    };
    expect(TEAMS_AVAILABILITY.sort()).toEqual(Object.keys(table).sort());
    Object.keys(table).forEach(function (value) {
      expect(word(readTeams({ availability: value }))).withContext(value).toBe(table[value]);
    });
  });

  it('Teams: every activity value', function () {
    const table: { [value: string]: string } = {
      InAMeeting: 'busy/inAMeeting', InACall: 'busy/onThePhone', InAConferenceCall: 'busy/onThePhone', Presenting: 'busy/presenting',
      Focusing: 'busy/focusing', UrgentInterruptionsOnly: 'busy/focusing', BeRightBack: 'busy/beRightBack', OutOfOffice: 'busy/outOfOffice',
      OffWork: 'busy/offWork', Available: 'busy', Away: 'busy', Busy: 'busy', DoNotDisturb: 'busy', Inactive: 'busy', Offline: 'busy', PresenceUnknown: 'busy'
    };
    expect(TEAMS_ACTIVITY.sort()).toEqual(Object.keys(table).sort());
    Object.keys(table).forEach(function (value) {
      expect(word(readTeams({ availability: 'Busy', activity: value }))).withContext(value).toBe(table[value]);
    });
  });

  it('Teams: an unknown value reads as unknown, naming it', function () {
    expect(word(readTeams({ availability: 'Napping' }))).toBe('unknown: availability Napping');
    expect(word(readTeams({ availability: 'Busy', activity: 'Juggling' }))).toBe('unknown: activity Juggling');
  });

  it('RingCentral: every userStatus, dndStatus and telephonyStatus value', function () {
    const status: { [value: string]: string } = { Available: 'available', Busy: 'busy', Offline: 'offline' };
    const dnd: { [value: string]: string } = {
      TakeAllCalls: 'available', DoNotAcceptDepartmentCalls: 'available', TakeDepartmentCallsOnly: 'available', DoNotAcceptAnyCalls: 'dnd', Unknown: 'available'
    };
    const telephony: { [value: string]: string } = {
      NoCall: 'available', Ringing: 'available', CallConnected: 'busy/onThePhone', OnHold: 'busy/onThePhone', ParkedCall: 'busy/onThePhone'
    };
    expect(RINGCENTRAL_VALUES.status.sort()).toEqual(Object.keys(status).sort());
    expect(RINGCENTRAL_VALUES.dnd.sort()).toEqual(Object.keys(dnd).sort());
    expect(RINGCENTRAL_VALUES.telephony.sort()).toEqual(Object.keys(telephony).sort());
    Object.keys(status).forEach(function (v) { expect(word(readRingCentral({ userStatus: v, allowSeeMyPresence: true }))).withContext(v).toBe(status[v]); });
    Object.keys(dnd).forEach(function (v) { expect(word(readRingCentral({ userStatus: 'Available', dndStatus: v }))).withContext(v).toBe(dnd[v]); });
    Object.keys(telephony).forEach(function (v) { expect(word(readRingCentral({ userStatus: 'Available', telephonyStatus: v }))).withContext(v).toBe(telephony[v]); });
    expect(word(readRingCentral({ presenceStatus: 'Busy' }))).toBe('busy');
    expect(word(readRingCentral({ userStatus: 'Offline', telephonyStatus: 'CallConnected' }))).toBe('offline');
  });

  it('RingCentral: never shows what a user chose to hide', function () {
    expect(word(readRingCentral({ userStatus: 'Busy', dndStatus: 'DoNotAcceptAnyCalls', allowSeeMyPresence: false }))).toBe('hidden');
  });

  it('RingCentral: an unknown value reads as unknown, naming it', function () {
    expect(word(readRingCentral({ userStatus: 'Lunch' }))).toBe('unknown: userStatus Lunch');
    expect(word(readRingCentral({ userStatus: 'Available', dndStatus: 'Maybe' }))).toBe('unknown: dndStatus Maybe');
    expect(word(readRingCentral({ userStatus: 'Available', telephonyStatus: 'Fax' }))).toBe('unknown: telephonyStatus Fax');
  });

  it('Symphony: every category', function () {
    const table: { [value: string]: string } = {
      UNDEFINED: 'unknown', AVAILABLE: 'available', BUSY: 'busy', DO_NOT_DISTURB: 'dnd', ON_THE_PHONE: 'busy/onThePhone',
      BE_RIGHT_BACK: 'away/beRightBack', IN_A_MEETING: 'busy/inAMeeting', AWAY: 'away', OUT_OF_OFFICE: 'away/outOfOffice',
      OFF_WORK: 'offline/offWork', OFFLINE: 'offline'
    };
    expect(SYMPHONY_CATEGORIES.sort()).toEqual(Object.keys(table).sort());
    Object.keys(table).forEach(function (value) {
      expect(word(readSymphony({ category: value }))).withContext(value).toBe(table[value]);
    });
    expect(word(readSymphony({ category: 'SURFING' }))).toBe('unknown: category SURFING');
  });
});
