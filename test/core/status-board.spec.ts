import { asyncScheduler, Subscription } from 'rxjs';
import { DEFAULT_THRESHOLDS } from '../../src/core/status';
import { Described, described } from '../helpers/described';
import { StatusBoard } from '../../src/core/status-board';
import { advance, installClock, uninstallClock } from '../helpers/time';

describe('StatusBoard', function () {
  let board: StatusBoard;
  /** The server clock's lead over the browser's, as the engine's ServerClock would give it. */
  let skewMs: number;
  let subscriptions: Subscription;

  beforeEach(function () {
    installClock();
    skewMs = 0;
    board = new StatusBoard(
      asyncScheduler,
      function () {
        return DEFAULT_THRESHOLDS;
      },
      function () {
        return Date.now() + skewMs;
      }
    );
    subscriptions = new Subscription();
  });

  afterEach(function () {
    subscriptions.unsubscribe();
    uninstallClock();
  });

  function record(id: string): Described[] {
    const seen: Described[] = [];
    subscriptions.add(
      board.listen(id, function (p) {
        seen.push(described(p));
      })
    );
    return seen;
  }

  it('counts watchers: only the last release removes a user', function () {
    expect(board.acquire('a', undefined)).toBe(true);
    expect(board.acquire('a', undefined)).toBe(false);
    expect(board.release('a')).toBe(false);
    expect(board.ids()).toEqual(['a']);
    expect(board.release('a')).toBe(true);
    expect(board.size).toBe(0);
  });

  it('says nothing until answered, then the true status: never a flash of offline first', function () {
    board.acquire('a', undefined);
    const seen = record('a');
    expect(seen).toEqual([]);
    board.apply(['a'], new Map([['a', Date.now() - 1000]]));
    expect(seen).toEqual(['online']);
  });

  it('reads a user missing from the answer as offline', function () {
    board.acquire('a', undefined);
    const seen = record('a');
    board.apply(['a'], new Map());
    expect(seen).toEqual(['offline']);
  });

  it('takes a full answer for everyone watched, only those it covers with apply', function () {
    ['a', 'b', 'c'].forEach(function (id) {
      board.acquire(id, undefined);
    });
    const a = record('a');
    const b = record('b');
    const c = record('c');
    board.apply(
      ['a'],
      new Map([
        ['a', Date.now() - 1000],
        ['b', Date.now() - 1000]
      ])
    );
    expect([a, b, c]).toEqual([['online'], [], []]);
    board.applyToAll(new Map([['b', Date.now() - 45000]]));
    expect([a, b, c]).toEqual([['online', 'offline'], ['away'], ['offline']]);
  });

  it('keeps an online user online when active again, and ages them from the new activity', async function () {
    board.acquire('a', undefined);
    const seen = record('a');
    board.apply(['a'], new Map([['a', Date.now() - 1000]]));
    await advance(20000);
    board.apply(['a'], new Map([['a', Date.now() - 5000]]));
    await advance(24999);
    expect(seen).toEqual(['online']);
    await advance(1);
    expect(seen).toEqual(['online', 'away']);
  });

  it('turns an online user away at once when an answer puts their activity past the online threshold', async function () {
    board.acquire('a', undefined);
    const seen = record('a');
    board.apply(['a'], new Map([['a', Date.now() - 1000]]));
    await advance(20000);
    board.apply(['a'], new Map([['a', Date.now() - 35000]]));
    expect(seen).toEqual(['online', 'away']);
  });

  it('ages on the server clock and emits only changes', async function () {
    board.acquire('a', undefined);
    const seen = record('a');
    skewMs = 500000; // the server's clock runs ahead of the browser's
    const serverTime = Date.now() + skewMs;
    board.apply(['a'], new Map([['a', serverTime - 25000]]));
    board.apply(['a'], new Map([['a', serverTime - 25000]]));
    await advance(4999);
    expect(seen).toEqual(['online']);
    await advance(1);
    expect(seen).toEqual(['online', 'away']);
    await advance(30000);
    expect(seen).toEqual(['online', 'away', 'offline']);
  });

  it('moves an offline user\'s "last seen" on, once a minute for everyone, without an answer, and only when the words change', async function () {
    board.acquire('recent', undefined);
    board.acquire('hours', undefined);
    const recent: number[] = [];
    const hours: number[] = [];
    subscriptions.add(
      board.listen('recent', function (p) {
        recent.push(Math.floor((p.lastSeenMs as number) / 60000));
      })
    );
    subscriptions.add(
      board.listen('hours', function (p) {
        hours.push(Math.floor((p.lastSeenMs as number) / 3600000));
      })
    );
    const now = Date.now();
    board.apply(
      ['recent', 'hours'],
      new Map([
        ['recent', now - 5 * 60000 - 1000],
        ['hours', now - 3 * 3600000]
      ])
    );
    expect(recent).toEqual([5]);
    for (let i = 0; i < 12; i++) {
      await advance(10000);
    }
    expect(recent).toEqual([5, 6, 7]);
    expect(hours).toEqual([3], 'still "3 h": nothing to write');
  });

  it('re-evaluates only users whose last activity changed: the others keep ageing on their own schedule', async function () {
    board.acquire('a', undefined);
    board.acquire('b', undefined);
    const a = record('a');
    const b = record('b');
    const now = Date.now();
    board.apply(
      ['a', 'b'],
      new Map([
        ['a', now],
        ['b', now]
      ])
    );
    await advance(20000);
    // a was active again; b's answer is the same as before.
    board.apply(
      ['a', 'b'],
      new Map([
        ['a', Date.now()],
        ['b', now]
      ])
    );
    await advance(10000);
    expect(b).toEqual(['online', 'away']);
    expect(a).toEqual(['online']);
    await advance(20000);
    expect(a).toEqual(['online', 'away']);
  });

  it('re-evaluates everyone when the server clock moves (a new measure of the skew), even with the same answer', function () {
    board.acquire('a', undefined);
    const a = record('a');
    const lastOn = Date.now() + skewMs;
    board.apply(['a'], new Map([['a', lastOn]]));
    skewMs += 30000;
    board.apply(['a'], new Map([['a', lastOn]]));
    expect(a).toEqual(['online', 'away']);
  });

  it('keeps the last known status, marked stale, while answers fail: no drift to away', async function () {
    board.acquire('a', undefined);
    board.acquire('b', undefined);
    const a = record('a');
    const b = record('b');
    board.apply(['a'], new Map([['a', Date.now() - 20000]]));
    board.markStale();
    expect(a).toEqual(['online', 'last known online']);
    expect(b).toEqual(['offline']); // never known: hidden, not stale
    await advance(120000);
    expect(a).toEqual(['online', 'last known online']);
    board.apply(['a'], new Map([['a', Date.now() - 40000]]));
    expect(a).toEqual(['online', 'last known online', 'away']);
  });

  it('forgets everything on demand', function () {
    board.acquire('a', undefined);
    const a = record('a');
    board.apply(['a'], new Map([['a', Date.now()]]));
    board.forgetAll();
    expect(a).toEqual(['online', 'offline']);
  });

  it('stops its ageing timer when the last user goes', async function () {
    board.acquire('a', undefined);
    board.apply(['a'], new Map([['a', Date.now()]]));
    spyOn(board, 'refresh').and.callThrough();
    board.release('a');
    await advance(120000);
    expect(board.refresh).not.toHaveBeenCalled();
  });
});
