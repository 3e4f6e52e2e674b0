import { asyncScheduler } from 'rxjs';
import { TabMessage, TabState } from '../../src/core/tab-messages';
import { TabEvents, TabLeader } from '../../src/core/tab-leader';
import { sysId } from '../helpers/fake-instance';

/** Tab ids as newTabId makes them: `a` is older than `b`. */
function tabId(name: string): string {
  return '00000000000' + name + '-x';
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function ignore(): void {
  return undefined;
}

import { FakeTabBus } from '../helpers/fake-tabs';
import { advance, installClock, uninstallClock } from '../helpers/time';

describe('TabLeader', function () {
  let bus: FakeTabBus;
  const leaders: TabLeader<string>[] = [];

  beforeEach(function () {
    installClock();
    bus = new FakeTabBus();
  });

  afterEach(function () {
    leaders.forEach(function (l) {
      l.stop();
    });
    leaders.length = 0;
    uninstallClock();
  });

  /** A tab that starts at once; `events` are the ones a test listens to (the rest go unheard). */
  function tab(id: string, state: TabState, events?: Partial<TabEvents<string>>): TabLeader<string> {
    const leader = new TabLeader<string>({
      channel: bus.channel<TabMessage<string>>(),
      heartbeatMs: 1000,
      leaseMs: 2000,
      joinMs: 50,
      resultLeaseMs: 10000,
      readResult: readString,
      scheduler: asyncScheduler,
      id: tabId(id)
    });
    leader.start(
      {
        ids: function () {
          return state.ids;
        },
        active: function () {
          return state.active;
        }
      },
      Object.assign({ leadership: ignore, result: ignore, peersChanged: ignore, resume: ignore }, events)
    );
    leaders.push(leader);
    return leader;
  }

  it('elects exactly one leader, the oldest tab, after the join window', async function () {
    const a = tab('a', { ids: [sysId(1)], active: true });
    const b = tab('b', { ids: [sysId(2)], active: true });
    const c = tab('c', { ids: [sysId(2), sysId(3)], active: true });
    expect(a.isLeader || b.isLeader || c.isLeader).toBe(false);
    await advance(50);
    expect([a.isLeader, b.isLeader, c.isLeader]).toEqual([true, false, false]);
    expect(a.remoteIds().sort()).toEqual([sysId(2), sysId(2), sysId(3)]);
  });

  it('sends its users only when they changed or a tab joins: a heartbeat of 2 000 dots stays small', async function () {
    const many: string[] = [];
    for (let i = 0; i < 2000; i++) {
      many.push(sysId(i + 1));
    }
    const state = { ids: many, active: true };
    const a = tab('a', state);
    const b = tab('b', { ids: [sysId(9999)], active: true });
    await advance(50);
    const alive = function () {
      return bus.posted.filter(function (m) {
        return (m as TabMessage<string>).type === 'alive' && (m as TabMessage<string>).from === tabId('a');
      }) as { state: { ids?: string[] } }[];
    };
    const sentBefore = alive().length;
    await advance(5000);
    const heartbeats = alive().slice(sentBefore);
    expect(heartbeats.length).toBeGreaterThanOrEqual(4);
    heartbeats.forEach(function (m) {
      expect(m.state.ids).toBeUndefined();
    });
    expect(b.remoteIds().length).toBe(2000);
    state.ids = many.slice(0, 10);
    a.announce();
    await advance(10);
    expect(alive()[alive().length - 1].state.ids).toEqual(many.slice(0, 10));
    expect(b.remoteIds().length).toBe(10);
    const c = tab('c', { ids: [], active: false });
    await advance(60);
    expect(c.remoteIds().length).toBe(11);
  });

  it('asks for the users of a tab it lost track of, once, and keeps its own known to the others', async function () {
    const a = tab('a', { ids: [sysId(1)], active: true });
    const b = tab('b', { ids: [sysId(2)], active: true });
    await advance(50);
    bus.disconnect(1);
    await advance(3000);
    expect(a.remoteIds()).toEqual([]);
    bus.reconnect(1);
    await advance(1000);
    expect(a.remoteIds()).toEqual([sysId(2)]);
    expect(b.remoteIds()).toEqual([sysId(1)]);
    const hellos = bus.posted.filter(function (m) {
      return (m as TabMessage<string>).type === 'hello';
    });
    expect(hellos.length).toBeLessThanOrEqual(4);
  });

  it('prefers a visible tab over an older hidden one', async function () {
    const a = tab('a', { ids: [sysId(1)], active: false });
    const b = tab('b', { ids: [sysId(2)], active: true });
    await advance(50);
    expect([a.isLeader, b.isLeader]).toEqual([false, true]);
    expect(a.anyRemoteActive()).toBe(true);
  });

  it('hands over at once when the leader leaves', async function () {
    const a = tab('a', { ids: [sysId(1)], active: true });
    const b = tab('b', { ids: [sysId(2)], active: true });
    await advance(50);
    a.stop();
    await advance(0);
    expect(b.isLeader).toBe(true);
  });

  it('tells its leadership at start, then only when it changes, and nothing once it has left', async function () {
    const heard: { [tab: string]: boolean[] } = { a: [], b: [] };
    function listener(name: string): Partial<TabEvents<string>> {
      return {
        leadership: function (isLeader) {
          heard[name].push(isLeader);
        }
      };
    }
    const a = tab('a', { ids: [sysId(1)], active: true }, listener('a'));
    tab('b', { ids: [sysId(2)], active: true }, listener('b'));
    expect(heard).toEqual({ a: [false], b: [false] });
    await advance(5000); // the join, then a heartbeat a second: each elects again, with the same answer
    expect(heard).toEqual({ a: [false, true], b: [false] });
    a.stop();
    await advance(5000);
    expect(heard).toEqual({ a: [false, true], b: [false, true] });
    expect(a.isLeader).toBe(false);
  });

  it('tells of other tabs coming, changing and going, and not of their heartbeats', async function () {
    let changes = 0;
    const state = { ids: [sysId(1)], active: true };
    tab(
      'a',
      { ids: [], active: true },
      {
        peersChanged: function () {
          changes++;
        }
      }
    );
    const b = tab('b', state);
    tab('c', { ids: [sysId(3)], active: true });
    await advance(50);
    const joined = changes;
    expect(joined).toBeGreaterThan(0);
    await advance(5000);
    expect(changes).toBe(joined);
    state.active = false;
    b.announce();
    await advance(10);
    expect(changes).toBe(joined + 1);
    b.stop();
    await advance(0);
    expect(changes).toBe(joined + 2);
    bus.disconnect(2); // c hangs: gone when its lease runs out
    await advance(3000);
    expect(changes).toBe(joined + 3);
  });

  it('hands over within the lease when the leader hangs', async function () {
    const a = tab('a', { ids: [sysId(1)], active: true });
    const b = tab('b', { ids: [sysId(2)], active: true });
    await advance(50);
    bus.disconnect(0);
    await advance(2000);
    expect(b.isLeader).toBe(false);
    await advance(1000);
    expect(b.isLeader).toBe(true);
    expect(a.isLeader).toBe(true); // the hung tab cannot know; when it wakes it hears b again
  });

  it('delivers results and resume requests to the other tabs only', async function () {
    const got: string[] = [];
    let resumed = 0;
    const a = tab(
      'a',
      { ids: [], active: true },
      {
        result: function (r) {
          got.push('a saw its own ' + r);
        }
      }
    );
    const b = tab(
      'b',
      { ids: [], active: true },
      {
        result: function (r) {
          got.push(r);
        },
        resume: function () {
          resumed++;
        }
      }
    );
    await advance(50); // a leads: only the leader speaks for the group
    a.publish('snapshot-1');
    b.publish('not the leader');
    a.requestResume();
    await advance(0);
    expect(got).toEqual(['snapshot-1']);
    expect(resumed).toBe(1);
  });

  it('sends changes made together as one message', async function () {
    const state = { ids: [] as string[], active: true };
    const a = tab('a', state);
    await advance(50);
    const before = bus.posted.length;
    for (let i = 0; i < 200; i++) {
      state.ids = state.ids.concat([sysId(i)]);
      a.announce();
    }
    await advance(0);
    await advance(0);
    const sent = bus.posted.slice(before) as { type: string; state: TabState }[];
    expect(sent.length).toBe(1);
    expect(sent[0].state.ids.length).toBe(200);
  });

  it('sends nothing after stop but a goodbye', async function () {
    const a = tab('a', { ids: [], active: true });
    await advance(50);
    a.stop();
    const before = bus.posted.length;
    await advance(10000);
    expect(bus.posted.length).toBe(before);
    expect((bus.posted[before - 1] as { type: string }).type).toBe('bye');
  });

  describe('hostile messages on the channel', function () {
    /** Posts as a third party would: straight onto the bus, not through a TabLeader. */
    function inject(message: unknown): void {
      bus.channel<unknown>().post(message);
    }

    it('keeps electing and polling through junk, and never takes 10 000 hostile ids', async function () {
      const a = tab('a', { ids: [sysId(1)], active: true });
      await advance(50);
      const markup: string[] = [];
      for (let i = 0; i < 10000; i++) {
        markup.push('<img src=x onerror=alert(' + i + ')>');
      }
      inject({ type: 'alive', from: 'zzz', state: null });
      inject({ v: 3, type: 'alive', from: tabId('0'), state: { ids: markup, active: true } });
      inject({
        v: 3,
        type: 'alive',
        from: tabId('0'),
        state: { ids: [sysId(5)].concat(new Array(3000).fill(sysId(6))), active: true }
      });
      await advance(1000);
      expect(a.isLeader).toBe(true);
      expect(a.remoteIds()).toEqual([]);
    });

    it('passes over a tab that would always win but never shares a result', async function () {
      const a = tab('a', { ids: [sysId(1)], active: true });
      await advance(50);
      const fake = { v: 3, type: 'alive', from: tabId('0'), state: { ids: [sysId(7)], active: true } };
      inject(fake);
      await advance(10);
      expect(a.isLeader).toBe(false); // older, visible: it would lead
      for (let t = 0; t < 12; t++) {
        inject(fake); // it keeps saying it is alive
        await advance(1000);
      }
      expect(a.isLeader).toBe(true);
    });
  });
});
