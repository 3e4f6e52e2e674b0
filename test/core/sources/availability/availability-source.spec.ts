import { Subscription } from 'rxjs';
import { PresenceEngine } from '../../../../src/core/engine';
import { HttpAnswer } from '../../../../src/core/protocol';
import { Presence } from '../../../../src/core/status-board';
import { PresenceRequest } from '../../../../src/core/transport';
import { FakeInstance, jsonAnswer, sysId } from '../../../helpers/fake-instance';
import { FakeTabBus } from '../../../helpers/fake-tabs';
import { recordPresence, sourceEngine } from '../../../helpers/source-engine';
import { advanceInSteps as advance, installClock, uninstallClock } from '../../../helpers/time';

const A = sysId(0xa7);
const B = sysId(0xb7);
const AVAILABILITY = '/api/x_acme/presence/availability';

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
      return jsonAnswer({ result: { vendor: 'teams', users: { [A]: { availability: 'Busy', activity: 'InAMeeting' }, [B]: { availability: 'Napping' } } } });
    };
    logs = [];
    subscriptions = new Subscription();
  });

  afterEach(function () {
    subscriptions.unsubscribe();
    uninstallClock();
  });

  function engine(settings?: object, tabs?: FakeTabBus): PresenceEngine {
    return sourceEngine(instance, { path: AVAILABILITY, requests: availabilityRequests, answer: function () { return availabilityAnswer(); } }, settings, logs, tabs);
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
    const e = engine({ availability: { endpoint: AVAILABILITY, vendor: 'teams' } });
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

  it('starts again when dots come back after every one had gone', async function () {
    const e = engine({ availability: { endpoint: AVAILABILITY, vendor: 'teams' } });
    const first = e.watch(A).subscribe();
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

  it('reads an unknown vendor value as unknown, reported once: the user shows activity only', async function () {
    const e = engine({ availability: { endpoint: AVAILABILITY, vendor: 'teams' } });
    instance.activeAgo(40000, B);
    const b = record(e, B);
    await advance(30);
    await advance(120000);
    expect(last(b).availability).toBeUndefined();
    expect(logs.filter(function (l) { return l.indexOf('Napping') >= 0; }).length).toBe(1);
  });

  it('turns only itself off on 404, with one line: the activity dots go on', async function () {
    availabilityAnswer = function () { return jsonAnswer('', 404); };
    const e = engine({ availability: { endpoint: AVAILABILITY, vendor: 'teams' } });
    instance.responder = function () { instance.activeAgo(0, A); return instance.answer(); };
    const a = record(e, A);
    await advance(30);
    await advance(10 * 60000);
    expect(availabilityRequests.length).toBe(1);
    expect(logs).toEqual(['[sp-presence] the availability endpoint ' + AVAILABILITY + ' answered 404; availability is off for this page (the activity dots go on)']);
    expect(instance.requests.length).toBeGreaterThan(10);
    expect(last(a).status).toBe('online');
  });

  it('leaves activity untouched when it fails, and activity failing leaves availability', async function () {
    availabilityAnswer = function () { return jsonAnswer('', 500); };
    const e = engine({ availability: { endpoint: AVAILABILITY, vendor: 'teams' } });
    instance.activeAgo(0, A);
    const a = record(e, A);
    await advance(30);
    expect(last(a).status).toBe('online');
    expect(last(a).stale).toBe(false);

    availabilityAnswer = function () { return jsonAnswer({ result: { users: { [A]: { availability: 'DoNotDisturb' } } } }); };
    instance.responder = function () { return jsonAnswer('', 503); };
    await advance(3 * 60000);
    expect(last(a).status).toBe('dnd');
  });

  it('drops an availability older than two intervals, falling back to activity', async function () {
    const e = engine({ availability: { endpoint: AVAILABILITY, vendor: 'teams', intervalMs: 30000 } });
    instance.activeAgo(0, A);
    instance.responder = function () { instance.activeAgo(0, A); return instance.answer(); };
    const a = record(e, A);
    await advance(30);
    expect(last(a).status).toBe('busy');
    availabilityAnswer = function () { return jsonAnswer('', 500); };
    await advance(59000);
    expect(last(a).status).toBe('busy'); // one failed attempt: still fresh enough
    await advance(30000);
    expect(last(a).status).toBe('online');
  });

  it('never shows what a RingCentral user hides', async function () {
    availabilityAnswer = function () {
      return jsonAnswer({ result: { vendor: 'ringcentral', users: { [A]: { userStatus: 'Busy', dndStatus: 'DoNotAcceptAnyCalls', allowSeeMyPresence: false } } } });
    };
    const e = engine({ availability: { endpoint: AVAILABILITY, vendor: 'teams' } });
    instance.activeAgo(40000, A);
    const a = record(e, A);
    await advance(30);
    expect(last(a).status).toBe('away');
    expect(last(a).availability).toBeUndefined();
  });

  it('is asked by the leader tab alone, and shared with the other tabs for what they watch', async function () {
    const bus = new FakeTabBus();
    const tab = function () {
      return engine({ availability: { endpoint: AVAILABILITY, vendor: 'teams', intervalMs: 60000 } }, bus);
    };
    const one = tab();
    subscriptions.add(one.watch(B).subscribe());
    await advance(5);
    const two = tab();
    const a = record(two, A);
    for (let t = 0; t < 70; t++) {
      await advance(1000);
    }
    expect(availabilityRequests.every(function (r) { return (r.body as { users: string[] }).users.indexOf(A) >= 0; })).toBe(true);
    expect(availabilityRequests.length).toBe(2); // one per interval for both tabs: at start, and 60 s later
    expect(two.requestsSentBy('availability')).toBe(0);
    expect(last(a).status).toBe('busy');
    expect(last(a).availability).toEqual({ state: 'busy', activity: 'inAMeeting', source: 'teams' });
  });

  it('refuses a bad configuration, naming it', function () {
    expect(function () { engine({ availability: { endpoint: 'https://evil.test/x', vendor: 'teams' } }); }).toThrowError(/availability.endpoint must be a path/);
    expect(function () { engine({ availability: { endpoint: AVAILABILITY, vendor: 'slack' } }); }).toThrowError(/availability.vendor must be one of teams, ringcentral, symphony \(got "slack"\)/);
    expect(function () { engine({ availability: { endpoint: AVAILABILITY, vendor: 'teams', intervalMs: 5000 } }); }).toThrowError(/availability.intervalMs must be a number from 30000/);
  });
});
