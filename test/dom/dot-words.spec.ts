import { Presence } from '../../src/core/presence';
import { DEFAULT_LABELS, readLabels, statusWords } from '../../src/dom/dot-words';

// Words with no age in them are kept from one dot to the next (most dots of an answer say the
// same): each case below follows a presence whose kept words it must not reuse.
describe('dot words, one dot after another', function () {
  const NOW: Presence = { status: 'online', activity: 'online', stale: false, lastSeenMs: 5000 };

  function after(first: Presence, then: Presence, labels = DEFAULT_LABELS): string {
    statusWords(first, DEFAULT_LABELS);
    return statusWords(then, labels);
  }

  it('says "active now" again for the next user active now', function () {
    expect(after(NOW, { status: 'online', activity: 'online', stale: false, lastSeenMs: 12000 })).toBe(
      'Online, active now'
    );
  });

  it('tells apart a user never seen, a stale status and an unknown one', function () {
    expect(after(NOW, { status: 'online', activity: 'online', stale: false })).toBe('Online');
    expect(after(NOW, Object.assign({}, NOW, { stale: true }))).toBe('Last known: Online, active now');
    expect(after(NOW, { status: 'offline', activity: 'offline', stale: false, unknown: 'disabled' })).toBe(
      'Presence is off on this instance'
    );
    expect(
      after(
        { status: 'offline', activity: 'offline', stale: false, unknown: 'disabled' },
        { status: 'offline', activity: 'offline', stale: false, unknown: 'unavailable' }
      )
    ).toBe('Presence unavailable');
  });

  it('says each age, and "active now" again after one', function () {
    // Online up to a minute (a page's own thresholds): from 30 s the words hold the age.
    const ago: Presence = { status: 'online', activity: 'online', stale: false, lastSeenMs: 45000 };
    expect(after(NOW, ago)).toBe('Online, active 45 s ago');
    expect(after(ago, Object.assign({}, ago, { lastSeenMs: 50000 }))).toBe('Online, active 50 s ago');
    expect(after(ago, NOW)).toBe('Online, active now');
  });

  it("says each product's activity", function () {
    const meeting: Presence = {
      status: 'busy',
      activity: 'online',
      stale: false,
      lastSeenMs: 5000,
      availability: { state: 'busy', activity: 'inAMeeting', source: 'teams' }
    };
    const phone = Object.assign({}, meeting, {
      availability: { state: 'busy', activity: 'onThePhone', source: 'ringcentral' }
    });
    expect(after(meeting, phone)).toBe('Busy, On the phone (RingCentral)');
    expect(after(phone, NOW)).toBe('Online, active now');
  });

  it("speaks a page's new labels at once", function () {
    const german = readLabels(DEFAULT_LABELS, { online: 'Online (de)', activeNow: '{0}, gerade aktiv' });
    expect(after(NOW, NOW, german)).toBe('Online (de), gerade aktiv');
  });
});
