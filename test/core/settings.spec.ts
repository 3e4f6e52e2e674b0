import { DEFAULT_SETTINGS, mergeSettings, SettingsError, thresholdsOf } from '../../src/core/settings';
import { classify } from '../../src/core/status';

describe('mergeSettings', function () {
  it('merges valid changes over the current settings', function () {
    const s = mergeSettings(DEFAULT_SETTINGS, { onlineMs: 20000, awayMs: 45000, intervalMs: 30000 });
    expect(s.onlineMs).toBe(20000);
    expect(s.awayMs).toBe(45000);
    expect(s.intervalMs).toBe(30000);
    expect(s.endpoint).toBe('/api/now/ui/presence');
    expect(DEFAULT_SETTINGS.onlineMs).toBe(30000);
  });

  function rejects(changes: unknown, setting: string) {
    let error: unknown;
    try {
      mergeSettings(DEFAULT_SETTINGS, changes);
    } catch (e) {
      error = e;
    }
    expect(error instanceof SettingsError)
      .withContext(JSON.stringify(changes))
      .toBe(true);
    expect((error as Error).message).toContain(setting);
  }

  it('rejects invalid values with a message naming the setting', function () {
    rejects({ awayMs: 30000 }, 'awayMs');
    rejects({ onlineMs: 70000 }, 'awayMs');
    rejects({ onlineMs: -1 }, 'onlineMs');
    rejects({ onlineMs: NaN }, 'onlineMs');
    rejects({ awayMs: Infinity }, 'awayMs');
    rejects({ onlineMs: '30000' }, 'onlineMs');
    rejects({ intervalMs: 1000 }, 'intervalMs');
    rejects({ timeoutMs: 0 }, 'timeoutMs');
    rejects({ maxBatch: 250 }, 'maxBatch');
    rejects({ thresholds: 'fast' }, 'thresholds');
    rejects({ intervall: 15000 }, 'intervall');
    rejects(null, 'object');
    rejects([1, 2], 'got an array');
    rejects('often', 'got "often"');
  });

  it('quotes what it got, so "15000" the string is told from 15000 the number', function () {
    rejects({ intervalMs: '15000' }, 'intervalMs must be a number from 5000 to 3600000 (got "15000")');
    rejects({ thresholds: 'UI16' }, '(got "UI16")');
  });

  it('keeps the session token on this origin: the endpoint must be a local path', function () {
    rejects({ endpoint: 'https://evil.example/steal' }, 'endpoint');
    rejects({ endpoint: '//evil.example/steal' }, 'endpoint');
    rejects({ endpoint: 'api/now/ui/presence' }, 'endpoint');
    expect(mergeSettings(DEFAULT_SETTINGS, { endpoint: '/api/x_acme/presence' }).endpoint).toBe('/api/x_acme/presence');
  });
});

describe('threshold presets', function () {
  it("uses the article's 30 s / 60 s by default", function () {
    expect(thresholdsOf(DEFAULT_SETTINGS)).toEqual({ onlineMs: 30000, awayMs: 60000 });
  });

  it("follows UI16's rule at its edges: online up to 2.5 intervals, away up to 5, at a 15 s interval", function () {
    const ui16 = thresholdsOf(mergeSettings(DEFAULT_SETTINGS, { thresholds: 'ui16', intervalMs: 15000 }));
    expect(classify(37500, ui16)).toBe('online');
    expect(classify(37501, ui16)).toBe('away');
    expect(classify(75000, ui16)).toBe('away');
    expect(classify(75001, ui16)).toBe('offline');
  });

  it("agrees with the platform's own sn-presence dots away from the thresholds", function () {
    const interval = 15000;
    // The platform's rule (servicenow.md §1b), with "maybe/probably offline" drawn as away.
    function platformDot(delta: number): string {
      if (delta > 5 * interval) {
        return 'offline';
      }
      return delta > 2.5 * interval ? 'away' : 'online';
    }
    const ui16 = thresholdsOf(mergeSettings(DEFAULT_SETTINGS, { thresholds: 'ui16', intervalMs: interval }));
    for (let delta = 0; delta <= 120000; delta += 125) {
      const nearEdge = Math.abs(delta - 2.5 * interval) < 1000 || Math.abs(delta - 5 * interval) < 1000;
      if (!nearEdge) {
        expect(classify(delta, ui16))
          .withContext(delta + ' ms')
          .toBe(platformDot(delta) as 'online' | 'away' | 'offline');
      }
    }
  });

  it('moves with the interval', function () {
    const ui16 = thresholdsOf(mergeSettings(DEFAULT_SETTINGS, { thresholds: 'ui16', intervalMs: 20000 }));
    expect(classify(50000, ui16)).toBe('online');
    expect(classify(50001, ui16)).toBe('away');
    expect(classify(100001, ui16)).toBe('offline');
  });
});
