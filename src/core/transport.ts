/** The presence request as an interface, and its fetch implementation (outside AngularJS: no digest per poll). */
import { HttpAnswer } from './protocol';

export interface PresenceRequest {
  endpoint: string;
  ids: string[];
  signal: AbortSignal;
}

/** Resolves with any HTTP answer (even 500); rejects only when there was none (network, abort). */
export type Transport = (request: PresenceRequest) => Promise<HttpAnswer>;

export interface FetchTransportOptions {
  fetch: typeof fetch;
  /** ServiceNow's session token (window.g_ck); REST calls from the browser need it. */
  token: () => string | undefined;
}

export function fetchTransport(options: FetchTransportOptions): Transport {
  return function (request) {
    const headers: { [name: string]: string } = {
      Accept: 'application/json',
      'Content-Type': 'application/json'
    };
    const token = options.token();
    if (token) {
      headers['X-UserToken'] = token;
    }
    return options
      .fetch(request.endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: headers,
        body: JSON.stringify({ users: request.ids }),
        signal: request.signal
      })
      .then(function (response) {
        return response.text().then(function (body): HttpAnswer {
          return {
            status: response.status,
            contentType: response.headers.get('Content-Type') || '',
            body: body,
            retryAfter: response.headers.get('Retry-After')
          };
        });
      });
  };
}
