import { readAvailabilityValue } from '../../src/core/availability';
import { readSharedResult } from '../../src/core/shared-result';
import { sysId } from '../helpers/fake-instance';

describe('readSharedResult', function () {
  it('reads a shared answer and a shared failure', function () {
    const answer = {
      kind: 'answer',
      at: 1000,
      skewMs: -50,
      entries: [{ user: sysId(1), last_on: 900 }],
      users: [sysId(1), sysId(3)]
    };
    expect(readSharedResult(answer)).toEqual(answer as never);
    const facts = {
      kind: 'facts',
      source: 'availability',
      entries: [{ user: sysId(2), value: { state: 'busy', activity: 'inAMeeting', source: 'teams' } }]
    };
    expect(readSharedResult(facts)).toEqual(facts as never);
    expect(
      readSharedResult({
        kind: 'failure',
        failure: { kind: 'server', message: 'the instance answered 500', status: 500 }
      })
    ).toEqual({ kind: 'failure', failure: { kind: 'server', message: 'the instance answered 500', status: 500 } });
  });

  it('checks it like a server answer: anything else is dropped', function () {
    [
      null,
      'answer',
      { kind: 'snapshot' },
      { kind: 'answer', at: 1, skewMs: 0, entries: [{ user: '<script>', last_on: 1 }], users: [] },
      { kind: 'answer', at: 1, skewMs: 0, entries: [{ user: sysId(1), last_on: 'soon' }], users: [] },
      { kind: 'answer', at: 1, skewMs: 1e300, entries: [], users: [] },
      { kind: 'answer', at: -1, skewMs: 0, entries: [], users: [] },
      { kind: 'answer', at: 1, skewMs: 0, entries: new Array(10000).fill({ user: sysId(1), last_on: 1 }), users: [] },
      { kind: 'answer', at: 1, skewMs: 0, entries: [], users: ['<img src=x>'] },
      { kind: 'answer', at: 1, skewMs: 0, entries: [] },
      { kind: 'failure', failure: { kind: 'explode', message: 'x' } },
      { kind: 'facts', source: 'availability', entries: [{ user: '<b>', value: { state: 'busy', source: 'teams' } }] },
      { kind: 'facts', source: 'availability', entries: [{ user: sysId(1) }] },
      { kind: 'facts', source: '<script>', entries: [] },
      { kind: 'failure', failure: { kind: 'server', message: new Array(1000).join('x') } }
    ].forEach(function (raw) {
      expect(readSharedResult(raw)).withContext(JSON.stringify(raw).slice(0, 80)).toBeUndefined();
    });
  });

  it('leaves each shared availability to be read by its source', function () {
    expect(readAvailabilityValue({ state: 'busy', activity: 'inAMeeting', source: 'teams' })).toEqual({
      state: 'busy',
      activity: 'inAMeeting',
      source: 'teams'
    });
    expect(readAvailabilityValue({ state: 'asleep', source: 'teams' })).toBeUndefined();
    expect(readAvailabilityValue({ state: 'busy', source: 'slack' })).toBeUndefined();
    expect(readAvailabilityValue({ state: 'busy', activity: 'juggling', source: 'teams' })).toBeUndefined();
  });
});
