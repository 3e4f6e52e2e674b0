/**
 * The server half's Script Includes, one per file in server/, each a global var named like
 * the record (on-demand, classless): the instance loads one when a script first names it.
 */
import { ScriptInclude } from '@servicenow/sdk/core';

ScriptInclude({
  $id: Now.ID['SpPresenceVocabulary'],
  name: 'SpPresenceVocabulary',
  description: 'sp-presence: the vendor-neutral availability words.',
  script: Now.include('../server/availability/vendors/vocabulary.js')
});
ScriptInclude({
  $id: Now.ID['SpPresenceConnectorKit'],
  name: 'SpPresenceConnectorKit',
  description: 'sp-presence: what the vendor connectors share (calls, failures, batches).',
  script: Now.include('../server/availability/vendors/connector-kit.js')
});
ScriptInclude({
  $id: Now.ID['SpPresenceTeams'],
  name: 'SpPresenceTeams',
  description: 'sp-presence: Microsoft Teams presence through Microsoft Graph.',
  script: Now.include('../server/availability/vendors/teams.js')
});
ScriptInclude({
  $id: Now.ID['SpPresenceRingCentral'],
  name: 'SpPresenceRingCentral',
  description: 'sp-presence: RingCentral presence.',
  script: Now.include('../server/availability/vendors/ringcentral.js')
});
ScriptInclude({
  $id: Now.ID['SpPresenceSymphony'],
  name: 'SpPresenceSymphony',
  description: 'sp-presence: Symphony presence.',
  script: Now.include('../server/availability/vendors/symphony.js')
});
ScriptInclude({
  $id: Now.ID['SpPresenceVendorHttp'],
  name: 'SpPresenceVendorHttp',
  description: 'sp-presence: calls to the vendor through its REST Message record (credentials in ServiceNow stores).',
  script: Now.include('../server/availability/vendor-http.js')
});
ScriptInclude({
  $id: Now.ID['SpPresenceAvailabilitySettings'],
  name: 'SpPresenceAvailabilitySettings',
  description: 'sp-presence: the availability system properties, checked.',
  script: Now.include('../server/availability/availability-settings.js')
});
ScriptInclude({
  $id: Now.ID['SpPresenceSnapshotStore'],
  name: 'SpPresenceSnapshotStore',
  description: 'sp-presence: the shared availability snapshot, refresh claim and id mapping (tables u_sp_presence_*).',
  script: Now.include('../server/availability/snapshot-store.js')
});
ScriptInclude({
  $id: Now.ID['SpPresenceAvailability'],
  name: 'SpPresenceAvailability',
  description: 'sp-presence: availability answers, one vendor refresh per interval for the whole instance.',
  script: Now.include('../server/availability/availability-service.js')
});
