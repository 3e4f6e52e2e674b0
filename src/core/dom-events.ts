/**
 * DOM events as an observable. RxJS's `fromEvent` also takes jQuery-likes, Node emitters and
 * lists of targets, and with them its whole ObservableInput machinery (about 3 KB gzip in each
 * provider); we only ever listen to plain EventTargets.
 */
import { Observable } from 'rxjs';

/** Every event of any of `sources` ([target, type] pairs), listened to while subscribed. */
export function domEvents<E extends Event = Event>(...sources: [EventTarget, string][]): Observable<E> {
  return new Observable<E>(function (subscriber) {
    const handler = function (event: Event) {
      subscriber.next(event as E);
    };
    sources.forEach(function (s) {
      s[0].addEventListener(s[1], handler);
    });
    return function () {
      sources.forEach(function (s) {
        s[0].removeEventListener(s[1], handler);
      });
    };
  });
}
