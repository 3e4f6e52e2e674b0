/** When the page may poll (visible and online) and when a paused session may have come back (focus). */
import { combineLatest, fromEvent, merge, NEVER, Observable, of } from 'rxjs';
import { distinctUntilChanged, filter, map, startWith } from 'rxjs/operators';

export interface PageSignals {
  /** true while polling makes sense: the page is visible and the browser online. */
  active$: Observable<boolean>;
  /** The user is back: a good moment to retry after the session was lost. */
  resume$: Observable<unknown>;
}

/** For environments with no page: always active, never resumes. */
export const ALWAYS_ACTIVE: PageSignals = { active$: of(true), resume$: NEVER };

export function browserSignals(win: Window): PageSignals {
  const doc = win.document;
  const isVisible = function () {
    return doc.visibilityState !== 'hidden';
  };
  const visible$ = fromEvent(doc, 'visibilitychange').pipe(map(isVisible), startWith(isVisible()));
  const online$ = merge(
    fromEvent(win, 'online').pipe(map(function () { return true; })),
    fromEvent(win, 'offline').pipe(map(function () { return false; }))
  ).pipe(startWith(win.navigator.onLine !== false));
  return {
    active$: combineLatest([visible$, online$]).pipe(
      map(function (pair) { return pair[0] && pair[1]; }),
      distinctUntilChanged()
    ),
    resume$: merge(fromEvent(win, 'focus'), fromEvent(doc, 'visibilitychange').pipe(filter(isVisible)))
  };
}
