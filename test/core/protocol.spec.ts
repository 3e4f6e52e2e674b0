import { MAX_ANSWER_CHARS, parseAnswer, parseRetryAfter, readWatched } from '../../src/core/protocol';
import { jsonAnswer, sysId } from '../helpers/fake-instance';

const NOW = 1763812800000;
const A = sysId(1);
const B = sysId(2);

/** The answer read for watched users A and B, as an object for readable expectations. */
function ok(body: unknown) {
  const result = parseAnswer(jsonAnswer(body, 201), NOW);
  if (!result.ok) {
    fail('expected a snapshot, got ' + result.failure.kind);
    throw new Error('not ok');
  }
  const lastOn: { [id: string]: number } = {};
  readWatched(result.snapshot.entries, new Set([A, B])).forEach(function (time, id) {
    lastOn[id] = time;
  });
  return { serverTime: result.snapshot.serverTime, lastOn: lastOn };
}

function failureOf(answer: ReturnType<typeof jsonAnswer>) {
  const result = parseAnswer(answer, NOW);
  if (result.ok) {
    throw new Error('expected a failure');
  }
  return result.failure;
}

describe('parseAnswer: answer shapes', function () {
  it("reads UI16's shape (201): result wrapper, serverTimeMillis, presenceArray of {user, last_on}", function () {
    const s = ok({ result: { serverTimeMillis: 1000, presenceArray: [{ user: A, last_on: 900 }] } });
    expect(s.serverTime).toBe(1000);
    expect(s.lastOn).toEqual({ [A]: 900 });
  });

  it("reads the article's spelling, serverTimeMilis", function () {
    const s = ok({ result: { serverTimeMilis: 1000, presenceArray: [{ user: A, last_on: 900 }] } });
    expect(s.serverTime).toBe(1000);
    expect(s.lastOn).toEqual({ [A]: 900 });
  });

  it('reads a numeric-string server time, sys_id instead of user, other spellings of an id, and numeric strings', function () {
    const s = ok({
      result: { serverTimeMillis: '2000', presenceArray: [{ sys_id: B.toUpperCase(), last_on: '1500' }] }
    });
    expect(s.serverTime).toBe(2000);
    expect(s.lastOn).toEqual({ [B]: 1500 });
  });

  it('reads an unwrapped object', function () {
    const s = ok({ serverTimeMilis: 3000, presenceArray: [{ user: A, last_on: 2500 }] });
    expect(s.serverTime).toBe(3000);
    expect(s.lastOn[A]).toBe(2500);
  });

  it('reads result as a bare array with no server time', function () {
    const s = ok({
      result: [
        { user: A, last_on: 10 },
        { user: B, last_on: 20 }
      ]
    });
    expect(s.serverTime).toBeUndefined();
    expect(s.lastOn).toEqual({ [A]: 10, [B]: 20 });
  });

  it('skips unreadable entries instead of failing the whole answer', function () {
    const s = ok({
      result: {
        serverTimeMilis: 5,
        presenceArray: [
          null,
          7,
          { user: 'nope', last_on: 1 },
          { user: A, last_on: 'soon' },
          { user: B, last_on: -4 },
          { user: A, last_on: 4 }
        ]
      }
    });
    expect(s.lastOn).toEqual({ [A]: 4 });
  });

  it('keeps the latest activity when a user is listed twice', function () {
    expect(
      ok({
        result: [
          { user: A, last_on: 10 },
          { user: A, last_on: 30 },
          { user: A, last_on: 20 }
        ]
      }).lastOn[A]
    ).toBe(30);
  });

  it('accepts an empty presenceArray and a byte-order mark', function () {
    expect(ok('\uFEFF{"result":{"serverTimeMilis":1,"presenceArray":[]}}').lastOn).toEqual({});
  });
});

