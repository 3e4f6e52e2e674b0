/** Body of the spPresenceWorkplace Angular Provider (see user-presence.provider.ts). */
import { workplaceFactory } from '../workplace.factory';

declare let spPresenceProvider: unknown;
spPresenceProvider = workplaceFactory;
