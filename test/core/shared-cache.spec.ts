import { readSharedAnswer, SHARED_CACHE_KEY, writeSharedAnswer } from '../../src/core/shared-cache';
import { MemoryStore } from '../helpers/memory-store';

describe("the shared answer (localStorage['snPresence'])", function () {
  const NOW = 1795348800000;
  const ENTRY = { user: '0123456789abcdef0123456789abcdef', last_on: NOW - 1000 };
  let store: MemoryStore;

  beforeEach(function () {
    store = new MemoryStore();
  });

  function put(value: unknown): void {
    store.items[SHARED_CACHE_KEY] = typeof value === 'string' ? value : JSON.stringify(value);
  }

  it("reads a fresh value in the platform's format", function () {
    put({ saved: NOW - 14999, presenceArray: [ENTRY] });
    expect(readSharedAnswer(store, NOW, 15000)).toEqual({ saved: NOW - 14999, presenceArray: [ENTRY] });
  });

  it('reads a value as stale from one interval on, as UI16 does', function () {
    put({ saved: NOW - 15000, presenceArray: [ENTRY] });
    expect(readSharedAnswer(store, NOW, 15000)).toBeUndefined();
  });

  it('ignores corrupt and foreign values without throwing', function () {
    ['{not json', 'null', '42', '"text"', '[]'].forEach(function (text) {
      put(text);
      expect(readSharedAnswer(store, NOW, 15000)).withContext(text).toBeUndefined();
    });
    [
      { saved: NOW },
      { saved: 'yesterday', presenceArray: [] },
      { saved: NOW, presenceArray: { user: 'x' } },
      { saved: NOW + 3600000, presenceArray: [] }
    ].forEach(function (value) {
      put(value);
      expect(readSharedAnswer(store, NOW, 15000)).withContext(JSON.stringify(value)).toBeUndefined();
    });
  });

  it('treats storage that throws as absent, for reading and writing', function () {
    const broken = {
      getItem: function (): string | null { throw new Error('SecurityError'); },
      setItem: function (): void { throw new Error('QuotaExceededError'); }
    };
    expect(readSharedAnswer(broken, NOW, 15000)).toBeUndefined();
    expect(function () { writeSharedAnswer(broken, { saved: NOW, presenceArray: [] }); }).not.toThrow();
  });

  it("writes exactly the platform's format: {saved, presenceArray}", function () {
    writeSharedAnswer(store, { saved: NOW, presenceArray: [ENTRY] });
    expect(store.items[SHARED_CACHE_KEY]).toBe('{"saved":' + NOW + ',"presenceArray":[{"user":"' + ENTRY.user + '","last_on":' + ENTRY.last_on + '}]}');
  });
});
