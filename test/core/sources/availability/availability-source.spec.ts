import { noop, Subscription } from 'rxjs';
import { PresenceEngine } from '../../../../src/core/engine';
import { HttpAnswer } from '../../../../src/core/protocol';
import { Presence } from '../../../../src/core/presence';
import { PresenceRequest } from '../../../../src/core/transport';
import { FakeInstance, jsonAnswer, sysId } from '../../../helpers/fake-instance';
import { FakeTabBus } from '../../../helpers/fake-tabs';
import { recordPresence, sourceEngine } from '../../../helpers/source-engine';
import { advanceInSteps as advance, installClock, uninstallClock } from '../../../helpers/time';

const A = sysId(0xa7);
const B = sysId(0xb7);
const AVAILABILITY = '/api/global/sp_presence/availability';
const T = 1765000000000;

/** An instance with the UI16 endpoint and an availability endpoint behind one transport. */
describe('the availability source', function () {
  let instance: FakeInstance;
  let availabilityRequests: PresenceRequest[];
  let availabilityAnswer: () => HttpAnswer;
  let logs: string[];
  let subscriptions: Subscription;

  beforeEach(function () {
    installClock();
    instance = new FakeInstance();
    availabilityRequests = [];
    availabilityAnswer = function () {
      return jsonAnswer({
        result: {
          vendor: 'teams',
          takenAt: T - 1000,
          serverTime: T,
          users: {
            [A]: { availability: 'busy', activity: 'inAMeeting', vendor: 'teams' },
            [B]: { availability: 'napping', vendor: 'teams' }
          }
        }
      });
    };
    logs = [];
    subscriptions = new Subscription();
  });

  afterEach(function () {
    subscriptions.unsubscribe();
    uninstallClock();
  });

  function engine(settings?: object, tabs?: FakeTabBus): PresenceEngine {
    return sourceEngine(
      instance,
      {
        path: AVAILABILITY,
        requests: availabilityRequests,
        answer: function () {
          return availabilityAnswer();
        }
      },
      settings,
      logs,
      tabs
    );
  }

  function record(e: PresenceEngine, id: string): Presence[] {
    return recordPresence(subscriptions, e, id);
  }

  function last(seen: Presence[]): Presence {
    return seen[seen.length - 1];
  }

  it('sends no availability request when none is configured', async function () {
    const e = engine();
    record(e, A);
    await advance(10 * 60000);
    expect(availabilityRequests.length).toBe(0);
    expect(instance.requests.length).toBeGreaterThan(1);
  });

  it('asks for every watched user in one request per interval (60 s by default)', async function () {
    const e = engine({ availability: { endpoint: AVAILABILITY } });
    instance.activeAgo(0, A);
    const a = record(e, A);
    record(e, B);
    await advance(30);
    expect(availabilityRequests.length).toBe(1);
    expect((availabilityRequests[0].body as { users: string[] }).users.sort()).toEqual([A, B].sort());
    expect(last(a).status).toBe('busy');
    expect(last(a).availability).toEqual({ state: 'busy', activity: 'inAMeeting', source: 'teams' });
    await advance(59999);
    expect(availabilityRequests.length).toBe(1);
    await advance(1);
    expect(availabilityRequests.length).toBe(2);
    expect(e.requestsSentBy('availability')).toBe(2);
  });

  it('asks for at most 2 000 users a request (what the instance takes), and says so once', async function () {
    const e = engine({ availability: { endpoint: AVAILABILITY } });
    for (let i = 1; i <= 2001; i++) {
      subscriptions.add(e.follow(sysId(0x100000 + i), noop));
    }
    await advance(30);
    expect(availabilityRequests.length).toBe(1);
    expect((availabilityRequests[0].body as { users: string[] }).users.length).toBe(2000);
    await advance(60000);
    expect(availabilityRequests.length).toBe(2);
    expect(
      logs.filter(function (line) {
        return line.indexOf('availability for the first 2000 of 2001 users only') >= 0;
      }).length
    ).toBe(1);
  });

  it('starts again when dots come back after every one had gone', async function () {
    const e = engine({ availability: { endpoint: AVAILABILITY } });
    const first = new Subscription(e.follow(A, noop));
    await advance(30);
    expect(availabilityRequests.length).toBe(1);
    first.unsubscribe();
    await advance(120000);
    expect(availabilityRequests.length).toBe(1);
    const a = record(e, A);
    await advance(30);
    expect(availabilityRequests.length).toBe(2);
    expect(last(a).status).toBe('busy');
  });

  it('reads a value it does not know as unknown, reported once: the user shows activity only', async function () {
    const e = engine({ availability: { endpoint: AVAILABILITY } });
    instance.activeAgo(40000, B);
    const b = record(e, B);
    await advance(30);
    await advance(120000);
    expect(last(b).availability).toBeUndefined();
    expect(
      logs.filter(function (l) {
        return l.indexOf('availability napping') >= 0;
      }).length
    ).toBe(1);
  });

  it('turns only itself off on 404, with one line saying what to check: the activity dots go on', async function () {
    availabilityAnswer = function () {
      return jsonAnswer('', 404);
    };
    const e = engine({ availability: { endpoint: AVAILABILITY } });
    instance.responder = function () {
      instance.activeAgo(0, A);
      return instance.answer();
    };
    const a = record(e, A);
    await advance(30);
    await advance(10 * 60000);
    expect(availabilityRequests.length).toBe(1);
    expect(logs.length).toBe(1);
    expect(logs[0]).toContain(
      '[sp-presence] the availability endpoint ' +
        AVAILABILITY +
        ' answered 404; availability is off for this page (the activity dots go on)'
    );
    expect(logs[0]).toContain('update set is committed');
    expect(logs[0]).toContain('/api/<company code>/sp_presence/availability');
    const diagnosis = e.report().sources.availability as {
      state: string;
      endpoint: string;
      lastFailure: { kind: string; message: string };
    };
    expect(diagnosis.state).toBe('off');
    expect(diagnosis.endpoint).toBe(AVAILABILITY);
    expect(diagnosis.lastFailure.kind).toBe('gone');
    expect(diagnosis.lastFailure.message).toContain('company code');
    expect(instance.requests.length).toBeGreaterThan(10);
    expect(last(a).status).toBe('online');
  });

  it('leaves activity untouched when it fails, and activity failing leaves availability', async function () {
    availabilityAnswer = function () {
      return jsonAnswer('', 500);
    };
    const e = engine({ availability: { endpoint: AVAILABILITY } });
    instance.activeAgo(0, A);
    const a = record(e, A);
    await advance(30);
    expect(last(a).status).toBe('online');
    expect(last(a).stale).toBe(false);

    availabilityAnswer = function () {
      return jsonAnswer({ result: { users: { [A]: { availability: 'dnd', vendor: 'teams' } } } });
    };
    instance.responder = function () {
      return jsonAnswer('', 503);
    };
    await advance(3 * 60000);
    expect(last(a).status).toBe('dnd');
  });

  it('drops an availability older than two intervals, falling back to activity', async function () {
    const e = engine({ availability: { endpoint: AVAILABILITY, intervalMs: 30000 } });
    instance.activeAgo(0, A);
    instance.responder = function () {
      instance.activeAgo(0, A);
      return instance.answer();
    };
    const a = record(e, A);
    await advance(30);
    expect(last(a).status).toBe('busy');
    availabilityAnswer = function () {
      return jsonAnswer('', 500);
    };
    await advance(59000);
    expect(last(a).status).toBe('busy'); // one failed attempt: still fresh enough
    await advance(30000);
    expect(last(a).status).toBe('online');
  });

  it('drops an availability the instance itself holds for more than two intervals (the vendor is down)', async function () {
    availabilityAnswer = function () {
      return jsonAnswer({
        result: {
          vendor: 'teams',
          takenAt: T - 120001,
          serverTime: T,
          users: { [A]: { availability: 'busy', vendor: 'teams' } }
        }
      });
    };
    const e = engine({ availability: { endpoint: AVAILABILITY } });
    instance.activeAgo(40000, A);
    const a = record(e, A);
    await advance(30);
    expect(last(a).availability).toBeUndefined();
    expect((e.report().sources.availability as { snapshotAgeMs: number }).snapshotAgeMs).toBe(120001);
  });

  it('shows only what the instance answers: a user who hides presence is absent and shows activity', async function () {
    availabilityAnswer = function () {
      return jsonAnswer({ result: { vendor: 'ringcentral', takenAt: T, serverTime: T, users: {} } });
    };
    const e = engine({ availability: { endpoint: AVAILABILITY } });
    instance.activeAgo(40000, A);
    const a = record(e, A);
    await advance(30);
    expect(last(a).status).toBe('away');
    expect(last(a).availability).toBeUndefined();
  });

  it('reads each entry as untrusted: a bad vendor, activity or shape is skipped and named', async function () {
    availabilityAnswer = function () {
      return jsonAnswer({
        result: {
          users: {
            [A]: { availability: 'busy', activity: '<script>', vendor: 'teams' },
            [B]: { availability: 'busy', vendor: 'slack' }
          }
        }
      });
    };
    const e = engine({ availability: { endpoint: AVAILABILITY } });
    const a = record(e, A);
    const b = record(e, B);
    await advance(30);
    expect(last(a).availability).toBeUndefined();
    expect(last(b).availability).toBeUndefined();
    expect(
      logs.some(function (l) {
        return l.indexOf('activity <script>') >= 0;
      })
    ).toBe(true);
    expect(
      logs.some(function (l) {
        return l.indexOf('vendor slack') >= 0;
      })
    ).toBe(true);
  });

  it("passes the server half's state to diagnose()", async function () {
    availabilityAnswer = function () {
      return jsonAnswer({
        result: {
          vendor: 'teams',
          takenAt: T,
          serverTime: T,
          users: {},
          server: {
            vendor: 'teams',
            enabled: true,
            lastRefresh: T,
            usersMapped: 12,
            lastFailure: { at: T - 5, status: 429, message: 'slow down' },
            off: '',
            notes: []
          }
        }
      });
    };
    const e = engine({ availability: {} });
    record(e, A);
    await advance(30);
    expect(availabilityRequests[0].endpoint).toBe(AVAILABILITY);
    const server = (
      e.report().sources.availability as { server: { usersMapped: number; lastFailure: { status: number } } }
    ).server;
    expect(server.usersMapped).toBe(12);
    expect(server.lastFailure.status).toBe(429);
  });

  it('is asked by the leader tab alone, and shared with the other tabs for what they watch', async function () {
    const bus = new FakeTabBus();
    const tab = function () {
      return engine({ availability: { endpoint: AVAILABILITY, intervalMs: 60000 } }, bus);
    };
    const one = tab();
    subscriptions.add(one.follow(B, noop));
    await advance(5);
    const two = tab();
    const a = record(two, A);
    for (let t = 0; t < 70; t++) {
      await advance(1000);
    }
    expect(
      availabilityRequests.every(function (r) {
        return (r.body as { users: string[] }).users.indexOf(A) >= 0;
      })
    ).toBe(true);
    expect(availabilityRequests.length).toBe(2); // one per interval for both tabs: at start, and 60 s later
    expect(two.requestsSentBy('availability')).toBe(0);
    expect(last(a).status).toBe('busy');
    expect(last(a).availability).toEqual({ state: 'busy', activity: 'inAMeeting', source: 'teams' });
  });

  it('refuses a bad configuration, naming it', function () {
    expect(function () {
      engine({ availability: { endpoint: 'https://evil.test/x' } });
    }).toThrowError(/availability.endpoint must be a path/);
    expect(function () {
      engine({ availability: { endpoint: AVAILABILITY, intervalMs: 5000 } });
    }).toThrowError(/availability.intervalMs must be a number from 30000/);
  });
});
