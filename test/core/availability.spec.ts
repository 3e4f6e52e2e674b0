import { Availability, AvailabilityState, dotStatus } from '../../src/core/availability';
import { PresenceStatus } from '../../src/core/status';

describe('the precedence rule', function () {
  function availability(state: AvailabilityState): Availability {
    return { state: state, source: 'teams' };
  }

  it('is this table: a fresh availability decides, activity otherwise', function () {
    const activities: PresenceStatus[] = ['online', 'away', 'offline'];
    const table: { [availability: string]: string[] } = {
      none: ['online', 'away', 'offline'],
      available: ['online', 'online', 'online'],
      busy: ['busy', 'busy', 'busy'],
      dnd: ['dnd', 'dnd', 'dnd'],
      away: ['online', 'away', 'away'],
      offline: ['online', 'away', 'offline'],
      unknown: ['online', 'away', 'offline']
    };
    Object.keys(table).forEach(function (state) {
      activities.forEach(function (activity, i) {
        const given = state === 'none' ? undefined : availability(state as AvailabilityState);
        expect(dotStatus(activity, given))
          .withContext(state + ' + ' + activity)
          .toBe(table[state][i] as never);
      });
    });
  });
});
