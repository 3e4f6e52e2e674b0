import { Answer } from '../../../../src/core/sources/activity/answer';
import { LookState, nextLookDelay } from '../../../../src/core/sources/activity/look-schedule';

describe('nextLookDelay', function () {
  const NOW = 1000000;
  const INTERVAL = 15000;

  function answer(source: Answer['source'], ageMs: number): Answer {
    return { entries: [], at: NOW - ageMs, source: source, full: source !== 'tab' };
  }

  function state(changes: Partial<LookState>): LookState {
    const base: LookState = {
      now: NOW,
      urgent: false,
      mountSince: undefined,
      coalesceMs: 50,
      intervalMs: INTERVAL,
      clockKnown: true,
      mayPoll: true,
      latest: answer('request', 0),
      lastLook: undefined,
      notBefore: 0
    };
    return Object.assign(base, changes);
  }

  const table: [string, Partial<LookState>, number][] = [
    ['urgent: now', { urgent: true }, 0],
    ['urgent still waits for a backoff', { urgent: true, notBefore: NOW + 40000 }, 40000],
    ['a mount 20 ms ago: at the end of the coalescing window', { mountSince: NOW - 20 }, 30],
    ['no server clock and this tab may poll: now', { clockKnown: false }, 0],
    [
      'no server clock but a follower: when the answer turns stale',
      { clockKnown: false, mayPoll: false, latest: answer('tab', 5000) },
      10000
    ],
    ['our own answer 5 s old: in 10 s', { latest: answer('request', 5000) }, 10000],
    ['a tab answer 5 s old: in 10 s', { latest: answer('tab', 5000) }, 10000],
    ["the platform's answer 5 s old: with half an interval of grace", { latest: answer('platform', 5000) }, 17500],
    ['the shared cache 5 s old: with half an interval of grace', { latest: answer('shared-cache', 5000) }, 17500],
    ['no answer yet: now', { latest: undefined }, 0],
    [
      'stale, looked 5 s ago to no avail: an interval after that look',
      { latest: answer('request', 60000), lastLook: NOW - 5000 },
      10000
    ],
    [
      'a backoff ends later than the answer turns stale: at its end',
      { latest: answer('request', 5000), notBefore: NOW + 60000 },
      60000
    ]
  ];

  table.forEach(function (row) {
    it(row[0], function () {
      expect(nextLookDelay(state(row[1]))).toBe(row[2]);
    });
  });
});
