/**
 * The four Angular Providers. Their scripts are the webpack output of src/ (written to
 * dist/providers/ by npm run build before the SDK runs).
 */
import { SPAngularProvider } from '@servicenow/sdk/core';

/** The page's one presence engine: every widget on a page shares it. */
export const spUserPresence = SPAngularProvider({
  $id: Now.ID['spUserPresence'],
  name: 'spUserPresence',
  type: 'factory',
  script: Now.include('../dist/providers/spUserPresence.js')
});

/**
 * `<sp-presence-dot user-id="...">`. It requires the factory, so a widget that lists only the
 * directive still gets the service: the portal loads required providers with it.
 */
export const spPresenceDot = SPAngularProvider({
  $id: Now.ID['spPresenceDot'],
  name: 'spPresenceDot',
  type: 'directive',
  script: Now.include('../dist/providers/spPresenceDot.js'),
  requires: [spUserPresence]
});

/** `<sp-record-presence>`: who else is on this record. It requires the factory too (the dots in its list). */
export const spRecordPresence = SPAngularProvider({
  $id: Now.ID['spRecordPresence'],
  name: 'spRecordPresence',
  type: 'directive',
  script: Now.include('../dist/providers/spRecordPresence.js'),
  requires: [spUserPresence]
});

/**
 * Office days (ServiceNow WSD), following and recent activities (Activity Subscriptions): a
 * provider of their own, so that pages without them do not load them. It requires the factory,
 * which it adds them to.
 */
export const spPresenceWorkplace = SPAngularProvider({
  $id: Now.ID['spPresenceWorkplace'],
  name: 'spPresenceWorkplace',
  type: 'factory',
  script: Now.include('../dist/providers/spPresenceWorkplace.js'),
  requires: [spUserPresence]
});
