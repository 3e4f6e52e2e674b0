/** An in-memory stand-in for BroadcastChannel between several engines (tabs) in one test. */
import { Subject } from 'rxjs';
import { TabChannel } from '../../src/core/tab-channel';

export class FakeTabBus {
  private readonly inboxes: Subject<unknown>[] = [];
  private readonly cut = new Set<number>();
  /** Every message posted, for assertions on traffic. */
  readonly posted: unknown[] = [];

  /** A channel for one tab; `index` is its position for disconnect(). */
  channel<T>(): TabChannel<T> {
    const index = this.inboxes.length;
    const inbox = new Subject<T>();
    this.inboxes.push(inbox as Subject<unknown>);
    return {
      post: (message: T) => {
        this.posted.push(message);
        if (this.cut.has(index)) {
          return;
        }
        this.inboxes.forEach((other, i) => {
          if (i !== index && !this.cut.has(i)) {
            // A task, as BroadcastChannel delivers: interleaved with timers under the fake clock.
            setTimeout(function () {
              other.next(message);
            }, 0);
          }
        });
      },
      listen: function (handler) {
        const subscription = inbox.subscribe(handler);
        return function () {
          subscription.unsubscribe();
        };
      },
      close: function () {
        inbox.complete();
      }
    };
  }

  /** The tab stops sending and receiving: what a hung tab looks like to the others. */
  disconnect(index: number): void {
    this.cut.add(index);
  }

  /** The tab is heard again (a background tab whose timers were throttled, say). */
  reconnect(index: number): void {
    this.cut.delete(index);
  }
}
