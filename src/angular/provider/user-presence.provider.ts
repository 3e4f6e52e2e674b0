/**
 * Body of the spUserPresence Angular Provider: scripts/providers.js declares the variable and
 * wraps this into the record's one function. Assigning it, rather than exporting, leaves out
 * webpack's module-export runtime.
 */
import { userPresenceFactory } from '../user-presence.factory';

declare let spPresenceProvider: unknown;
// Read by the record's wrapper around this body (scripts/providers.js), not here.
// eslint-disable-next-line prefer-const, @typescript-eslint/no-unused-vars
spPresenceProvider = userPresenceFactory;
