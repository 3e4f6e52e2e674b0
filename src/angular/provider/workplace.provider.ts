/** Body of the spPresenceWorkplace Angular Provider (see user-presence.provider.ts). */
import { workplaceFactory } from '../workplace.factory';

declare let spPresenceProvider: unknown;
// Read by the record's wrapper around this body (scripts/providers.js), not here.
// eslint-disable-next-line prefer-const, @typescript-eslint/no-unused-vars
spPresenceProvider = workplaceFactory;
