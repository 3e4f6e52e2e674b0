/**
 * One REST Message per vendor, named as server/availability/vendor-http.js expects. Function
 * `call` carries every API call (the script appends the path to the function's endpoint and
 * sets the method); its endpoint is the vendor's public base URL. What the admin fills in
 * (README, "Availability: the server half"): Graph and RingCentral, the OAuth 2.0 profile of an
 * Application Registry entry named like the message (the SDK can reference a profile only by
 * sys_id, which the update set cannot know); Symphony, the pod's host in the endpoints and a
 * JWT provider.
 */
import { RestMessage } from '@servicenow/sdk/core';

RestMessage({
  $id: Now.ID['rest-message-teams'],
  name: 'sp-presence Microsoft Graph',
  endpoint: 'https://graph.microsoft.com',
  description:
    'sp-presence: Microsoft Teams presence (application permissions Presence.Read.All, User.ReadBasic.All). Authentication: OAuth 2.0, profile of the Application Registry entry "sp-presence Microsoft Graph" (client credentials).',
  authenticationType: 'oauth2',
  functions: [{ name: 'call', httpMethod: 'GET', endpoint: 'https://graph.microsoft.com' }]
});

RestMessage({
  $id: Now.ID['rest-message-ringcentral'],
  name: 'sp-presence RingCentral',
  endpoint: 'https://platform.ringcentral.com',
  description:
    'sp-presence: RingCentral presence (app permission ReadPresence). Authentication: OAuth 2.0, profile of the Application Registry entry "sp-presence RingCentral" (JWT bearer).',
  authenticationType: 'oauth2',
  functions: [{ name: 'call', httpMethod: 'GET', endpoint: 'https://platform.ringcentral.com' }]
});

RestMessage({
  $id: Now.ID['rest-message-symphony'],
  name: 'sp-presence Symphony',
  endpoint: 'https://YOUR-POD.symphony.com',
  description:
    'sp-presence: Symphony presence through a service account. Replace YOUR-POD in both endpoints; the session token comes from function "authenticate" with a JWT signed by the JWT provider "sp-presence Symphony".',
  functions: [
    { name: 'call', httpMethod: 'GET', endpoint: 'https://YOUR-POD.symphony.com' },
    { name: 'authenticate', httpMethod: 'POST', endpoint: 'https://YOUR-POD.symphony.com/login/pubkey/authenticate' }
  ]
});