describe('parseAnswer: failures', function () {
  it('refuses an answer over the size limit without parsing it', function () {
    spyOn(JSON, 'parse').and.callThrough();
    const huge =
      '{"result":{"serverTimeMillis":1,"presenceArray":[' + new Array(MAX_ANSWER_CHARS / 8).join('{"u":1},') + ']}}';
    const f = failureOf(jsonAnswer(huge, 201));
    expect(f.kind).toBe('too-large');
    expect(f.message).toContain(
      'over the 24 MB limit (reading costs up to 21 ms per MB in Chromium, so more would hold the page over 500 ms)'
    );
    expect(JSON.parse).not.toHaveBeenCalled();
  });

  it('reads an answer listing 200 000 present users, with their entries right', function () {
    const entries: { user: string; last_on: number }[] = [];
    for (let i = 0; i < 200000; i++) {
      entries.push({
        user: ('00000000' + i.toString(16)).slice(-8) + '0a8016401c5a33be04be441',
        last_on: 1700000000000 + i
      });
    }
    const body = JSON.stringify({ result: { serverTimeMillis: 1700000300000, presenceArray: entries } });
    expect(body.length).toBeGreaterThan(12 * 1024 * 1024);
    const result = parseAnswer(jsonAnswer(body, 201), 0);
    expect(result.ok).toBe(true);
    const snapshot = (result as { snapshot: { serverTime: number; entries: unknown[] } }).snapshot;
    expect(snapshot.serverTime).toBe(1700000300000);
    expect(snapshot.entries.length).toBe(200000);
    const last = entries[199999].user;
    const watched = new Set([entries[0].user, last, 'ffffffff0a8016401c5a33be04be441f']);
    const lastOn = readWatched(snapshot.entries, watched);
    expect(lastOn.get(entries[0].user)).toBe(1700000000000);
    expect(lastOn.get(last)).toBe(1700000199999);
    expect(lastOn.has('ffffffff0a8016401c5a33be04be441f')).toBe(false);
  });

  it('recognises the login page served with 200 (session expired)', function () {
    expect(
      failureOf(
        jsonAnswer('<!DOCTYPE html><html><body>Log in</body></html>', 200, { contentType: 'text/html;charset=UTF-8' })
      ).kind
    ).toBe('login-page');
    expect(failureOf(jsonAnswer('  <html></html>', 200, { contentType: 'application/json' })).kind).toBe('login-page');
  });

  it('reports malformed JSON', function () {
    expect(failureOf(jsonAnswer('{"result": [', 200)).kind).toBe('malformed');
    expect(failureOf(jsonAnswer('', 200)).kind).toBe('malformed');
  });

  it('reports JSON of an unknown shape', function () {
    [
      {},
      { result: {} },
      { result: 'x' },
      [1],
      null,
      7,
      { result: { serverTimeMilis: 'noon', presenceArray: [] } },
      { result: { presenceArray: {} } }
    ].forEach(function (body) {
      expect(failureOf(jsonAnswer(JSON.stringify(body))).kind)
        .withContext(JSON.stringify(body))
        .toBe('shape');
    });
  });

  it('maps HTTP statuses to kinds', function () {
    const kinds: { [status: number]: string } = {
      401: 'unauthorized',
      403: 'forbidden',
      404: 'gone',
      429: 'rate-limited',
      500: 'server',
      503: 'server',
      302: 'http',
      400: 'http'
    };
    Object.keys(kinds).forEach(function (status) {
      const f = failureOf(jsonAnswer('{}', Number(status)));
      expect(f.kind).withContext(status).toBe(kinds[Number(status)]);
      expect(f.status).toBe(Number(status));
      expect(f.message.length).toBeGreaterThan(10);
    });
  });

  it('carries Retry-After on 429 and 503', function () {
    expect(failureOf(jsonAnswer('', 429, { retryAfter: '120' })).retryAfterMs).toBe(120000);
    expect(failureOf(jsonAnswer('', 503, { retryAfter: '7' })).retryAfterMs).toBe(7000);
    expect(failureOf(jsonAnswer('', 429)).retryAfterMs).toBeUndefined();
  });
});

describe('parseRetryAfter', function () {
  it('reads seconds and HTTP dates, and ignores garbage', function () {
    expect(parseRetryAfter('30', NOW)).toBe(30000);
    expect(parseRetryAfter(new Date(NOW + 90000).toUTCString(), NOW)).toBe(90000);
    expect(parseRetryAfter(new Date(NOW - 90000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('', NOW)).toBeUndefined();
  });
});

describe('readWatched', function () {
  it('keeps only watched users of a 10 000-entry answer, one lookup per entry', function () {
    const entries: unknown[] = [];
    for (let i = 0; i < 10000; i++) {
      entries.push({ user: sysId(1000 + i), last_on: i });
    }
    const watched = new Set<string>();
    for (let i = 0; i < 20; i++) {
      watched.add(sysId(1000 + i * 500));
    }
    let lookups = 0;
    const lastOn = readWatched(entries, {
      has: function (id: string) {
        lookups++;
        return watched.has(id);
      }
    });
    expect(lastOn.size).toBe(20);
    expect(lastOn.get(sysId(1000 + 500))).toBe(500);
    expect(lookups).toBe(10000);
  });
});
