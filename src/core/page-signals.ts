/** When the page may poll (visible and online) and when a paused session may have come back (focus). */
import { NEVER, Observable } from 'rxjs';
import { distinctUntilChanged, filter } from 'rxjs/operators';
import { domEvents } from './dom-events';

export interface PageSignals {
  /** true while polling makes sense: the page is visible and the browser online. */
  active$: Observable<boolean>;
  /** The user is back: a good moment to retry after the session was lost. */
  resume$: Observable<unknown>;
}

/** For environments with no page: always active, never resumes. */
export const ALWAYS_ACTIVE: PageSignals = {
  active$: new Observable<boolean>(function (subscriber) {
    subscriber.next(true);
  }),
  resume$: NEVER
};

export function browserSignals(win: Window): PageSignals {
  const doc = win.document;
  const isVisible = function () {
    return doc.visibilityState !== 'hidden';
  };
  const changes$ = domEvents([doc, 'visibilitychange'], [win, 'online'], [win, 'offline']);
  return {
    active$: new Observable<boolean>(function (subscriber) {
      // The browser's word on connectivity is its last online/offline event.
      let online = win.navigator.onLine !== false;
      subscriber.next(isVisible() && online);
      return changes$.subscribe(function (event) {
        online = event.type === 'online' ? true : event.type === 'offline' ? false : online;
        subscriber.next(isVisible() && online);
      });
    }).pipe(distinctUntilChanged()),
    resume$: domEvents([win, 'focus'], [doc, 'visibilitychange']).pipe(
      filter(function (event) {
        return event.type === 'focus' || isVisible();
      })
    )
  };
}
