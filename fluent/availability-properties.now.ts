/**
 * The admin's switches for availability (read by server/availability/availability-settings.js).
 * No secret goes here: credentials live in the REST Messages' OAuth profiles and JWT provider.
 */
import { Property } from '@servicenow/sdk/core';

Property({
  $id: Now.ID['sp_presence.availability.enabled'],
  name: 'sp_presence.availability.enabled',
  type: 'boolean',
  value: true,
  description: 'sp-presence: ask the vendor for availability (false: activity dots only, no vendor call).',
  roles: { read: ['admin'], write: ['admin'] }
});
Property({
  $id: Now.ID['sp_presence.availability.vendor'],
  name: 'sp_presence.availability.vendor',
  type: 'choicelist',
  choices: ['teams', 'ringcentral', 'symphony'],
  value: '',
  description:
    'sp-presence: where availability comes from: teams (Microsoft Graph), ringcentral or symphony; empty: none.',
  roles: { read: ['admin'], write: ['admin'] }
});
Property({
  $id: Now.ID['sp_presence.availability.interval_seconds'],
  name: 'sp_presence.availability.interval_seconds',
  type: 'integer',
  value: 60,
  description:
    'sp-presence: one vendor refresh per this many seconds for the whole instance (at least 30; smaller values become 30).',
  roles: { read: ['admin'], write: ['admin'] }
});
