/**
 * What a Service Portal widget's server script sees as globals, typed from ServiceNow's own
 * declarations of the server API (@servicenow/glide), so widget/tsconfig.json can check
 * server.js: a call to an API that does not exist fails the build.
 */
import type {
  GlideRecordSecure as GlideRecordSecureApi,
  GlideSPScriptable,
  gs as GlideSystem
} from '@servicenow/glide';

declare global {
  const gs: typeof GlideSystem;
  const GlideRecordSecure: typeof GlideRecordSecureApi;
  const $sp: GlideSPScriptable;
  /** What the server script sends to the client (c.data): a free-form bag it fills. */
  const data: { [key: string]: any };
  /** The widget instance's options, as configured by the admin. */
  const options: { [key: string]: unknown };
  /** What the client sent with c.server.update(), if anything. */
  const input: { [key: string]: unknown } | undefined;
}
