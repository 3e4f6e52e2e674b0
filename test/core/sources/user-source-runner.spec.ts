import { asyncScheduler } from 'rxjs';
import { ServerClock } from '../../../src/core/server-clock';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { SharedResult } from '../../../src/core/shared-result';
import { Source, SourceContext } from '../../../src/core/sources/source';
import { UserSource, UserSourceContext, UserSourceSpec } from '../../../src/core/sources/user-source';
import { runUserSource } from '../../../src/core/sources/user-source-runner';
import { StatusBoard } from '../../../src/core/status-board';
import { TabLeader } from '../../../src/core/tab-leader';

/** A made-up source of per-user numbers, plugged in the way a new source would be. */
describe('runUserSource', function () {
  const A = 'a'.repeat(32);
  const B = 'b'.repeat(32);
  let applied: Map<string, number>[];
  let published: SharedResult[];
  let tabs: { isLeader: boolean; remote: string[] } | undefined;
  let lent: UserSourceContext<number>;
  let configured: unknown[];
  let wakes: number;
  let heard: number;
  let source: Source;

  const spec: UserSourceSpec<number> = {
    name: 'numbers',
    config: function (settings) {
      return settings.intervalMs;
    },
    create: function (context): UserSource {
      lent = context;
      return {
        configure: function (config) {
          configured.push(config);
        },
        wake: function () {
          wakes++;
        },
        stop: function () {
          return undefined;
        },
        heardFromLeader: function () {
          heard++;
        },
        requestsSent: 3
      };
    },
    readValue: function (raw) {
      return typeof raw === 'number' ? raw : undefined;
    },
    apply: function (_board, values) {
      applied.push(values);
    }
  };

  beforeEach(function () {
    applied = [];
    published = [];
    configured = [];
    wakes = 0;
    heard = 0;
    tabs = undefined;
    const context: SourceContext = {
      transport: function () {
        return Promise.reject(new Error('no requests here'));
      },
      scheduler: asyncScheduler,
      random: Math.random,
      log: function () {
        return undefined;
      },
      settings: function () {
        return DEFAULT_SETTINGS;
      },
      board: new StatusBoard(
        asyncScheduler,
        function () {
          return { onlineMs: 1, awayMs: 2 };
        },
        Date.now
      ),
      clock: new ServerClock(undefined),
      store: undefined,
      tabs: function () {
        const t = tabs;
        return (
          t &&
          ({
            isLeader: t.isLeader,
            remoteIds: function () {
              return t.remote;
            },
            publish: function (r: SharedResult) {
              published.push(r);
            }
          } as unknown as TabLeader<SharedResult>)
        );
      },
      ids: function () {
        return [A];
      },
      mayAsk: function () {
        return true;
      },
      mayAskBeforeJoin: function () {
        return true;
      }
    };
    source = runUserSource(spec, context);
  });

  it('configures the source from its part of the settings, on start and on a settings change only', function () {
    source.start();
    source.wake('settings');
    expect(configured).toEqual([DEFAULT_SETTINGS.intervalMs, DEFAULT_SETTINGS.intervalMs]);
    source.wake('mounted');
    source.wake('leadership');
    expect(wakes).toBe(1);
    expect(source.requestsSent).toBe(3);
  });

  it('applies what the source emits, and sends nothing when no other tab listens', function () {
    lent.emit(new Map([[A, 1]]));
    tabs = { isLeader: true, remote: [] };
    lent.emit(new Map([[A, 2]]));
    expect(
      applied.map(function (m) {
        return m.get(A);
      })
    ).toEqual([1, 2]);
    expect(published).toEqual([]);
  });

  it('in the leader, sends the other tabs only the values of the users they watch', function () {
    tabs = { isLeader: true, remote: [B] };
    lent.emit(
      new Map([
        [A, 1],
        [B, 2]
      ])
    );
    expect(published).toEqual([{ kind: 'facts', source: 'numbers', entries: [{ user: B, value: 2 }] }]);
  });

  it("in a follower, applies the leader's values when each reads, and nothing of another source or a bad value", function () {
    tabs = { isLeader: false, remote: [] };
    source.receiveShared({ kind: 'facts', source: 'other', entries: [{ user: A, value: 1 }] });
    source.receiveShared({
      kind: 'facts',
      source: 'numbers',
      entries: [
        { user: A, value: 1 },
        { user: B, value: 'x' }
      ]
    });
    expect(applied).toEqual([]);
    expect(heard).toBe(0);
    source.receiveShared({
      kind: 'facts',
      source: 'numbers',
      entries: [
        { user: A, value: 1 },
        { user: B, value: 2 }
      ]
    });
    expect(applied.length).toBe(1);
    expect(applied[0].get(B)).toBe(2);
    expect(heard).toBe(1);
  });

  it('in the leader, ignores what is shared', function () {
    tabs = { isLeader: true, remote: [] };
    source.receiveShared({ kind: 'facts', source: 'numbers', entries: [{ user: A, value: 1 }] });
    expect(applied).toEqual([]);
  });
});
