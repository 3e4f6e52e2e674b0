/**
 * One request of a source beside the activity poll (availability, office days, a follow): sent
 * through the page's transport (same origin, session token), answered within `timeoutMs`, its
 * body read as JSON when it is JSON and not oversized. A failure is a PresenceFailure (timeout,
 * network, origin); any HTTP answer, even 500, is an answer. Unsubscribing aborts the request.
 */
import { Observable, SchedulerLike } from 'rxjs';
import { deadline } from '../delay';
import { failure, isFailure } from '../failure';
import { MAX_ANSWER_CHARS } from '../protocol';
import { PresenceRequest, Transport } from '../transport';

export interface JsonAnswer {
  status: number;
  /** The parsed body; undefined when it was not JSON or too large to read. */
  json: unknown;
}

export function askJson(
  transport: Transport,
  request: Omit<PresenceRequest, 'signal'>,
  timeoutMs: number,
  scheduler: SchedulerLike,
  what: string
): Observable<JsonAnswer> {
  const answer$ = new Observable<JsonAnswer>(function (subscriber) {
    const controller = new AbortController();
    transport({
      endpoint: request.endpoint,
      method: request.method,
      body: request.body,
      signal: controller.signal
    }).then(
      function (answer) {
        let json: unknown;
        try {
          json = answer.body.length > MAX_ANSWER_CHARS ? undefined : JSON.parse(answer.body);
        } catch (e) {
          json = undefined;
        }
        subscriber.next({ status: answer.status, json: json });
        subscriber.complete();
      },
      function (error: unknown) {
        subscriber.error(
          isFailure(error) ? error : failure('network', 'the ' + what + ' request failed (network); backing off')
        );
      }
    );
    return function () {
      controller.abort();
    };
  });
  return answer$.pipe(
    deadline(timeoutMs, scheduler, function () {
      return failure('timeout', 'the ' + what + ' request timed out; backing off');
    })
  );
}
