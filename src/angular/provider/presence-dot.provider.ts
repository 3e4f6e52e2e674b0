/** Body of the spPresenceDot Angular Provider (see user-presence.provider.ts). */
import { presenceDotDirective } from '../presence-dot.directive';

declare let spPresenceProvider: unknown;
spPresenceProvider = presenceDotDirective;
