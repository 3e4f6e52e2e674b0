import { asyncScheduler, BehaviorSubject, noop, SchedulerLike, Subject, Subscription } from 'rxjs';
import { PresenceEngine } from '../../src/core/engine';
import { EngineOptions } from '../../src/core/engine-options';
import { failure } from '../../src/core/failure';
import { PageSignals } from '../../src/core/page-signals';
import { Described, recordPresence } from '../helpers/described';
import { FakeInstance, jsonAnswer, sysId } from '../helpers/fake-instance';
import { advance, installClock, settle, uninstallClock } from '../helpers/time';

const A = sysId(0xa);
const B = sysId(0xb);
const C = sysId(0xc);

describe('PresenceEngine', function () {
  let instance: FakeInstance;
  let logs: string[];
  let subscriptions: Subscription;

  beforeEach(function () {
    installClock();
    instance = new FakeInstance();
    logs = [];
    subscriptions = new Subscription();
  });

  afterEach(function () {
    subscriptions.unsubscribe();
    uninstallClock();
  });

  function engine(extra?: Partial<EngineOptions>): PresenceEngine {
    return new PresenceEngine({
      transport: instance.transport,
      log: function (line) {
        logs.push(line);
      },
      random: function () {
        return 0.5;
      },
      ...extra
    });
  }

  function record(e: PresenceEngine, id: unknown): Described[] {
    return recordPresence(subscriptions, e, id);
  }

  describe('one request for every dot', function () {
    it("sends one request for dots mounted together, and reads everyone's status from it", async function () {
      const e = engine();
      instance.activeAgo(1000, A, B);
      const a1 = record(e, A);
      record(e, A);
      record(e, A.toUpperCase());
      const b = record(e, B);
      const c = record(e, C);
      await advance(29);
      expect(instance.requests.length).toBe(0);
      await advance(1);
      expect(instance.requests.length).toBe(1);
      expect(a1).toEqual(['online']);
      expect(b).toEqual(['online']);
      expect(c).toEqual(['offline']); // missing from the answer
    });

    it('plans one look for a page mounting many dots at once, not a timer per dot', async function () {
      let planned = 0;
      const scheduler: SchedulerLike = {
        now: function () {
          return asyncScheduler.now();
        },
        schedule: function (work: never, delay?: number, state?: never) {
          planned++;
          return asyncScheduler.schedule(work, delay, state);
        }
      };
      const e = engine({ scheduler: scheduler });
      for (let i = 0; i < 500; i++) {
        subscriptions.add(e.follow(sysId(0x1000 + i), noop));
      }
      expect(planned).toBeLessThan(5);
      await advance(30);
      expect(instance.requests.length).toBe(1);
    });

    it('gives the first status within one round trip, not after a full interval', async function () {
      const e = engine();
      instance.activeAgo(0, A);
      const a = record(e, A);
      await advance(30);
      expect(a).toEqual(['online']);
    });

    it('polls once per interval for all users, emitting only changes', async function () {
      const e = engine();
      instance.responder = function () {
        instance.activeAgo(0, A, B); // users who keep working
        return instance.answer();
      };
      const a = record(e, A);
      record(e, B);
      await advance(30);
      await advance(15000);
      await advance(15000);
      expect(instance.requests.length).toBe(3);
      expect(a).toEqual(['online']);
      expect(e.requestsSent).toBe(3);
    });

    it('sends exactly one request per poll for 1 000 watched users', async function () {
      const e = engine();
      for (let i = 0; i < 1000; i++) {
        record(e, sysId(0x1000 + i));
      }
      await advance(30);
      expect(instance.requests.length).toBe(1);
      await advance(15000);
      expect(instance.requests.length).toBe(2);
    });

    it('reads a 10 000-entry answer for 20 watched users', async function () {
      const e = engine();
      for (let i = 0; i < 10000; i++) {
        instance.activeAgo(i % 2 === 0 ? 0 : 45000, sysId(0x1000 + i));
      }
      const seen: Described[][] = [];
      for (let i = 0; i < 20; i++) {
        seen.push(record(e, sysId(0x1000 + i * 7)));
      }
      await advance(30);
      expect(instance.requests.length).toBe(1);
      seen.forEach(function (s, i) {
        expect(s).toEqual([(i * 7) % 2 === 0 ? 'online' : 'away']);
      });
    });

    it('serves a user mounted later from the latest answer, without a request', async function () {
      const e = engine();
      instance.activeAgo(0, A, B);
      record(e, A);
      await advance(30);
      await advance(5000);
      const b = record(e, B);
      await advance(30);
      expect(b).toEqual(['online']);
      expect(instance.requests.length).toBe(1);
      await advance(10000 - 30);
      expect(instance.requests.length).toBe(2);
    });

    it('serves a user mounted during a request from its answer', async function () {
      const e = engine();
      let release: (() => void) | undefined;
      instance.responder = function () {
        return new Promise(function (resolve) {
          release = function () {
            resolve(instance.answer());
          };
        });
      };
      instance.activeAgo(0, B);
      record(e, A);
      await advance(30);
      const b = record(e, B);
      await advance(100);
      expect(instance.requests.length).toBe(1);
      (release as () => void)();
      await settle();
      await advance(30);
      expect(instance.requests.length).toBe(1);
      expect(b).toEqual(['online']);
    });
  });

  describe('teardown', function () {
    it('sends nothing once the last watcher leaves', async function () {
      const e = engine();
      const first = new Subscription(e.follow(A, noop));
      const second = new Subscription(e.follow(A, noop));
      await advance(30);
      first.unsubscribe();
      await advance(15000);
      expect(instance.requests.length).toBe(2);
      second.unsubscribe();
      expect(e.watchedCount).toBe(0);
      await advance(10 * 60000);
      expect(instance.requests.length).toBe(2);
    });

    it('drops a pending coalesced request when its dots go before it is sent', async function () {
      const e = engine();
      e.follow(A, noop)();
      await advance(1000);
      expect(instance.requests.length).toBe(0);
    });

    it('aborts the request in flight when the last watcher leaves', async function () {
      const e = engine();
      instance.responder = function () {
        return new Promise(function () {
          return undefined;
        });
      };
      const s = new Subscription(e.follow(A, noop));
      await advance(30);
      expect(instance.requests[0].signal.aborted).toBe(false);
      s.unsubscribe();
      expect(instance.requests[0].signal.aborted).toBe(true);
    });

    it('follow: a stop called twice releases its user once, so another dot of the same user goes on', async function () {
      const e = engine();
      instance.activeAgo(1000, A);
      const seen: string[] = [];
      const stop = e.follow(A, function () {
        return undefined;
      });
      e.follow(A, function (p) {
        seen.push(p.status);
      });
      stop();
      stop();
      expect(e.watchedCount).toBe(1);
      await advance(30);
      expect(seen).toEqual(['online']);
      instance.activeAgo(40000, A);
      await advance(15000);
      expect(seen).toEqual(['online', 'away']);
    });

    it('stops listening to page signals when nothing is watched', async function () {
      const active$ = new BehaviorSubject(true);
      const resume$ = new Subject<void>();
      const e = engine({ signals: { active$: active$, resume$: resume$ } });
      const s = new Subscription(e.follow(A, noop));
      expect(active$.observed).toBe(true);
      s.unsubscribe();
      expect(active$.observed).toBe(false);
      expect(resume$.observed).toBe(false);
    });
  });

  describe('invalid sys_ids', function () {
    it('never sends them, reads them as offline and reports once', async function () {
      const e = engine();
      const bad = record(e, '<img src=x onerror=alert(1)>');
      const worse = record(e, 42);
      record(e, A);
      await advance(30);
      expect(bad).toEqual(['offline']);
      expect(worse).toEqual(['offline']);
      expect(instance.requests.length).toBe(1);
      expect(logs.length).toBe(1);
      expect(logs[0]).toContain('invalid sys_id');
      expect(logs[0]).toContain('<img src=x onerror=alert(1)>');
    });
  });

  describe('clock and ageing', function () {
    it('computes status on the server clock, not the browser clock', async function () {
      const e = engine();
      instance.serverAheadMs = 3600000;
      instance.activeAgo(45000, A);
      const a = record(e, A);
      await advance(30);
      expect(a).toEqual(['away']);
    });

    it('ages dots between polls: away at 30 s, gone at 60 s, without asking the server', async function () {
      const e = engine({ settings: { intervalMs: 300000 } });
      instance.activeAgo(20000, A);
      const a = record(e, A);
      await advance(30);
      expect(a).toEqual(['online']);
      await advance(9969);
      expect(a).toEqual(['online']);
      await advance(1);
      expect(a).toEqual(['online', 'away']);
      await advance(30000);
      expect(a).toEqual(['online', 'away', 'offline']);
      expect(instance.requests.length).toBe(1);
    });

    it('applies new thresholds to known activity at once', async function () {
      const e = engine();
      instance.activeAgo(20000, A);
      const a = record(e, A);
      await advance(30);
      e.configure({ onlineMs: 10000, awayMs: 25000 });
      expect(a).toEqual(['online', 'away']);
    });
  });

  describe('failures', function () {
    it('backs off on 5xx, hides dots it never had, logs one line for repeated failures', async function () {
      const e = engine({
        random: function () {
          return 0.999999;
        }
      });
      instance.responder = function () {
        return jsonAnswer('oops', 500);
      };
      const a = record(e, A);
      await advance(30);
      expect(a).toEqual(['offline']);
      expect(instance.requests.length).toBe(1);
      await advance(29999);
      expect(instance.requests.length).toBe(1); // attempt 1: up to 2 intervals
      await advance(1);
      expect(instance.requests.length).toBe(2);
      await advance(59999);
      expect(instance.requests.length).toBe(2); // attempt 2: up to 4 intervals
      await advance(1);
      expect(instance.requests.length).toBe(3);
      expect(logs).toEqual(['[sp-presence] the instance answered 500; backing off']);
    });

    it('shows the last known status as stale through a transient failure, not a drift to away, then recovers', async function () {
      const e = engine({
        random: function () {
          return 0.999999;
        }
      });
      instance.activeAgo(0, A);
      const a = record(e, A);
      await advance(30);
      instance.responder = function () {
        return jsonAnswer('', 503);
      };
      await advance(15000); // fails at 15 s; retry due 30 s later
      expect(a).toEqual(['online', 'last known online']);
      await advance(15000);
      expect(a).toEqual(['online', 'last known online']);
      instance.responder = function () {
        return instance.answer();
      };
      instance.activeAgo(0, A);
      await advance(15000);
      expect(a).toEqual(['online', 'last known online', 'online']);
      expect(instance.requests.length).toBe(3);
    });

    it('honours Retry-After on 429', async function () {
      const e = engine();
      instance.responder = function () {
        return jsonAnswer('', 429, { retryAfter: '120' });
      };
      record(e, A);
      await advance(30);
      await advance(119999);
      expect(instance.requests.length).toBe(1);
      await advance(1);
      expect(instance.requests.length).toBe(2);
      expect(logs[0]).toContain('retrying after 120 s');
    });

    it('stops for good on 404 and hides every dot, including later ones', async function () {
      const e = engine();
      instance.activeAgo(0, A);
      const a = record(e, A);
      await advance(30);
      instance.responder = function () {
        return jsonAnswer('', 404);
      };
      await advance(15000);
      expect(a).toEqual(['online', 'offline']);
      const b = record(e, B);
      expect(b).toEqual(['offline']);
      await advance(3600000);
      expect(instance.requests.length).toBe(2);
      expect(logs.length).toBe(1);
      expect(logs[0]).toContain('404');
    });

    [
      { name: '401', answer: jsonAnswer('', 401) },
      { name: '403', answer: jsonAnswer('', 403) },
      { name: 'the login page', answer: jsonAnswer('<html>login</html>', 200, { contentType: 'text/html' }) }
    ].forEach(function (c) {
      it('pauses on ' + c.name + ' until the user comes back, then tries again', async function () {
        const resume$ = new Subject<void>();
        const e = engine({ signals: { active$: new BehaviorSubject(true), resume$: resume$ } });
        instance.responder = function () {
          return c.answer;
        };
        const a = record(e, A);
        await advance(30);
        expect(a).toEqual(['offline']);
        await advance(600000);
        expect(instance.requests.length).toBe(1);
        instance.responder = function () {
          return instance.answer();
        };
        instance.activeAgo(0, A);
        resume$.next();
        await advance(0);
        expect(instance.requests.length).toBe(2);
        expect(a).toEqual(['offline', 'online']);
      });
    });

    it('asks again at once on refresh(), ending a pause or a backoff, and reports its state', async function () {
      const e = engine();
      instance.responder = function () {
        return jsonAnswer('', 401);
      };
      const a = record(e, A);
      await advance(30);
      expect(e.report().state).toBe('paused');
      expect(e.report().lastFailure!.kind).toBe('unauthorized');
      instance.responder = function () {
        return jsonAnswer('', 500);
      };
      e.refresh();
      await advance(0);
      expect(instance.requests.length).toBe(2);
      expect(e.report().state).toBe('backing off');
      instance.responder = function () {
        return instance.answer();
      };
      instance.activeAgo(0, A);
      e.refresh();
      await advance(0);
      expect(instance.requests.length).toBe(3);
      expect(e.report().state).toBe('running');
      expect(a[a.length - 1]).toBe('online');
    });

    it('does not turn a burst of focus events into a burst of requests while signed out', async function () {
      const resume$ = new Subject<void>();
      const e = engine({ signals: { active$: new BehaviorSubject(true), resume$: resume$ } });
      instance.responder = function () {
        return jsonAnswer('', 401);
      };
      record(e, A);
      await advance(30);
      for (let i = 0; i < 10; i++) {
        resume$.next();
        await advance(100);
      }
      expect(instance.requests.length).toBe(1);
    });

    it('times out a request that never answers, aborts it, and backs off', async function () {
      const e = engine({ settings: { timeoutMs: 5000 } });
      instance.responder = function () {
        return new Promise(function () {
          return undefined;
        });
      };
      record(e, A);
      await advance(30);
      await advance(5000);
      expect(instance.requests[0].signal.aborted).toBe(true);
      expect(logs).toEqual(['[sp-presence] the presence request timed out after 5000 ms; backing off']);
    });

    it('stops for good, saying why once, when the endpoint would leave the page origin', async function () {
      const e = engine();
      instance.responder = function () {
        return Promise.reject(failure('origin', 'refusing to send the session token to "//evil.test/x"'));
      };
      const a = record(e, A);
      await advance(30);
      await advance(3600000);
      expect(a).toEqual(['offline']);
      expect(instance.requests.length).toBe(1);
      expect(logs).toEqual(['[sp-presence] refusing to send the session token to "//evil.test/x"']);
    });

    it('treats a network error as transient', async function () {
      const e = engine();
      instance.responder = function () {
        return Promise.reject(new TypeError('Failed to fetch'));
      };
      const a = record(e, A);
      await advance(30);
      expect(a).toEqual(['offline']);
      expect(logs[0]).toContain('network');
    });

    it('logs a failure kind again after a recovery', async function () {
      const e = engine({
        random: function () {
          return 0;
        }
      });
      instance.responder = function () {
        return jsonAnswer('', 500);
      };
      record(e, A);
      await advance(30);
      instance.responder = function () {
        return instance.answer();
      };
      await advance(15000);
      instance.responder = function () {
        return jsonAnswer('', 500);
      };
      await advance(15000);
      expect(logs.length).toBe(2);
    });
  });

  describe('page signals', function () {
    function signals(active: boolean): PageSignals & { active$: BehaviorSubject<boolean> } {
      return { active$: new BehaviorSubject(active), resume$: new Subject<void>() };
    }

    it('sends nothing while the page is hidden or offline, and refreshes at once when it is back', async function () {
      const s = signals(false);
      const e = engine({ signals: s });
      const a = record(e, A);
      await advance(60000);
      expect(instance.requests.length).toBe(0);
      instance.activeAgo(0, A);
      s.active$.next(true);
      await advance(30); // never answered for: the coalescing window, not a full interval
      expect(instance.requests.length).toBe(1);
      expect(a).toEqual(['online']);
    });

    it('stops the interval when the page is hidden, and refreshes known users at once when it is back', async function () {
      const s = signals(true);
      const e = engine({ signals: s });
      record(e, A);
      await advance(30);
      s.active$.next(false);
      await advance(120000);
      expect(instance.requests.length).toBe(1);
      s.active$.next(true);
      await advance(0);
      expect(instance.requests.length).toBe(2);
    });

    it('keeps the backoff when the page comes back during it', async function () {
      const s = signals(true);
      const e = engine({ signals: s });
      instance.responder = function () {
        return jsonAnswer('', 429, { retryAfter: '100' });
      };
      record(e, A);
      await advance(30);
      s.active$.next(false);
      await advance(10000);
      s.active$.next(true);
      await advance(80000);
      expect(instance.requests.length).toBe(1);
      await advance(10000);
      expect(instance.requests.length).toBe(2);
    });
  });
});
