/**
 * Runs a per-user source for the engine: configures it from the page settings, applies its
 * values to the board and, in the leader tab, sends the other tabs the values of the users
 * they watch (nothing when no other tab listens), again when a tab with new users joins, so it
 * need not wait for the next request; a follower applies what the leader sent.
 */
import { Subscription } from 'rxjs';
import { after } from '../delay';
import { Source, SourceContext } from './source';
import { UserSourceSpec } from './user-source';

export function runUserSource<T>(spec: UserSourceSpec<T>, context: SourceContext): Source {
  const leads = function () {
    const tabs = context.tabs();
    return !!tabs && tabs.isLeader;
  };
  /** What was applied last (emitted here or shared by the leader), for updates of one user. */
  let last = new Map<string, T>();
  /** Whether `last` is this tab's own source's answer (a leader shares only that). */
  let own = false;
  /** The other tabs' users the last share covered. */
  let sharedTo = new Set<string>();
  /** A share for a tab that joined, once it has joined (within the mounts' coalescing window, as for activity). */
  let pendingShare: Subscription | undefined;
  const apply = function (values: Map<string, T>) {
    last = values;
    spec.apply(context.board, values);
  };
  const share = function (values: Map<string, T>) {
    const tabs = context.tabs();
    const remote = new Set(tabs && tabs.isLeader ? tabs.remoteIds() : []);
    sharedTo = remote;
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
    timeoutMs: function () {
      return context.settings().timeoutMs;
    },
    ids: context.ids,
    mayAsk: context.mayAsk,
    emit: function (values) {
      own = true;
      apply(values);
      share(values);
    }
  });
  return {
    name: spec.name,
    start: function () {
      source.configure(spec.config(context.settings()));
    },
    wake: function (event) {
      if (event === 'settings') {
        source.configure(spec.config(context.settings()));
      } else if (event === 'peers') {
        const tabs = context.tabs();
        const joined =
          own &&
          leads() &&
          !!tabs &&
          tabs.remoteIds().some(function (id) {
            return !sharedTo.has(id);
          });
        if (joined && !pendingShare) {
          pendingShare = after(context.settings().coalesceMs, context.scheduler).subscribe(function () {
            pendingShare = undefined;
            if (own && leads()) {
              share(last);
            }
          });
        }
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
      own = false;
      apply(values);
      source.heardFromLeader();
    },
    update: function (user, raw) {
      const value = spec.readValue(raw);
      if (value !== undefined) {
        const values = new Map(last);
        values.set(user, value);
        apply(values);
      }
    },
    stop: function () {
      if (pendingShare) {
        pendingShare.unsubscribe();
        pendingShare = undefined;
      }
      source.stop();
    },
    diagnosis: function () {
      return source.diagnosis ? source.diagnosis() : undefined;
    },
    get requestsSent() {
      return source.requestsSent;
    }
  };
}
