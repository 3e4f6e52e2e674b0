import { DEFAULT_SETTINGS, mergeSettings, SettingsError } from '../../src/core/settings';

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
    expect(error instanceof SettingsError).withContext(JSON.stringify(changes)).toBe(true);
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
    rejects({ maxBatch: 2.5 }, 'maxBatch');
    rejects({ maxBatch: 0 }, 'maxBatch');
    rejects({ intervall: 15000 }, 'intervall');
    rejects(null, 'object');
  });

  it('keeps the session token on this origin: the endpoint must be a local path', function () {
    rejects({ endpoint: 'https://evil.example/steal' }, 'endpoint');
    rejects({ endpoint: '//evil.example/steal' }, 'endpoint');
    rejects({ endpoint: 'api/now/ui/presence' }, 'endpoint');
    expect(mergeSettings(DEFAULT_SETTINGS, { endpoint: '/api/x_acme/presence' }).endpoint).toBe('/api/x_acme/presence');
  });
});
