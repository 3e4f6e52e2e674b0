/** A presence as one word for expectations: 'online', or 'last known online' while stale. */
import { Subscription } from 'rxjs';
import { PresenceEngine } from '../../src/core/engine';
import { Presence } from '../../src/core/presence';
import { PresenceStatus } from '../../src/core/status';

export type Described = PresenceStatus | 'last known online' | 'last known away';

export function described(presence: Presence): Described {
  return (presence.stale ? 'last known ' + presence.status : presence.status) as Described;
}

/** Watches `id` (ended with `subscriptions`) and records every presence it emits, described. */
export function recordPresence(subscriptions: Subscription, engine: PresenceEngine, id: unknown): Described[] {
  const seen: Described[] = [];
  subscriptions.add(
    engine.follow(id, function (presence) {
      seen.push(described(presence));
    })
  );
  return seen;
}
