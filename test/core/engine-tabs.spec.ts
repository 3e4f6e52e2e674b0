import { BehaviorSubject, Subject, Subscription } from 'rxjs';
import { PresenceEngine } from '../../src/core/engine';
import { SharedResult } from '../../src/core/shared-result';
import { PresenceStatus } from '../../src/core/status';
import { TabMessage } from '../../src/core/tab-messages';
import { FakeInstance, jsonAnswer, sysId } from '../helpers/fake-instance';
import { FakeTabBus } from '../helpers/fake-tabs';
import { advance as jump, installClock, uninstallClock } from '../helpers/time';

const A = sysId(0x1a);
const B = sysId(0x1b);
const INTERVAL = 15000;

interface Tab {
  engine: PresenceEngine;
  /** Requests this tab sent (each tab has its own view of the same instance). */
  instance: FakeInstance;
  active$: BehaviorSubject<boolean>;
  resume$: Subject<void>;
  subscriptions: Subscription;
  seen: { [id: string]: PresenceStatus[] };
}

/**
 * Time passes in small steps, letting answers (promises) and tab messages (tasks) interleave
 * with timers as they do in a browser.
 */
async function advance(ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 50) {
    await jump(Math.min(50, ms - t));
  }
  await jump(0);
  await jump(0);
}

