import { readSharedAnswer, SHARED_CACHE_KEY, writeSharedAnswer, writtenByOthers } from '../../src/core/shared-cache';
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
      expect(readSharedAnswer(store, NOW, 15000))
        .withContext(text)
        .toBeUndefined();
    });
    [
      { saved: NOW },
      { saved: 'yesterday', presenceArray: [] },
      { saved: NOW, presenceArray: { user: 'x' } },
      { saved: NOW + 3600000, presenceArray: [] }
    ].forEach(function (value) {
      put(value);
      expect(readSharedAnswer(store, NOW, 15000))
        .withContext(JSON.stringify(value))
        .toBeUndefined();
    });
  });

  it('does not parse a value that is stale or no newer than the answer in hand, whatever its size', function () {
    const big: unknown[] = [];
    for (let i = 0; i < 1000; i++) {
      big.push(ENTRY);
    }
    writeSharedAnswer(store, { saved: NOW - 1000, presenceArray: big });
    const parse = spyOn(JSON, 'parse').and.callThrough();
    expect(readSharedAnswer(store, NOW, 15000, NOW - 1000)).toBeUndefined();
    expect(readSharedAnswer(store, NOW + 20000, 15000)).toBeUndefined();
    expect(parse).not.toHaveBeenCalled();
    expect(readSharedAnswer(store, NOW, 15000, NOW - 2000)).toEqual({ saved: NOW - 1000, presenceArray: big });
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('reads `saved` written last, as another client may order it', function () {
    store.setItem(SHARED_CACHE_KEY, JSON.stringify({ presenceArray: [ENTRY], saved: NOW - 20000 }));
    const parse = spyOn(JSON, 'parse').and.callThrough();
    expect(readSharedAnswer(store, NOW, 15000)).toBeUndefined();
    expect(parse).not.toHaveBeenCalled();
    store.setItem(SHARED_CACHE_KEY, JSON.stringify({ presenceArray: [ENTRY], saved: NOW - 100 }));
    expect(readSharedAnswer(store, NOW, 15000)).toEqual({ saved: NOW - 100, presenceArray: [ENTRY] });
  });

  it('treats storage that throws as absent, for reading and writing', function () {
    const broken = {
      getItem: function (): string | null {
        throw new Error('SecurityError');
      },
      setItem: function (): void {
        throw new Error('QuotaExceededError');
      }
    };
    expect(readSharedAnswer(broken, NOW, 15000)).toBeUndefined();
    expect(function () {
      writeSharedAnswer(broken, { saved: NOW, presenceArray: [] });
    }).not.toThrow();
  });

  it("tells another client's shared answer from the one sp-presence wrote last", function () {
    expect(writtenByOthers(store)).toBe(false);
    writeSharedAnswer(store, { saved: NOW, presenceArray: [ENTRY] });
    expect(writtenByOthers(store)).toBe(false);
    put({ presenceArray: [ENTRY], saved: NOW + 15000 });
    expect(writtenByOthers(store)).toBe(true);
    put('not json at all');
    expect(writtenByOthers(store)).toBe(true);
    expect(writtenByOthers(undefined)).toBe(false);
  });

  it("writes exactly the platform's format: {saved, presenceArray}", function () {
    writeSharedAnswer(store, { saved: NOW, presenceArray: [ENTRY] });
    expect(store.items[SHARED_CACHE_KEY]).toBe(
      '{"saved":' + NOW + ',"presenceArray":[{"user":"' + ENTRY.user + '","last_on":' + ENTRY.last_on + '}]}'
    );
  });
});
