/**
 * Following a colleague's office days: POST /presence/collaborator `{collaborator_ids: [id]}`
 * adds them, DELETE /presence/collaborator/{id} removes them (with the session token, like every
 * request). Resolves with the office day the server confirmed; fails with a reason the widget
 * puts in words an employee understands.
 */
import { Observable, SchedulerLike } from 'rxjs';
import { map } from 'rxjs/operators';
import { isFailure } from '../../failure';
import { OfficeDay } from '../../office';
import { Transport } from '../../transport';
import { askJson } from '../ask-json';
import { readCollaborators } from './collaborators-answer';
import { officeToday } from './office-days';
import { WSD_COLLABORATORS } from './office-source';

export type FollowFailure = 'signed-out' | 'forbidden' | 'not-found' | 'server' | 'network';

export class FollowError extends Error {
  constructor(readonly reason: FollowFailure) {
    super('[sp-presence] following office days failed: ' + reason);
    // ES5 output: restore the prototype chain that extending Error loses.
    Object.setPrototypeOf(this, FollowError.prototype);
    this.name = 'FollowError';
  }
}

function reasonOf(status: number): FollowFailure | undefined {
  if (status >= 200 && status < 300) {
    return undefined;
  }
  return status === 401 ? 'signed-out' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : 'server';
}

/** `userId` must already be a valid sys_id. */
export function followRequest(
  transport: Transport,
  userId: string,
  follow: boolean,
  timeoutMs: number,
  scheduler: SchedulerLike
): Observable<OfficeDay> {
  const request = follow
    ? { endpoint: WSD_COLLABORATORS, method: 'POST' as const, body: { collaborator_ids: [userId] } }
    : { endpoint: WSD_COLLABORATORS + '/' + userId, method: 'DELETE' as const };
  return new Observable<OfficeDay>(function (subscriber) {
    return askJson(transport, request, timeoutMs, scheduler, 'follow')
      .pipe(
        map(function (answer): OfficeDay {
          const reason = reasonOf(answer.status);
          if (reason) {
            throw new FollowError(reason);
          }
          if (!follow) {
            return { following: false };
          }
          const confirmed = (readCollaborators(answer.json) || []).filter(function (c) {
            return c.sysId === userId;
          })[0];
          return confirmed ? officeToday(confirmed, scheduler.now()) : { following: true };
        })
      )
      .subscribe({
        next: function (day) {
          subscriber.next(day);
        },
        complete: function () {
          subscriber.complete();
        },
        error: function (error: unknown) {
          subscriber.error(
            error instanceof FollowError
              ? error
              : new FollowError(isFailure(error) && error.kind === 'origin' ? 'forbidden' : 'network')
          );
        }
      });
  });
}
