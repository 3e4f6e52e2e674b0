import { Subject, Subscription } from 'rxjs';
import { PresenceEngine } from '../../src/core/engine';
import { EngineOptions } from '../../src/core/engine-options';
import { CLOCK_KEY } from '../../src/core/server-clock';
import { MAX_SHARED_CHARS, SHARED_CACHE_KEY } from '../../src/core/shared-cache';
import { SharedResult } from '../../src/core/shared-result';
import { StatusBoard } from '../../src/core/status-board';
import { TabMessage } from '../../src/core/tab-messages';
import { Described, recordPresence } from '../helpers/described';
import { FakeInstance, sysId } from '../helpers/fake-instance';
import { FakeTabBus } from '../helpers/fake-tabs';
import { MemoryStore } from '../helpers/memory-store';
import { advance, installClock, settle, uninstallClock } from '../helpers/time';

const A = sysId(0x2a);
const B = sysId(0x2b);
const INTERVAL = 15000;

/** Answers that come from elsewhere in the browser: the platform's client, the shared cache. */
describe('PresenceEngine: answers from anywhere in the browser', function () {
  let instance: FakeInstance;
  let store: MemoryStore;
  let platform$: Subject<unknown>;
  let storeChanged$: Subject<void>;
  let logs: string[];
  let subscriptions: Subscription;

  beforeEach(function () {
    installClock();
    instance = new FakeInstance();
    store = new MemoryStore();
    platform$ = new Subject<unknown>();
    storeChanged$ = new Subject<void>();
    logs = [];
    subscriptions = new Subscription();
  });

  afterEach(function () {
    subscriptions.unsubscribe();
    uninstallClock();
  });

  function engine(extra?: Partial<EngineOptions>): PresenceEngine {
    return new PresenceEngine({
      transport: instance.transport,
      store: store,
      platform$: platform$,
      storeChanged$: storeChanged$,
      log: function (line) {
        logs.push(line);
      },
      random: function () {
        return 0.5;
      },
      ...extra
    });
  }

  function record(e: PresenceEngine, id: unknown): Described[] {
    return recordPresence(subscriptions, e, id);
  }

  /** What the platform's client emits: its presenceArray, entries with its own status field. */
  function platformEmits(): void {
    platform$.next(
      Object.keys(instance.lastOn).map(function (id) {
        return { user: id, last_on: instance.lastOn[id], status: 'offline' };
      })
    );
  }

  function shareAnswer(savedAgoMs: number): void {
    const presenceArray = Object.keys(instance.lastOn).map(function (id) {
      return { user: id, last_on: instance.lastOn[id] };
    });
    store.items[SHARED_CACHE_KEY] = JSON.stringify({ saved: Date.now() - savedAgoMs, presenceArray: presenceArray });
  }

  it("sends no request of its own while the platform's client emits an answer every interval", async function () {
    const e = engine();
    instance.activeAgo(0, A);
    const a = record(e, A);
    await advance(30);
    expect(instance.requests.length).toBe(1); // the server clock: once
    // The platform's client runs on its own schedule: here a second after our poll.
    await advance(1000);
    platformEmits();
    for (let t = 0; t < 8; t++) {
      await advance(INTERVAL);
      instance.activeAgo(t % 2 === 0 ? 40000 : 0, A);
      platformEmits();
    }
    expect(instance.requests.length).toBe(1);
    expect(a).toEqual(['online', 'away', 'online', 'away', 'online', 'away', 'online', 'away', 'online']);
    expect(e.requestsSent).toBe(1);
  });

  it('polls again when the platform stops emitting, after half an interval of grace', async function () {
    const e = engine();
    instance.activeAgo(0, A);
    record(e, A);
    await advance(30);
    await advance(INTERVAL - 1000);
    platformEmits();
    await advance(1.5 * INTERVAL - 1);
    expect(instance.requests.length).toBe(1);
    await advance(1);
    expect(instance.requests.length).toBe(2);
  });

  it('takes "no information" (a null or empty list) for nothing, not for everyone offline', async function () {
    const e = engine();
    instance.activeAgo(0, A);
    const a = record(e, A);
    await advance(30);
    platform$.next(null);
    platform$.next([]);
    expect(a).toEqual(['online']);
  });

  it('keeps statuses right from platform answers alone when the browser clock is 10 minutes ahead', async function () {
    instance.serverAheadMs = -600000;
    const e = engine();
    instance.activeAgo(120000, B);
    const a = record(e, A);
    await advance(30); // our one poll: the skew
    await advance(1000); // the platform's client runs on its own schedule
    platformEmits();
    for (let t = 0; t < 20; t++) {
      await advance(INTERVAL);
      platformEmits();
    }
    expect(a).toEqual(['offline']);
    instance.activeAgo(20000, A);
    platformEmits();
    expect(a).toEqual(['offline', 'online']);
    await advance(INTERVAL);
    platformEmits();
    expect(a).toEqual(['offline', 'online', 'away']);
    expect(instance.requests.length).toBe(1);
  });

  it('waits for its first own answer (the server clock) before reading platform answers', async function () {
    instance.serverAheadMs = -600000;
    let release: (() => void) | undefined;
    instance.responder = function () {
      return new Promise(function (resolve) {
        release = function () {
          resolve(instance.answer());
        };
      });
    };
    const e = engine();
    instance.activeAgo(0, A);
    const a = record(e, A);
    await advance(30);
    platformEmits(); // last_on on the server clock: 10 minutes "ago" for the browser
    expect(a).toEqual([]);
    (release as () => void)();
    await advance(0);
    expect(a).toEqual(['online']);
  });

  it('polls once itself when the shared clock is more than an hour old', async function () {
    const e = engine();
    instance.activeAgo(0, B);
    record(e, A);
    await advance(30);
    for (let t = 0; t < 240; t++) {
      await advance(INTERVAL);
      platformEmits();
    }
    expect(instance.requests.length).toBe(2); // at start, and once the hour had passed
  });

  describe('the shared cache', function () {
    function measuredClock(): void {
      store.items[CLOCK_KEY] = JSON.stringify({ skewMs: 0, at: Date.now() });
    }

    it('makes no request while a fresh shared answer is there (written by a UI16 tab)', async function () {
      measuredClock();
      instance.activeAgo(0, A);
      shareAnswer(1000);
      const e = engine();
      const a = record(e, A);
      await advance(30);
      expect(a).toEqual(['online']);
      expect(instance.requests.length).toBe(0);
      await advance(INTERVAL - 1030);
      instance.activeAgo(40000, A);
      shareAnswer(0);
      storeChanged$.next();
      expect(a).toEqual(['online', 'away']);
      expect(instance.requests.length).toBe(0);
    });

    it('shows a fresh shared answer as soon as the mounting task ends, before any timer or request', async function () {
      measuredClock();
      instance.activeAgo(0, A);
      instance.activeAgo(45000, B);
      shareAnswer(1000);
      const e = engine();
      const applied = spyOn((e as unknown as { board: StatusBoard }).board, 'applyToAll').and.callThrough();
      const a = record(e, A);
      const b = record(e, B);
      expect(a).toEqual([]);
      await settle(); // microtasks only: the fake clock has not moved
      expect(a).toEqual(['online']);
      expect(b).toEqual(['away']);
      expect(applied.calls.count()).toBe(1); // taken once, not applied again as the latest answer
      await advance(INTERVAL - 1000);
      expect(instance.requests.length).toBe(0);
    });

    it('waits for its own poll when the shared answer cannot be read yet (no server clock)', async function () {
      instance.activeAgo(45000, A);
      shareAnswer(1000);
      instance.activeAgo(0, A);
      const e = engine();
      const a = record(e, A);
      await settle();
      // Asked at once (no tab of this browser polls), and the unreadable shared answer never shown.
      expect(instance.requests.length).toBe(1);
      expect(a).toEqual(['online']);
    });

    it("asks as soon as the first dots' task ends when no tab of this browser polls, without waiting for the tab group's join", async function () {
      instance.activeAgo(0, A);
      store.items[CLOCK_KEY] = JSON.stringify({ skewMs: 0, at: Date.now() - 3 * INTERVAL });
      const e = engine({ tabs: new FakeTabBus().channel<TabMessage<SharedResult>>() });
      const a = record(e, A);
      const b = record(e, B);
      expect(instance.requests.length).toBe(0); // still the mounting task
      await settle();
      expect(instance.requests.length).toBe(1);
      expect(a).toEqual(['online']);
      expect(b).toEqual(['offline']);
      await advance(30);
      expect(instance.requests.length).toBe(1);
    });

    it("waits for the mounts' window and the join when a tab of this browser polled within two intervals", async function () {
      instance.activeAgo(0, A);
      store.items[CLOCK_KEY] = JSON.stringify({ skewMs: 0, at: Date.now() - INTERVAL });
      const e = engine({ tabs: new FakeTabBus().channel<TabMessage<SharedResult>>() });
      const a = record(e, A);
      await settle();
      expect(instance.requests.length).toBe(0);
      await advance(30);
      expect(instance.requests.length).toBe(1);
      expect(a).toEqual(['online']);
    });

    it('polls when the shared answer is stale, and writes its own in the platform format', async function () {
      measuredClock();
      instance.activeAgo(0, A);
      shareAnswer(INTERVAL);
      const e = engine();
      record(e, A);
      await advance(30);
      expect(instance.requests.length).toBe(1);
      const written = JSON.parse(store.items[SHARED_CACHE_KEY]);
      expect(Object.keys(written).sort()).toEqual(['presenceArray', 'saved']);
      expect(written.saved).toBe(Date.now());
      expect(written.presenceArray).toEqual([{ user: A, last_on: instance.lastOn[A] }]);
    });

    it('does not write an answer too large for localStorage: it would be serialised only to be refused', async function () {
      measuredClock();
      shareAnswer(INTERVAL); // another client reads it
      for (let i = 0; i < 90000; i++) {
        instance.activeAgo(0, sysId(0x100000 + i));
      }
      const e = engine();
      record(e, A);
      await advance(30);
      expect(instance.requests.length).toBe(1);
      expect(e.report().answerBytes as number).toBeGreaterThan(MAX_SHARED_CHARS);
      // Still the other client's: ours was too large to write.
      expect(JSON.parse(store.items[SHARED_CACHE_KEY]).saved).toBe(Date.now() - 30 - INTERVAL);
    });

    it('writes its answer there only once another client of the browser is known to read it', async function () {
      measuredClock();
      instance.activeAgo(0, A);
      const e = engine();
      record(e, A);
      await advance(30);
      expect(instance.requests.length).toBe(1);
      expect(store.items[SHARED_CACHE_KEY]).toBeUndefined();
      // A UI16 tab polls and writes: from then on our answers save its polls.
      shareAnswer(INTERVAL);
      const foreign = JSON.parse(store.items[SHARED_CACHE_KEY]).saved;
      storeChanged$.next();
      for (let t = 0; t < INTERVAL; t += 1000) {
        await advance(1000);
      }
      expect(instance.requests.length).toBe(2);
      const saved = JSON.parse(store.items[SHARED_CACHE_KEY]).saved;
      expect(saved).toBeGreaterThan(foreign + INTERVAL);
    });

    it('ignores a corrupt or foreign value and polls', async function () {
      measuredClock();
      store.items[SHARED_CACHE_KEY] = '{"saved":"soon","presenceArray":"everyone"}';
      const e = engine();
      const a = record(e, A);
      await advance(30);
      expect(instance.requests.length).toBe(1);
      expect(a).toEqual(['offline']);
      expect(logs).toEqual([]);
    });

    it('reads it on each look: a fresh one written since the last answer saves the next poll', async function () {
      const e = engine();
      instance.activeAgo(0, A);
      record(e, A);
      await advance(30);
      await advance(INTERVAL - 100);
      shareAnswer(0); // no storage event: e.g. written by this very page's platform client
      await advance(100);
      expect(instance.requests.length).toBe(1);
    });
  });

  describe('PRESENCE_DISABLED', function () {
    it('sends nothing, shows every user offline and says why once', async function () {
      const e = engine({ disabled: true });
      instance.activeAgo(0, A, B);
      const a = record(e, A);
      const b = record(e, B);
      platformEmits();
      await advance(10 * INTERVAL);
      expect(instance.requests.length).toBe(0);
      expect(a).toEqual(['offline']);
      expect(b).toEqual(['offline']);
      expect(logs.length).toBe(1);
      expect(logs[0]).toContain('PRESENCE_DISABLED');
    });
  });

  describe('diagnose', function () {
    it('polls once and reports what it showed', async function () {
      const e = engine();
      instance.serverAheadMs = 2000;
      instance.activeAgo(0, A, B);
      record(e, A);
      await advance(30);
      let report: unknown;
      e.diagnose().then(function (r) {
        report = r;
      });
      await advance(0);
      expect(instance.requests.length).toBe(2);
      expect(report).toEqual(
        jasmine.objectContaining({
          disabled: false,
          httpStatus: 201,
          shapeRecognised: true,
          usersPresent: 2,
          watched: 1,
          clockSkewMs: 2000,
          pollingTab: true,
          lastAnswerSource: 'request',
          lastFailure: undefined
        })
      );
    });

    it('reports the last failure with its kind, and presence disabled without a request', async function () {
      const failing = engine();
      instance.responder = function () {
        return Promise.resolve({ status: 500, contentType: 'text/plain', body: 'x', retryAfter: null });
      };
      record(failing, A);
      await advance(30);
      let report: { lastFailure?: { kind: string }; httpStatus?: number } | undefined;
      failing.diagnose().then(function (r) {
        report = r;
      });
      await advance(0);
      expect(report!.httpStatus).toBe(500);
      expect(report!.lastFailure!.kind).toBe('server');

      let disabledReport: { disabled?: boolean } | undefined;
      engine({ disabled: true })
        .diagnose()
        .then(function (r) {
          disabledReport = r;
        });
      await advance(0);
      expect(disabledReport!.disabled).toBe(true);
      expect(instance.requests.length).toBe(1);
    });
  });
});
