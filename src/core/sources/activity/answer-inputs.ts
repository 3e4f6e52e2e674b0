/**
 * The answers a page gets without asking: what the platform's own presence client emits in this
 * page (`sn.presence`) and each write of the shared answer by another tab. Either also tells that
 * another client of the browser reads the shared answer.
 */
import { Observable, Subscription } from 'rxjs';

/** Answers the page has already, beside the shared cache. */
export interface ActivityInputs {
  /** The platform's presence client in this page: each presenceArray it emits. */
  platform$?: Observable<unknown>;
  /** Another tab wrote the shared answer (storage events). */
  storeChanged$?: Observable<unknown>;
}

export interface InputEvents {
  /** Another presence client of this browser is at work: ours is worth sharing. */
  readers(): void;
  /** A non-empty presenceArray of the platform's client. */
  platform(entries: unknown[]): void;
  /** Another tab wrote the shared answer: UI16, or the platform's client of another portal page. */
  sharedChanged(): void;
}

/** Tells `events` of every input until the returned subscription ends. */
export function listenToInputs(inputs: ActivityInputs, events: InputEvents): Subscription {
  const listening = new Subscription();
  if (inputs.platform$) {
    listening.add(
      inputs.platform$.subscribe(function (list) {
        events.readers();
        // null or empty means "no information", not "everyone went offline".
        if (list instanceof Array && list.length > 0) {
          events.platform(list);
        }
      })
    );
  }
  if (inputs.storeChanged$) {
    listening.add(
      inputs.storeChanged$.subscribe(function () {
        events.readers();
        events.sharedChanged();
      })
    );
  }
  return listening;
}
