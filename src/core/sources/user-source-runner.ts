/**
 * Runs a per-user source for the engine: configures it from the page settings, applies its
 * values to the board and, in the leader tab, sends the other tabs the values of the users
 * they watch (nothing when no other tab listens); a follower applies what the leader sent.
 */
import { Source, SourceContext } from './source';
import { UserSourceSpec } from './user-source';

export function runUserSource<T>(spec: UserSourceSpec<T>, context: SourceContext): Source {
  const leads = function () {
    const tabs = context.tabs();
    return !!tabs && tabs.isLeader;
  };
  /** What was applied last (emitted here or shared by the leader), for updates of one user. */
  let last = new Map<string, T>();
  const apply = function (values: Map<string, T>) {
    last = values;
    spec.apply(context.board, values);
  };
  const share = function (values: Map<string, T>) {
    const tabs = context.tabs();
    const remote = new Set(tabs && tabs.isLeader ? tabs.remoteIds() : []);
    if (!tabs || remote.size === 0) {
      return;
    }
    const entries: { user: string; value: unknown }[] = [];
    values.forEach(function (value, user) {
      if (remote.has(user)) {
        entries.push({ user: user, value: value });
      }
    });
    tabs.publish({ kind: 'facts', source: spec.name, entries: entries });
  };
  const source = spec.create({
    transport: context.transport,
    scheduler: context.scheduler,
    random: context.random,
    log: context.log,
    timeoutMs: function () { return context.settings().timeoutMs; },
    ids: context.ids,
    mayAsk: context.mayAsk,
    emit: function (values) {
      apply(values);
      share(values);
    }
  });
  return {
    name: spec.name,
    start: function () { source.configure(spec.config(context.settings())); },
    wake: function (event) {
      if (event === 'settings') {
        source.configure(spec.config(context.settings()));
      } else if (event === 'leadership' || event === 'active' || event === 'inactive') {
        // Only these change whether it may ask; users are read when it asks.
        source.wake();
      }
    },
    receiveShared: function (result) {
      if (result.kind !== 'facts' || result.source !== spec.name || leads()) {
        return;
      }
      // Every value read by this source, or nothing taken.
      const values = new Map<string, T>();
      for (let i = 0; i < result.entries.length; i++) {
        const value = spec.readValue(result.entries[i].value);
        if (value === undefined) {
          return;
        }
        values.set(result.entries[i].user, value);
      }
      apply(values);
    },
    update: function (user, raw) {
      const value = spec.readValue(raw);
      if (value !== undefined) {
        const values = new Map(last);
        values.set(user, value);
        apply(values);
      }
    },
    stop: function () { source.stop(); },
    get requestsSent() { return source.requestsSent; }
  };
}
