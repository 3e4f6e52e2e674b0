import { failure } from '../../../../src/core/failure';
import { PollFailures } from '../../../../src/core/sources/activity/poll-failures';

describe('PollFailures', function () {
  const INTERVAL = 15000;
  let lines: string[];
  let failures: PollFailures;

  beforeEach(function () {
    lines = [];
    failures = new PollFailures(
      function (line) {
        lines.push(line);
      },
      function () {
        return 0;
      }
    );
  });

  it('backs off after a server error, tells it once, and forgets it after an answer', function () {
    const decision = failures.record(failure('server', 'the server answered 500', 500), 0, INTERVAL, true);
    expect(decision.action).toBe('retry');
    expect(failures.notBefore).toBeGreaterThanOrEqual(INTERVAL);
    expect(failures.state).toBe('backing off');
    failures.record(failure('server', 'the server answered 500', 500), 0, INTERVAL, true);
    expect(lines).toEqual(['[sp-presence] the server answered 500']);
    failures.recovered();
    expect(failures.state).toBe('running');
    expect(failures.last).toBeUndefined();
    failures.record(failure('server', 'the server answered 500', 500), 0, INTERVAL, true);
    expect(lines.length).toBe(2);
  });

  it('pauses on a lost session, no sooner than an interval, until the user is back', function () {
    failures.record(failure('unauthorized', 'signed out', 401), 1000, INTERVAL, true);
    expect(failures.mode).toBe('paused');
    expect(failures.notBefore).toBe(1000 + INTERVAL);
    expect(failures.resume()).toBe(true);
    expect(failures.mode).toBe('running');
    expect(failures.resume()).toBe(false);
  });

  it('halts when the endpoint is gone, and a refresh does not undo it', function () {
    failures.record(failure('gone', 'not found', 404), 0, INTERVAL, true);
    expect(failures.state).toBe('stopped');
    expect(failures.forgive()).toBe(false);
    expect(failures.resume()).toBe(false);
  });

  it("keeps the longer of its own backoff and the leader's", function () {
    failures.record(failure('rate-limited', 'too many', 429, 120000), 0, INTERVAL, true);
    const own = failures.notBefore;
    failures.record(failure('server', 'the server answered 500', 500), 0, INTERVAL, false);
    expect(failures.notBefore).toBe(own);
    expect(failures.forgive()).toBe(true);
    expect(failures.notBefore).toBe(0);
    expect(failures.inARow).toBe(0);
  });
});
