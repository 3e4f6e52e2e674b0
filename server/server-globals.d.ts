/**
 * What the instance gives the server half's scripts as globals (Script Includes and the REST
 * route script), typed from ServiceNow's own declarations of the server API
 * (@servicenow/glide): a call to an API that does not exist fails the build.
 * Our Script Includes need no declaration here: each file's top-level var is a global.
 */
import type {
  GlideDateTime as GlideDateTimeApi,
  GlideJWTAPI,
  GlideOAuthClient,
  GlideRecord as GlideRecordApi,
  GlideRecordSecure as GlideRecordSecureApi,
  RESTAPIRequest,
  RESTAPIResponse,
  RESTMessageV2,
  ServiceError,
  gs as GlideSystem
} from '@servicenow/glide';

declare global {
  const gs: typeof GlideSystem;
  const GlideRecord: typeof GlideRecordApi;
  const GlideRecordSecure: typeof GlideRecordSecureApi;
  const GlideDateTime: typeof GlideDateTimeApi;
  const sn_ws: { RESTMessageV2: typeof RESTMessageV2 };
  const sn_auth: { GlideOAuthClient: typeof GlideOAuthClient; GlideJWTAPI: typeof GlideJWTAPI };
  const sn_ws_err: { ServiceError: typeof ServiceError };
  /** The REST route script's request and response (server/rest/). */
  const request: RESTAPIRequest;
  const response: RESTAPIResponse;
}
