import { Subscription } from 'rxjs';
import { ALWAYS_ACTIVE, browserSignals } from '../../src/core/page-signals';

/** A window and document that are plain EventTargets, with the visibility and connectivity a test sets. */
function fakePage(visible: boolean, onLine: boolean) {
  const doc = new EventTarget() as EventTarget & { visibilityState: string };
  doc.visibilityState = visible ? 'visible' : 'hidden';
  const win = new EventTarget() as EventTarget & { document: unknown; navigator: { onLine: boolean } };
  win.document = doc;
  win.navigator = { onLine: onLine };
  return {
    win: win as unknown as Window,
    doc: doc,
    target: win,
    show: function (shown: boolean) {
      doc.visibilityState = shown ? 'visible' : 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    fire: function (type: string) {
      win.dispatchEvent(new Event(type));
    }
  };
}

describe('page signals', function () {
  let subscriptions: Subscription;

  beforeEach(function () {
    subscriptions = new Subscription();
  });
  afterEach(function () {
    subscriptions.unsubscribe();
  });

  it('is active while visible and online, telling each change once', function () {
    const page = fakePage(true, true);
    const seen: boolean[] = [];
    subscriptions.add(
      browserSignals(page.win).active$.subscribe(function (active) {
        seen.push(active);
      })
    );
    page.show(false);
    page.show(false);
    page.show(true);
    page.fire('offline');
    page.show(false);
    page.show(true);
    page.fire('online');
    expect(seen).toEqual([true, false, true, false, true]);
  });

  it('starts from the browser state: offline or hidden is inactive', function () {
    const seen: boolean[] = [];
    subscriptions.add(
      browserSignals(fakePage(true, false).win).active$.subscribe(function (active) {
        seen.push(active);
      })
    );
    subscriptions.add(
      browserSignals(fakePage(false, true).win).active$.subscribe(function (active) {
        seen.push(active);
      })
    );
    expect(seen).toEqual([false, false]);
  });

  it('resumes on focus and on becoming visible, not on being hidden', function () {
    const page = fakePage(true, true);
    const seen: string[] = [];
    subscriptions.add(
      browserSignals(page.win).resume$.subscribe(function (event) {
        seen.push((event as Event).type);
      })
    );
    page.fire('focus');
    page.show(false);
    page.show(true);
    expect(seen).toEqual(['focus', 'visibilitychange']);
  });

  it('removes its listeners when unsubscribed', function () {
    const page = fakePage(true, true);
    const added = spyOn(page.target, 'addEventListener').and.callThrough();
    const removed = spyOn(page.target, 'removeEventListener').and.callThrough();
    const removedFromDoc = spyOn(page.doc, 'removeEventListener').and.callThrough();
    browserSignals(page.win).active$.subscribe().unsubscribe();
    expect(
      added.calls.allArgs().map(function (a) {
        return a[0];
      })
    ).toEqual(['online', 'offline']);
    expect(
      removed.calls.allArgs().map(function (a) {
        return a[0];
      })
    ).toEqual(['online', 'offline']);
    expect(
      removedFromDoc.calls.allArgs().map(function (a) {
        return a[0];
      })
    ).toEqual(['visibilitychange']);
  });

  it('is always active where there is no page', function () {
    const seen: boolean[] = [];
    subscriptions.add(
      ALWAYS_ACTIVE.active$.subscribe(function (active) {
        seen.push(active);
      })
    );
    expect(seen).toEqual([true]);
  });
});
