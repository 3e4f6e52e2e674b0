/** Body of the spRecordPresence Angular Provider (see user-presence.provider.ts). */
import { recordPresenceDirective } from '../record-presence.directive';

declare let spPresenceProvider: unknown;
spPresenceProvider = recordPresenceDirective;
