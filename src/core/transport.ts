/**
 * The presence request exactly as UI16's own client sends it (servicenow.md §1): a heartbeat of
 * this page, marked automatic so that a poll never counts as the user's activity. It carries no
 * user list: the answer lists everyone present. fetch, outside AngularJS: no digest per poll.
 */
import { failure } from './failure';
import { HttpAnswer } from './protocol';

export interface PresenceRequest {
  endpoint: string;
  signal: AbortSignal;
  /** A JSON body for another source's endpoint; without it (and without a method), UI16's own presence request. */
  body?: unknown;
  /** Another source's method (POST by default). */
  method?: 'GET' | 'POST' | 'DELETE';
}

/** Resolves with any HTTP answer (even 500); rejects only when there was none (network, abort). */
export type Transport = (request: PresenceRequest) => Promise<HttpAnswer>;

export interface PageLocation {
  origin: string;
  href: string;
  pathname: string;
  search: string;
}

export interface FetchTransportOptions {
  fetch: typeof fetch;
  /** ServiceNow's session token (window.g_ck); REST calls from the browser need it. */
  token: () => string | undefined;
  location: PageLocation;
  userAgent: string;
  now: () => number;
}

/** `?sysparm_auto_request=true&cd=<ms>`: automatic (not user activity), and never cached. */
export function presenceUrl(endpoint: string, nowMs: number): string {
  return endpoint + (endpoint.indexOf('?') < 0 ? '?' : '&') + 'sysparm_auto_request=true&cd=' + nowMs;
}

/**
 * `path` as an absolute URL on the page's own origin, or undefined when it would leave it.
 * Resolved against `location.origin`, never the document (a `<base href>` must not redirect a
 * request that carries the session token). Every endpoint of every source goes through here.
 */
export function sameOriginUrl(path: string, origin: string): string | undefined {
  try {
    const url = new URL(path, origin);
    return url.origin === origin ? url.href : undefined;
  } catch (e) {
    return undefined;
  }
}

/** UI16's heartbeat body: the polling page's own location. */
export function heartbeatBody(location: PageLocation, userAgent: string, nowMs: number): string {
  return JSON.stringify({
    user_agent: userAgent,
    ua_time: new Date(nowMs).toISOString(),
    href: location.href,
    pathname: location.pathname,
    search: location.search,
    path: location.pathname + location.search
  });
}

export function fetchTransport(options: FetchTransportOptions): Transport {
  return function (request) {
    const headers: { [name: string]: string } = {
      Accept: 'application/json',
      'Content-Type': 'application/json;charset=UTF-8'
    };
    const token = options.token();
    if (token) {
      headers['X-UserToken'] = token;
    }
    const now = options.now();
    const ui16 = request.body === undefined && request.method === undefined;
    const url = sameOriginUrl(ui16 ? presenceUrl(request.endpoint, now) : request.endpoint, options.location.origin);
    if (url === undefined) {
      return Promise.reject(
        failure(
          'origin',
          'refusing to send the session token to ' +
            JSON.stringify(request.endpoint) +
            ": not on this page's origin (" +
            options.location.origin +
            '); presence is off for this page'
        )
      );
    }
    return options
      .fetch(url, {
        method: request.method || 'POST',
        credentials: 'same-origin',
        headers: headers,
        body: ui16
          ? heartbeatBody(options.location, options.userAgent, now)
          : request.body === undefined
            ? undefined
            : JSON.stringify(request.body),
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
