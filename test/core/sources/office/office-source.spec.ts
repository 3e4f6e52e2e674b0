import { noop, Subscription } from 'rxjs';
import { PresenceEngine } from '../../../../src/core/engine';
import { HttpAnswer } from '../../../../src/core/protocol';
import { WSD_COLLABORATORS } from '../../../../src/core/sources/office/office-source';
import { OFFICE_SOURCE } from '../../../../src/core/sources/office/office-spec';
import { Presence } from '../../../../src/core/presence';
import { PresenceRequest } from '../../../../src/core/transport';
import { FakeInstance, jsonAnswer, sysId } from '../../../helpers/fake-instance';
import { FakeTabBus } from '../../../helpers/fake-tabs';
import { recordPresence, sourceEngine } from '../../../helpers/source-engine';
import { advanceInSteps as advance, installClock, uninstallClock } from '../../../helpers/time';

const BETH = sysId(0xbe);
const PRIVATE = sysId(0x9a);
const STRANGER = sysId(0x57);
const MINUTE = 60000;

describe('the office-days source', function () {
  let instance: FakeInstance;
  let officeRequests: PresenceRequest[];
  let officeAnswer: () => HttpAnswer;
  let logs: string[];
  let subscriptions: Subscription;

  beforeEach(function () {
    installClock();
    instance = new FakeInstance();
    instance.activeAgo(0, BETH, PRIVATE, STRANGER);
    officeRequests = [];
    officeAnswer = function () {
      const today = new Date();
      const date =
        today.getFullYear() + '-' + ('0' + (today.getMonth() + 1)).slice(-2) + '-' + ('0' + today.getDate()).slice(-2);
      return jsonAnswer({
        result: {
          count: 2,
          collaborators: [
            {
              sys_id: BETH,
              name: 'Beth Anglin',
              privacy_enabled: false,
              routine: { monday: false, tuesday: true, sunday: true },
              exceptions: [{ sys_id: 'e1', date: date, in_office: true, origin: 'user', location: 'Building B' }]
            },
            { sys_id: PRIVATE, name: 'Private Person', privacy_enabled: true, routine: null, exceptions: [] }
          ]
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

  /** An engine without the office source (a page without spPresenceWorkplace). */
  function bareEngine(officeDays: boolean, tabs?: FakeTabBus): PresenceEngine {
    return sourceEngine(
      instance,
      {
        path: WSD_COLLABORATORS,
        requests: officeRequests,
        answer: function () {
          return officeAnswer();
        }
      },
      { officeDays: officeDays },
      logs,
      tabs
    );
  }

  /** With the source added, as spPresenceWorkplace adds it. */
  function engine(officeDays: boolean, tabs?: FakeTabBus): PresenceEngine {
    const e = bareEngine(officeDays, tabs);
    e.addSource(OFFICE_SOURCE);
    return e;
  }

  function record(e: PresenceEngine, id: string): Presence[] {
    return recordPresence(subscriptions, e, id);
  }

  function last(seen: Presence[]): Presence {
    return seen[seen.length - 1];
  }

  it('sends no request, and tells no office day, unless office days are shown', async function () {
    const beth = record(engine(false), BETH);
    await advance(2 * MINUTE);
    expect(officeRequests.length).toBe(0);
    expect(last(beth).office).toBeUndefined();
    expect(instance.requests.length).toBeGreaterThan(0);
  });

  it('is not run until added, and starts at once when added while dots are watched; added twice, it runs once', async function () {
    const e = bareEngine(true);
    const beth = record(e, BETH);
    await advance(2 * MINUTE);
    expect(officeRequests.length).toBe(0);
    expect(last(beth).office).toBeUndefined();
    e.addSource(OFFICE_SOURCE);
    e.addSource(OFFICE_SOURCE);
    await advance(1000);
    expect(officeRequests.length).toBe(1);
    expect(last(beth).office).toEqual({ following: true, inOffice: true, location: 'Building B' });
    expect(e.requestsSentBy('office')).toBe(1);
  });

  it("asks once on first need, with a GET and no user_id, and tells today's state; privacy and strangers tell nothing", async function () {
    const e = engine(true);
    const beth = record(e, BETH);
    const hidden = record(e, PRIVATE);
    const stranger = record(e, STRANGER);
    await advance(1000);
    expect(officeRequests.length).toBe(1);
    expect(officeRequests[0].method).toBe('GET');
    expect(officeRequests[0].endpoint).toBe(WSD_COLLABORATORS);
    expect(last(beth).office).toEqual({ following: true, inOffice: true, location: 'Building B' });
    expect(last(hidden).office).toEqual({ following: true });
    expect(last(stranger).office).toEqual({ following: false });
  });

  it('asks at most once every 30 minutes, however many dots come and go', async function () {
    const e = engine(true);
    record(e, BETH);
    await advance(1000);
    for (let i = 0; i < 5; i++) {
      const sub = new Subscription(e.follow(sysId(0x100 + i), noop));
      await advance(MINUTE);
      sub.unsubscribe();
    }
    await advance(24 * MINUTE, 5000);
    expect(officeRequests.length).toBe(1);
    await advance(2 * MINUTE, 5000);
    expect(officeRequests.length).toBe(2);
  });

  it("rolls over at local midnight without a request: today's exception no longer applies", async function () {
    // Monday 23:58, local time: Beth's exception puts her in Building B today; Tuesday her routine says office.
    jasmine.clock().mockDate(new Date(2026, 10, 23, 23, 58, 0));
    const beth = record(engine(true), BETH);
    await advance(1000);
    expect(last(beth).office).toEqual({ following: true, inOffice: true, location: 'Building B' });
    officeAnswer = function () {
      throw new Error('no request expected at midnight');
    };
    await advance(3 * MINUTE, 5000);
    expect(new Date().getDate()).toBe(24);
    expect(last(beth).office).toEqual({ following: true, inOffice: true });
    expect(officeRequests.length).toBe(1);
  });

  [401, 403, 404].forEach(function (status) {
    it(
      status + ' turns the source off for the page: one console line, no retry, and the dots go on',
      async function () {
        officeAnswer = function () {
          return jsonAnswer({ error: { message: 'no' } }, status);
        };
        const beth = record(engine(true), BETH);
        await advance(1000);
        await advance(90 * MINUTE, 5000);
        expect(officeRequests.length).toBe(1);
        expect(
          logs.filter(function (l) {
            return l.indexOf('office days are off') >= 0;
          }).length
        ).toBe(1);
        expect(last(beth).office).toBeUndefined();
        instance.activeAgo(0, BETH);
        await advance(20000);
        expect(last(beth).status).toBe('online');
      }
    );
  });

  it('backs off after a server error, never sooner than 30 minutes', async function () {
    officeAnswer = function () {
      return jsonAnswer('oops', 500);
    };
    record(engine(true), BETH);
    await advance(1000);
    await advance(29 * MINUTE, 5000);
    expect(officeRequests.length).toBe(1);
    expect(logs.length).toBe(1);
  });

  it('is asked by the leader tab alone, and the other tab shows what it shared', async function () {
    const bus = new FakeTabBus();
    const one = engine(true, bus);
    record(one, STRANGER);
    await advance(5000);
    const beth = record(engine(true, bus), BETH);
    await advance(30 * MINUTE + 5000, 5000);
    expect(officeRequests.length).toBe(2);
    expect(last(beth).office).toEqual({ following: true, inOffice: true, location: 'Building B' });
  });

  it('does not ask again when another tab takes the lead (the user switched tabs) before 30 minutes are up', async function () {
    const bus = new FakeTabBus();
    const leader = new Subscription(engine(true, bus).follow(STRANGER, noop));
    await advance(5000);
    const beth = record(engine(true, bus), BETH);
    await advance(20000);
    expect(officeRequests.length).toBe(1);
    // A tab that joins gets what the leader knows at once, not at its next request.
    expect(last(beth).office).toEqual({ following: true, inOffice: true, location: 'Building B' });
    leader.unsubscribe();
    await advance(10 * MINUTE, 5000);
    expect(officeRequests.length).toBe(1);
    expect(last(beth).office).toEqual({ following: true, inOffice: true, location: 'Building B' });
    await advance(21 * MINUTE, 5000);
    expect(officeRequests.length).toBe(2);
  });

  it('shows a follow at once in this tab', async function () {
    const e = engine(true);
    const stranger = record(e, STRANGER);
    await advance(1000);
    e.update('office', STRANGER, { following: true, inOffice: false });
    expect(last(stranger).office).toEqual({ following: true, inOffice: false });
    e.update('office', STRANGER, { following: 'yes' });
    expect(last(stranger).office).toEqual({ following: true, inOffice: false });
  });
});
