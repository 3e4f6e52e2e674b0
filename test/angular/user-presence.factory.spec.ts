import '../../src/angular/module';
import { UserPresenceService } from '../../src/angular/user-presence.service';
import { SettingsError } from '../../src/core/settings';
import { DotStatus } from '../../src/core/availability';
import { FetchCall, fakeFetch } from '../helpers/fake-fetch';
import { FakeInstance, sysId } from '../helpers/fake-instance';
import { advance, installClock, uninstallClock } from '../helpers/time';

const A = sysId(0xa1);
const B = sysId(0xb1);
const C = sysId(0xc1);

interface TestWindow {
  g_ck?: string;
  NOW?: { presence_interval?: unknown };
}

describe('spUserPresence', function () {
  let instance: FakeInstance;
  let calls: FetchCall[];
  let service: UserPresenceService;
  let $rootScope: angular.IRootScopeService;
  let $timeout: angular.ITimeoutService;
  const win = window as unknown as TestWindow;

  function setUp(now?: TestWindow['NOW'], presenceDisabled?: unknown) {
    installClock();
    instance = new FakeInstance();
    calls = [];
    spyOn(window, 'fetch').and.callFake(fakeFetch(instance, calls) as typeof fetch);
    win.g_ck = 'token-abc';
    win.NOW = now;
    angular.mock.module('spPresence');
    if (presenceDisabled !== undefined) {
      // What sn.common.presence defines on a portal page.
      angular.mock.module(function ($provide: angular.auto.IProvideService) {
        $provide.constant('PRESENCE_DISABLED', presenceDisabled);
      });
    }
    angular.mock.inject(function (
      spUserPresence: UserPresenceService,
      _$rootScope_: angular.IRootScopeService,
      _$timeout_: angular.ITimeoutService
    ) {
      service = spUserPresence;
      $rootScope = _$rootScope_;
      $timeout = _$timeout_;
    });
  }

  afterEach(function () {
    uninstallClock();
    delete win.g_ck;
    delete win.NOW;
  });

  describe('getUserPresence (the article contract)', function () {
    beforeEach(function () {
      setUp();
    });

    it('resolves [{sys_id, status}] in input order from one request, keeping extra fields', async function () {
      instance.activeAgo(1000, A);
      instance.activeAgo(45000, B);
      const input = [{ sys_id: A, name: 'Ann' }, { sys_id: B }, { sys_id: C }];
      let result: unknown;
      service.getUserPresence(input).then(function (users) {
        result = users;
      });
      await advance(30);
      $rootScope.$digest();
      expect(result).toEqual([
        { sys_id: A, name: 'Ann', status: 'online' },
        { sys_id: B, status: 'away' },
        { sys_id: C, status: 'offline' }
      ]);
      expect(instance.requests.length).toBe(1);
      expect(input[0]).toEqual({ sys_id: A, name: 'Ann' }); // input untouched
    });

    it('accepts plain sys_id strings and answers offline for invalid ones without sending them', async function () {
      spyOn(console, 'warn');
      instance.activeAgo(0, A);
      let result: unknown;
      service
        .getUserPresence([A, 'not-an-id', { sys_id: '<script>alert(1)</script>' }] as string[])
        .then(function (users) {
          result = users;
        });
      await advance(30);
      $rootScope.$digest();
      expect(result).toEqual([
        { sys_id: A, status: 'online' },
        { sys_id: 'not-an-id', status: 'offline' },
        { sys_id: '<script>alert(1)</script>', status: 'offline' }
      ]);
      expect(instance.requests.length).toBe(1);
      expect(calls[0].body).not.toContain('not-an-id');
      expect(console.warn).toHaveBeenCalledTimes(1);
    });

    it('rejects a non-array with a clear TypeError', function () {
      let error: unknown;
      service.getUserPresence('abc' as unknown as string[]).catch(function (e) {
        error = e;
      });
      $rootScope.$digest();
      expect(error instanceof TypeError).toBe(true);
      expect(String(error)).toContain('getUserPresence expects an array');
    });

    it('stops asking once answered: a one-shot call leaves no polling behind', async function () {
      service.getUserPresence([A]);
      await advance(30);
      await advance(120000);
      expect(instance.requests.length).toBe(1);
    });

    it('keeps the session token on the page origin, whatever <base href> says', async function () {
      const base = document.createElement('base');
      base.href = 'http://evil.test/';
      document.head.appendChild(base);
      try {
        service.getUserPresence([A]);
        await advance(30);
        expect(calls.length).toBe(1);
        expect(calls[0].url.indexOf(window.location.origin + '/')).toBe(0);
      } finally {
        document.head.removeChild(base);
      }
    });

    it("sends UI16's request: automatic, the page's heartbeat, the session token", async function () {
      service.getUserPresence([A]);
      await advance(30);
      const pattern = new RegExp(
        '^' + window.location.origin + '/api/now/ui/presence\\?sysparm_auto_request=true&cd=(\\d+)$'
      );
      const cd = Number(pattern.exec(calls[0].url)![1]);
      expect(cd).toBeGreaterThan(Date.now() - 30);
      expect(cd).toBeLessThanOrEqual(Date.now());
      expect(calls[0].method).toBe('POST');
      expect(calls[0].headers['X-UserToken']).toBe('token-abc');
      expect(calls[0].headers['Content-Type']).toBe('application/json;charset=UTF-8');
      expect(JSON.parse(calls[0].body).href).toBe(window.location.href);
    });
  });

  describe('watch', function () {
    beforeEach(function () {
      setUp();
    });

    it('calls back inside a digest on changes, and stops after unsubscribe', async function () {
      instance.activeAgo(0, A);
      const seen: DotStatus[] = [];
      let inDigest = false;
      const stop = service.watch(A, function (status) {
        seen.push(status);
        inDigest = !!$rootScope.$$phase;
      });
      await advance(30);
      expect(seen).toEqual([]);
      $timeout.flush();
      expect(seen).toEqual(['online']);
      expect(inDigest).toBe(true);
      stop();
      await advance(60000);
      expect(instance.requests.length).toBe(1);
    });

    it('can call back outside AngularJS for DOM-only consumers', async function () {
      const seen: DotStatus[] = [];
      const stop = service.watch(
        A,
        function (status) {
          seen.push(status);
        },
        { digest: false }
      );
      await advance(30);
      expect(seen).toEqual(['offline']);
      stop();
    });
  });

  describe('configure', function () {
    beforeEach(function () {
      setUp();
    });

    it('validates settings and names the bad one', function () {
      expect(function () {
        service.configure({ onlineMs: 60000, awayMs: 30000 });
      }).toThrowMatching(function (e) {
        return e instanceof SettingsError && /awayMs/.test(e.message);
      });
      expect(function () {
        service.configure({ labels: { napping: 'Asleep' } } as never);
      }).toThrowError(SettingsError, /unknown label "napping"/);
      expect(service.configure({ intervalMs: 20000 }).intervalMs).toBe(20000);
    });

    it('rejects arrays, null and {labels: null} with a clear message, and a watch without a callback at the call', function () {
      expect(function () {
        service.configure([] as never);
      }).toThrowError(SettingsError, /got an array/);
      expect(function () {
        service.configure(null as never);
      }).toThrowError(SettingsError, /expected an object/);
      expect(function () {
        service.configure({ labels: null } as never);
      }).toThrowError(SettingsError, /labels must be an object .*got null/);
      expect(function () {
        service.watch(A, 'refresh' as never);
      }).toThrowError(TypeError, /expects a function as callback \(got "refresh"\)/);
    });

    it('keeps labels for the dots (e.g. translated by a widget)', function () {
      service.configure({ labels: { online: 'En ligne' } });
      expect(service.labels().online).toBe('En ligne');
      expect(service.labels().away).toBe('Away');
      expect(function () {
        service.configure({ announce: 'yes' } as never);
      }).toThrowError(SettingsError, /announce must be true or false \(got "yes"\)/);
    });

    it('applies nothing from a call that fails validation', function () {
      expect(function () {
        service.configure({ labels: { online: 'X' }, intervalMs: 1 });
      }).toThrow();
      expect(service.labels().online).toBe('Online');
    });
  });

  describe('UI16 interval', function () {
    it('follows NOW.presence_interval (seconds) when the page sets one', async function () {
      setUp({ presence_interval: 30 });
      const stop = service.watch(
        A,
        function () {
          return undefined;
        },
        { digest: false }
      );
      await advance(30);
      await advance(29999);
      expect(instance.requests.length).toBe(1);
      await advance(1);
      expect(instance.requests.length).toBe(2);
      stop();
    });

    it('ignores an unusable NOW.presence_interval, saying so once', async function () {
      spyOn(console, 'warn');
      setUp({ presence_interval: 'often' });
      const stop = service.watch(
        A,
        function () {
          return undefined;
        },
        { digest: false }
      );
      await advance(30);
      await advance(15000);
      expect(instance.requests.length).toBe(2);
      expect(console.warn).toHaveBeenCalledTimes(1);
      expect(String((console.warn as jasmine.Spy).calls.argsFor(0)[0])).toContain('NOW.presence_interval "often"');
      stop();
    });
  });

  describe("the platform's own presence client", function () {
    it('feeds dots from its sn.presence events, with no request after the first', async function () {
      setUp();
      instance.activeAgo(0, A);
      const seen: DotStatus[] = [];
      const stop = service.watch(
        A,
        function (s) {
          seen.push(s);
        },
        { digest: false }
      );
      await advance(30);
      expect(instance.requests.length).toBe(1);
      await advance(1000); // the platform's client runs on its own schedule
      $rootScope.$emit('sn.presence', [{ user: A, last_on: instance.lastOn[A], status: 'online' }]);
      for (let i = 0; i < 8; i++) {
        await advance(15000);
        instance.activeAgo(i % 2 === 0 ? 35000 : 0, A);
        $rootScope.$emit('sn.presence', [{ user: A, last_on: instance.lastOn[A], status: 'offline' }]);
      }
      expect(instance.requests.length).toBe(1);
      expect(seen).toEqual(['online', 'away', 'online', 'away', 'online', 'away', 'online', 'away', 'online']);
      stop();
    });

    it('sends nothing and draws no dot when the administrator disabled presence', async function () {
      spyOn(console, 'warn');
      setUp(undefined, true);
      instance.activeAgo(0, A);
      const seen: DotStatus[] = [];
      const stop = service.watch(
        A,
        function (s) {
          seen.push(s);
        },
        { digest: false }
      );
      await advance(60000);
      expect(instance.requests.length).toBe(0);
      expect(seen).toEqual(['offline']);
      expect(console.warn).toHaveBeenCalledTimes(1);
      stop();
    });

    it('polls as usual where the platform says presence is enabled', async function () {
      setUp(undefined, false);
      const stop = service.watch(
        A,
        function () {
          return undefined;
        },
        { digest: false }
      );
      await advance(30);
      expect(instance.requests.length).toBe(1);
      stop();
    });
  });

  describe('diagnose', function () {
    it('resolves with what one poll showed, and logs it once', async function () {
      spyOn(console, 'info');
      setUp();
      instance.activeAgo(0, A, B);
      let report: { httpStatus?: number; usersPresent?: number; shapeRecognised?: boolean } | undefined;
      service.diagnose().then(function (r) {
        report = r;
      });
      await advance(0);
      $rootScope.$digest();
      expect(instance.requests.length).toBe(1);
      expect(report!.httpStatus).toBe(201);
      expect(report!.shapeRecognised).toBe(true);
      expect(report!.usersPresent).toBe(2);
      expect(console.info).toHaveBeenCalledTimes(1);
    });
  });
});
