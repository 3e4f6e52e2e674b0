import { DEFAULT_AGE_LABELS, describeAge, fill, isActiveNow } from '../../src/core/last-seen';
import { Presence } from '../../src/core/presence';
import { DEFAULT_LABELS, statusWords } from '../../src/dom/dot-words';

describe('last seen, on the server clock', function () {
  const MIN = 60000;
  const HOUR = 60 * MIN;

  function activityWords(lastSeenMs: number): string {
    const activity = lastSeenMs < 30000 ? 'online' : lastSeenMs < 60000 ? 'away' : 'offline';
    const presence: Presence = { status: activity, activity: activity, stale: false, lastSeenMs: lastSeenMs };
    return statusWords(presence, DEFAULT_LABELS);
  }

  it('reads at the edges: 0, 29 999, 30 000, 59 999, 60 000 ms, 59 min, 1 h, 1 day', function () {
    expect(activityWords(0)).toBe('Online, active now');
    expect(activityWords(29999)).toBe('Online, active now');
    expect(activityWords(30000)).toBe('Away, active 30 s ago');
    expect(activityWords(59999)).toBe('Away, active 59 s ago');
    expect(activityWords(60000)).toBe('Last seen 1 min ago');
    expect(activityWords(59 * MIN)).toBe('Last seen 59 min ago');
    expect(activityWords(HOUR)).toBe('Last seen 1 h ago');
    expect(activityWords(24 * HOUR)).toBe('Last seen 1 d ago');
  });

  it('is a pure function of the age', function () {
    expect(isActiveNow(29999)).toBe(true);
    expect(isActiveNow(30000)).toBe(false);
    expect(describeAge(-5, DEFAULT_AGE_LABELS)).toBe('0 s');
  });

  it('fills localisable templates, slot by number', function () {
    expect(fill('Zuletzt vor {0} gesehen', ['12 Min.'])).toBe('Zuletzt vor 12 Min. gesehen');
    expect(fill('{1} ({0})', ['a', 'b'])).toBe('b (a)');
    expect(fill('{0} {2}', ['a'])).toBe('a {2}');
    const german = { ...DEFAULT_LABELS, away: 'Abwesend', activeAgo: '{0}, aktiv vor {1}', seconds: '{0} Sek.' };
    expect(statusWords({ status: 'away', activity: 'away', stale: false, lastSeenMs: 45000 }, german)).toBe(
      'Abwesend, aktiv vor 45 Sek.'
    );
  });

  it('says what a presence product says when it decides the dot', function () {
    const busy: Presence = {
      status: 'busy',
      activity: 'offline',
      stale: false,
      lastSeenMs: 3 * HOUR,
      availability: { state: 'busy', activity: 'inAMeeting', source: 'teams' }
    };
    expect(statusWords(busy, DEFAULT_LABELS)).toBe('Busy, In a meeting (Teams)');
    const dnd: Presence = {
      status: 'dnd',
      activity: 'online',
      stale: false,
      lastSeenMs: 0,
      availability: { state: 'dnd', source: 'ringcentral' }
    };
    expect(statusWords(dnd, DEFAULT_LABELS)).toBe('Do not disturb (RingCentral)');
    const awayButActive: Presence = {
      status: 'online',
      activity: 'online',
      stale: false,
      lastSeenMs: 1000,
      availability: { state: 'away', source: 'symphony' }
    };
    expect(statusWords(awayButActive, DEFAULT_LABELS)).toBe('Online, active now');
  });
});
