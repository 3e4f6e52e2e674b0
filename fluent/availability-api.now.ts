/**
 * The availability REST API: POST /api/global/sp_presence/availability. The SDK writes
 * global-scope APIs under /api/global/<serviceId> (namespace global); that this is the path an
 * instance answers on is believed, not verified (README, "Availability: the server half").
 */
import { Acl, RestApi } from '@servicenow/sdk/core';

export const AVAILABILITY_PATH = '/api/global/sp_presence/availability';

/** Signed-in users only; the route script refuses a guest session as well. */
export const availabilityAcl = Acl({
  $id: Now.ID['acl-sp-presence-availability'],
  type: 'rest_endpoint',
  name: AVAILABILITY_PATH,
  operation: 'execute',
  securityAttribute: 'user_is_authenticated',
  description: 'sp-presence availability: any signed-in user (answers cover only users they may read).'
});

RestApi({
  $id: Now.ID['sp-presence-api'],
  name: 'sp-presence',
  serviceId: 'sp_presence',
  shortDescription: 'Availability (Microsoft Teams, RingCentral or Symphony) of users, in vendor-neutral words.',
  consumes: 'application/json',
  produces: 'application/json',
  enforceAcl: [availabilityAcl],
  routes: [
    {
      $id: Now.ID['sp-presence-api-availability'],
      name: 'availability',
      method: 'POST',
      path: '/availability',
      script: Now.include('../server/rest/availability-operation.js'),
      authentication: true,
      authorization: true,
      enforceAcl: [availabilityAcl],
      shortDescription:
        'POST {"users": ["<sys_id>", …]} (at most 200): {"result": {vendor, takenAt, serverTime, users}}',
      requestExample: '{"users": ["62826bf03710200044e0bfc8bcbe5df1"]}'
    }
  ]
});
