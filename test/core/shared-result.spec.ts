import { readSharedResult } from '../../src/core/shared-result';
import { sysId } from '../helpers/fake-instance';

describe('readSharedResult', function () {
  it('reads a shared answer and a shared failure', function () {
    const answer = { kind: 'answer', at: 1000, skewMs: -50, entries: [{ user: sysId(1), last_on: 900 }] };
    expect(readSharedResult(answer)).toEqual(answer as never);
    const availability = { kind: 'availability', entries: [{ user: sysId(2), availability: { state: 'busy', activity: 'inAMeeting', source: 'teams' } }] };
    expect(readSharedResult(availability)).toEqual(availability as never);
    expect(readSharedResult({ kind: 'failure', failure: { kind: 'server', message: 'the instance answered 500', status: 500 } }))
      .toEqual({ kind: 'failure', failure: { kind: 'server', message: 'the instance answered 500', status: 500 } });
  });

  it('checks it like a server answer: anything else is dropped', function () {
    [
      null, 'answer', { kind: 'snapshot' },
      { kind: 'answer', at: 1, skewMs: 0, entries: [{ user: '<script>', last_on: 1 }] },
      { kind: 'answer', at: 1, skewMs: 0, entries: [{ user: sysId(1), last_on: 'soon' }] },
      { kind: 'answer', at: 1, skewMs: 1e300, entries: [] },
      { kind: 'answer', at: -1, skewMs: 0, entries: [] },
      { kind: 'answer', at: 1, skewMs: 0, entries: new Array(10000).fill({ user: sysId(1), last_on: 1 }) },
      { kind: 'failure', failure: { kind: 'explode', message: 'x' } },
      { kind: 'availability', entries: [{ user: sysId(1), availability: { state: 'asleep', source: 'teams' } }] },
      { kind: 'availability', entries: [{ user: sysId(1), availability: { state: 'busy', source: 'slack' } }] },
      { kind: 'availability', entries: [{ user: '<b>', availability: { state: 'busy', source: 'teams' } }] },
      { kind: 'failure', failure: { kind: 'server', message: new Array(1000).join('x') } }
    ].forEach(function (raw) {
      expect(readSharedResult(raw)).withContext(JSON.stringify(raw).slice(0, 80)).toBeUndefined();
    });
  });
});
