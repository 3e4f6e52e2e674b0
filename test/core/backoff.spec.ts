import { MAX_BACKOFF_MS, retryDecision } from '../../src/core/backoff';
import { failure, FailureKind } from '../../src/core/failure';

const INTERVAL = 15000;

function delay(kind: FailureKind, attempt: number, random: number, retryAfterMs?: number): number {
  const d = retryDecision(failure(kind, 'x', undefined, retryAfterMs), attempt, INTERVAL, random);
  if (d.action !== 'retry') {
    throw new Error('expected retry, got ' + d.action);
  }
  return d.delayMs;
}

describe('retryDecision', function () {
  it('pauses on lost sessions and halts when the endpoint is gone', function () {
    expect(retryDecision(failure('unauthorized', 'x'), 1, INTERVAL, 0).action).toBe('pause');
    expect(retryDecision(failure('forbidden', 'x'), 1, INTERVAL, 0).action).toBe('pause');
    expect(retryDecision(failure('login-page', 'x'), 1, INTERVAL, 0).action).toBe('pause');
    expect(retryDecision(failure('gone', 'x'), 1, INTERVAL, 0).action).toBe('halt');
  });

  it('doubles the ceiling per failure, with jitter between half and all of it', function () {
    expect(delay('server', 1, 0)).toBe(15000); // ceiling 30 s, half of it is 15 s
    expect(delay('server', 1, 0.999999)).toBe(30000);
    expect(delay('server', 2, 0)).toBe(30000);
    expect(delay('server', 3, 0.5)).toBe(90000); // ceiling 120 s: 60 s + 30 s
  });

  it('never retries sooner than the normal interval, nor later than the cap', function () {
    ['server', 'timeout', 'network', 'malformed', 'shape', 'http', 'rate-limited'].forEach(function (kind) {
      for (let attempt = 1; attempt < 40; attempt++) {
        const d = delay(kind as FailureKind, attempt, Math.random());
        expect(d).toBeGreaterThanOrEqual(INTERVAL);
        expect(d).toBeLessThanOrEqual(MAX_BACKOFF_MS);
      }
    });
    expect(delay('server', 100, 0.999999)).toBe(MAX_BACKOFF_MS);
  });

  it('honours Retry-After even beyond the backoff', function () {
    expect(delay('rate-limited', 1, 0, 120000)).toBe(120000);
    expect(delay('rate-limited', 1, 0, 1000)).toBe(15000);
  });
});
