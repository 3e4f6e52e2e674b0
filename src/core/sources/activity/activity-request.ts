/**
 * The activity source's one request: UI16's presence poll, answered within `timeoutMs` or
 * failed, its answer parsed. What the request showed (status, shape, size) is told to `seen`,
 * for diagnostics.
 */
import { Observable, SchedulerLike } from 'rxjs';
import { deadline } from '../../delay';
import { failure, isFailure } from '../../failure';
import { HttpAnswer, parseAnswer, PresenceSnapshot } from '../../protocol';
import { Transport } from '../../transport';

export interface RequestSeen {
  status: number;
  shapeRecognised: boolean;
  bytes: number;
  entries: number | undefined;
}

/** The parsed answer, or a PresenceFailure as the error; unsubscribing aborts the request. */
export function activityRequest(
  transport: Transport,
  endpoint: string,
  timeoutMs: number,
  scheduler: SchedulerLike,
  seen: (request: RequestSeen) => void
): Observable<PresenceSnapshot> {
  const answer$ = new Observable<HttpAnswer>(function (subscriber) {
    const controller = new AbortController();
    transport({ endpoint: endpoint, signal: controller.signal }).then(
      function (answer) {
        subscriber.next(answer);
        subscriber.complete();
      },
      function (error: unknown) {
        subscriber.error(
          isFailure(error) ? error : failure('network', 'the presence request failed (network); backing off')
        );
      }
    );
    return function () {
      controller.abort();
    };
  });
  return new Observable<PresenceSnapshot>(function (subscriber) {
    const late = function () {
      return failure('timeout', 'the presence request timed out after ' + timeoutMs + ' ms; backing off');
    };
    return answer$.pipe(deadline(timeoutMs, scheduler, late)).subscribe({
      next: function (answer) {
        const result = parseAnswer(answer, scheduler.now());
        seen({
          status: answer.status,
          shapeRecognised: result.ok,
          bytes: answer.body.length,
          entries: result.ok ? result.snapshot.entries.length : undefined
        });
        if (result.ok) {
          subscriber.next(result.snapshot);
          subscriber.complete();
        } else {
          subscriber.error(result.failure);
        }
      },
      error: function (error: unknown) {
        subscriber.error(error);
      }
    });
  });
}
