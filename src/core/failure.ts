/** Every way a presence request can fail, each with its own console line and retry rule. */
export type FailureKind =
  | 'login-page' // session expired: the instance answered its HTML login page with 200
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'gone' // 404: the undocumented endpoint is not on this instance (any more)
  | 'origin' // the endpoint would leave the page's origin: never sent
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'http' // any other unexpected status
  | 'timeout'
  | 'network'
  | 'malformed' // body is not JSON
  | 'too-large' // an answer larger than any instance's presence list should be
  | 'shape'; // JSON, but not any answer shape we know

export interface PresenceFailure {
  kind: FailureKind;
  /** HTTP status, when there was an answer. */
  status?: number;
  /** From a Retry-After header, when the server sent one. */
  retryAfterMs?: number;
  /** One human sentence for the console. */
  message: string;
}

export function failure(kind: FailureKind, message: string, status?: number, retryAfterMs?: number): PresenceFailure {
  const result: PresenceFailure = { kind: kind, message: message };
  if (status !== undefined) {
    result.status = status;
  }
  if (retryAfterMs !== undefined) {
    result.retryAfterMs = retryAfterMs;
  }
  return result;
}

export function isFailure(error: unknown): error is PresenceFailure {
  return typeof error === 'object' && error !== null && 'kind' in error && 'message' in error;
}