describe('PresenceEngine across tabs', function () {
  let bus: FakeTabBus;
  let lastOn: { [id: string]: number };
  const tabs: Tab[] = [];

  beforeEach(function () {
    installClock();
    bus = new FakeTabBus();
    lastOn = {};
  });

  afterEach(function () {
    tabs.forEach(function (t) {
      t.subscriptions.unsubscribe();
    });
    tabs.length = 0;
    uninstallClock();
  });

  /** Opens a tab whose instance view shares `lastOn` with the others. */
  function openTab(visible?: boolean): Tab {
    const instance = new FakeInstance();
    instance.responder = function () {
      Object.keys(lastOn).forEach(function (id) {
        instance.lastOn[id] = lastOn[id];
      });
      return instance.answer();
    };
    const t: Tab = {
      instance: instance,
      active$: new BehaviorSubject(visible !== false),
      resume$: new Subject<void>(),
      subscriptions: new Subscription(),
      seen: {},
      engine: undefined as unknown as PresenceEngine
    };
    const order = tabs.length;
    t.engine = new PresenceEngine({
      transport: instance.transport,
      tabs: bus.channel<TabMessage<SharedResult>>(),
      signals: { active$: t.active$, resume$: t.resume$ },
      log: function () {
        return undefined;
      },
      random: function () {
        return (order + 1) / 10;
      }
    });
    tabs.push(t);
    return t;
  }

  function watch(t: Tab, id: string): Subscription {
    const list = t.seen[id] || (t.seen[id] = []);
    const s = new Subscription(
      t.engine.follow(id, function (presence) {
        list.push(presence.activity);
      })
    );
    t.subscriptions.add(s);
    return s;
  }

  /** Tab one watching A, then tab two watching B, settled: one leads, two follows. */
  async function twoTabs(): Promise<[Tab, Tab]> {
    const one = openTab();
    watch(one, A);
    await advance(5);
    const two = openTab();
    watch(two, B);
    await advance(1000);
    return [one, two];
  }

  function totalRequests(): number {
    return tabs.reduce(function (n, t) {
      return n + t.instance.requests.length;
    }, 0);
  }

  it('polls from one tab for the users of all tabs, one request per interval', async function () {
    lastOn[A] = Date.now();
    lastOn[B] = Date.now();
    const [one, two] = await twoTabs();
    expect(two.instance.requests.length).toBe(0);
    expect(one.seen[A]).toEqual(['online']);
    expect(two.seen[B]).toEqual(['online']);
    const warmUp = totalRequests();
    await advance(4 * INTERVAL);
    expect(totalRequests() - warmUp).toBe(4);
    expect(two.instance.requests.length).toBe(0);
  });

  it('tells a follower that a user absent from the answer is offline (a one-shot call resolves)', async function () {
    lastOn[A] = Date.now();
    const [, two] = await twoTabs();
    expect(two.instance.requests.length).toBe(0);
    expect(two.seen[B]).toEqual(['offline']); // B is nowhere in the answer: offline, not unknown
  });

  it('hands over when the leader tab closes: the new leader polls when the last answer turns stale', async function () {
    lastOn[B] = Date.now();
    const [one, two] = await twoTabs();
    const lastAnswer = Date.now() - 1000;
    one.subscriptions.unsubscribe(); // its last dot goes: the tab leaves the group
    await advance(0);
    expect(two.instance.requests.length).toBe(0);
    await advance(lastAnswer + INTERVAL - Date.now() + 100);
    expect(two.instance.requests.length).toBe(1);
    await advance(INTERVAL);
    expect(two.instance.requests.length).toBe(2);
  });

  it('takes over within one interval when the leader hangs, so no status is older than two intervals', async function () {
    const [, two] = await twoTabs();
    bus.disconnect(0);
    const hungAt = Date.now();
    while (two.instance.requests.length === 0 && Date.now() - hungAt < 2 * INTERVAL) {
      await advance(100);
    }
    expect(two.instance.requests.length).toBe(1);
    expect(Date.now() - hungAt).toBeLessThanOrEqual(INTERVAL);
  });

  it('follows the leader: a status change reaches the other tab within one interval', async function () {
    lastOn[B] = Date.now() - 120000;
    const [, two] = await twoTabs();
    expect(two.seen[B]).toEqual(['offline']);
    lastOn[B] = Date.now();
    await advance(INTERVAL);
    expect(two.seen[B]).toEqual(['offline', 'online']);
  });

  it('sends nothing while every tab is hidden, and refreshes when one becomes visible', async function () {
    const [one, two] = await twoTabs();
    const before = totalRequests();
    one.active$.next(false);
    two.active$.next(false);
    await advance(5 * INTERVAL);
    expect(totalRequests()).toBe(before);
    two.active$.next(true);
    await advance(10);
    expect(totalRequests()).toBe(before + 1);
    expect(two.instance.requests.length + one.instance.requests.length).toBe(before + 1);
  });

  it('keeps polling for a hidden tab while another tab of the browser is visible', async function () {
    const [one, two] = await twoTabs();
    one.active$.next(false);
    await advance(10);
    const before = totalRequests();
    await advance(2 * INTERVAL);
    expect(totalRequests()).toBe(before + 2);
    expect(two.instance.requests.length).toBeGreaterThan(0); // the visible tab leads now
  });

  it('shares failures: a 404 hides the dots of every tab and no tab asks again', async function () {
    lastOn[A] = Date.now();
    lastOn[B] = Date.now();
    const [one, two] = await twoTabs();
    one.instance.responder = function () {
      return jsonAnswer('', 404);
    };
    two.instance.responder = one.instance.responder;
    await advance(INTERVAL);
    expect(two.seen[B]).toEqual(['online', 'offline']);
    const before = totalRequests();
    one.subscriptions.unsubscribe();
    await advance(5 * INTERVAL);
    expect(totalRequests()).toBe(before);
  });

  it('resumes everywhere after a lost session when the user comes back to any tab', async function () {
    lastOn[A] = Date.now();
    const [one, two] = await twoTabs();
    one.instance.responder = function () {
      return jsonAnswer('', 401);
    };
    await advance(INTERVAL);
    const paused = one.instance.requests.length;
    // Offline from the shared answer (B is absent from it), then unknown once the session is lost.
    expect(two.seen[B].length).toBeGreaterThan(0);
    two.seen[B].forEach(function (status) {
      expect(status).toBe('offline');
    });
    await advance(5 * INTERVAL);
    expect(one.instance.requests.length).toBe(paused);
    expect(two.instance.requests.length).toBe(0);
    one.instance.responder = function () {
      return one.instance.answer();
    };
    lastOn[B] = Date.now();
    one.instance.lastOn[B] = lastOn[B];
    two.resume$.next();
    await advance(10);
    expect(one.instance.requests.length).toBe(paused + 1);
    expect(two.seen[B][two.seen[B].length - 1]).toBe('online');
  });
});
