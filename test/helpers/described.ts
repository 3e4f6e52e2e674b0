/** A presence as one word for expectations: 'online', or 'last known online' while stale. */
import { Presence } from '../../src/core/status-board';
import { PresenceStatus } from '../../src/core/status';

export type Described = PresenceStatus | 'last known online' | 'last known away';

export function described(presence: Presence): Described {
  return (presence.stale ? 'last known ' + presence.status : presence.status) as Described;
}
