import { asyncScheduler, noop, Observable, Subject, Subscription } from 'rxjs';
import { after, deadline, MAX_TIMER_MS, safeDelay } from '../../src/core/delay';
import { PresenceEngine } from '../../src/core/engine';
import { parseRetryAfter } from '../../src/core/protocol';
import { FakeInstance, jsonAnswer, sysId } from '../helpers/fake-instance';

/** Real browser timers here: the storms these guard against only happen with them. */
describe('delays the library schedules', function () {
  const A = sysId(0xd1);
  let subscriptions: Subscription;

  beforeEach(function () {
    subscriptions = new Subscription();
  });

  afterEach(function () {
    subscriptions.unsubscribe();
  });

  function realWait(ms: number): Promise<void> {
    return new Promise(function (resolve) {
      setTimeout(resolve, ms);
    });
  }

  it('are clamped to what a browser timer holds; NaN and negatives are 0', function () {
    expect(safeDelay(1e300)).toBe(MAX_TIMER_MS);
    expect(safeDelay(2147484 * 1000)).toBe(MAX_TIMER_MS);
    expect(safeDelay(-5)).toBe(0);
    expect(safeDelay(NaN)).toBe(0);
    expect(safeDelay(1500)).toBe(1500);
  });

  it('never fire at once for an overlong delay', async function () {
    let fired = false;
    subscriptions.add(
      after(1e300, undefined as never).subscribe(function () {
        fired = true;
      })
    );
    await realWait(50);
    expect(fired).toBe(false);
  });

  it('cap Retry-After at 5 min, in seconds or as an HTTP date weeks ahead', function () {
    const now = Date.UTC(2026, 10, 22);
    expect(parseRetryAfter('2147484', now)).toBe(300000);
    expect(parseRetryAfter(new Date(now + 21 * 86400000).toUTCString(), now)).toBe(300000);
    expect(parseRetryAfter('120', now)).toBe(120000);
  });

  it('make one request, not a storm, after a 429 with Retry-After: 2147484', async function () {
    const instance = new FakeInstance();
    instance.responder = function () {
      return jsonAnswer('', 429, { retryAfter: '2147484' });
    };
    const engine = new PresenceEngine({
      transport: instance.transport,
      log: function () {
        return undefined;
      }
    });
    subscriptions.add(engine.follow(A, noop));
    await realWait(400);
    expect(instance.requests.length).toBe(1);
  });

  it('do not turn last_on: 1e300 into an ageing storm', async function () {
    const instance = new FakeInstance();
    instance.responder = function () {
      return jsonAnswer(
        { result: { serverTimeMillis: Date.now(), presenceArray: [{ user: A, last_on: 1e300 }] } },
        201
      );
    };
    const engine = new PresenceEngine({
      transport: instance.transport,
      log: function () {
        return undefined;
      }
    });
    const seen: string[] = [];
    subscriptions.add(
      engine.follow(A, function (s) {
        seen.push(s.status);
      })
    );
    await realWait(100);
    const board = (engine as unknown as { board: { refresh(): void } }).board;
    spyOn(board, 'refresh').and.callThrough();
    await realWait(300);
    expect(board.refresh).not.toHaveBeenCalled();
    expect(seen).toEqual(['online']);
  });

  describe('deadline', function () {
    it('passes a value in time and ends with its source', async function () {
      const answer$ = new Subject<string>();
      const seen: string[] = [];
      let completed = false;
      subscriptions.add(
        answer$
          .pipe(
            deadline(50, asyncScheduler, function () {
              return 'late';
            })
          )
          .subscribe({
            next: function (v) {
              seen.push(v);
            },
            error: fail,
            complete: function () {
              completed = true;
            }
          })
      );
      answer$.next('answer');
      await realWait(100);
      answer$.complete();
      expect(seen).toEqual(['answer']);
      expect(completed).toBe(true);
    });

    it('errors with its own error when nothing came in time, and drops the source', async function () {
      let dropped = false;
      const never$ = new Observable<string>(function () {
        return function () {
          dropped = true;
        };
      });
      const errors: unknown[] = [];
      subscriptions.add(
        never$
          .pipe(
            deadline(30, asyncScheduler, function () {
              return 'late';
            })
          )
          .subscribe({
            error: function (e) {
              errors.push(e);
            }
          })
      );
      await realWait(10);
      expect(errors).toEqual([]);
      await realWait(80);
      expect(errors).toEqual(['late']);
      expect(dropped).toBe(true);
    });
  });
});
