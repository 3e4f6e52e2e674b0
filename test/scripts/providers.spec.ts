import directiveJs from '../../dist/providers/spPresenceDot.js?raw';
import factoryJs from '../../dist/providers/spUserPresence.js?raw';
import recordJs from '../../dist/providers/spRecordPresence.js?raw';
import workplaceJs from '../../dist/providers/spPresenceWorkplace.js?raw';
import { FetchCall, fakeFetch } from '../helpers/fake-fetch';
import { FakeInstance, sysId } from '../helpers/fake-instance';
import { providersFor, registerLikeThePortal } from '../helpers/portal-loader';
import { advance, installClock, uninstallClock } from '../helpers/time';
import { isHidden } from '../helpers/dot-visibility';
import { answerOfficeToday } from '../helpers/wsd-answer';

describe('provider records loaded the Service Portal way', function () {
  const A = sysId(0x5a);
  let instance: FakeInstance;

  beforeEach(function () {
    installClock();
    instance = new FakeInstance();
    spyOn(window, 'fetch').and.callFake(fakeFetch(instance, []) as typeof fetch);
  });

  afterEach(uninstallClock);

  it('names the injected services as parameters, as the portal injects by name', function () {
    expect(/^function spUserPresence\(\$q, \$rootScope, \$window, \$injector\)/.test(factoryJs)).toBe(true);
    expect(/^function spPresenceDot\(\$parse, spUserPresence\)/.test(directiveJs)).toBe(true);
  });

  it('follows the dependency from a widget that lists only spPresenceDot to the factory', function () {
    expect(
      providersFor(['spPresenceDot']).map(function (p) {
        return p.name + ':' + p.type;
      })
    ).toEqual(['spUserPresence:factory', 'spPresenceDot:directive']);
  });

  it('renders a live dot in a widget that lists only spPresenceDot', async function () {
    angular.mock.module(registerLikeThePortal('onlyTheDot', providersFor(['spPresenceDot'])));
    instance.activeAgo(0, A);
    let element: HTMLElement | undefined;
    let scope: angular.IScope | undefined;
    angular.mock.inject(function ($compile: angular.ICompileService, $rootScope: angular.IRootScopeService) {
      scope = $rootScope.$new();
      (scope as angular.IScope & { id: string }).id = A;
      element = $compile('<span sp-presence-dot user-id="id"><i class="avatar"></i></span>')(scope)[0] as HTMLElement;
      scope.$digest();
    });
    await advance(30);
    const dot = (element as HTMLElement).querySelector('.sp-presence__dot') as HTMLElement;
    expect(instance.requests.length).toBe(1);
    expect(isHidden(dot)).toBe(false);
    expect(dot.getAttribute('aria-label')).toBe('Online, active now');
    (scope as angular.IScope).$destroy();
  });

  describe('spRecordPresence', function () {
    const RECORD = sysId(0x7e);
    let warnings: string[];

    beforeEach(function () {
      warnings = [];
      spyOn(console, 'warn').and.callFake(function (line: string) {
        warnings.push(line);
      });
    });

    /** A widget listing only spRecordPresence, on a page whose platform has (or lacks) record presence, or disabled presence. */
    function listOnPage(
      name: string,
      page: { recordPresence: boolean; disabled?: boolean },
      html: string
    ): {
      element: HTMLElement;
      $rootScope: angular.IRootScopeService;
      spUserPresence: { report(): { recordPresence?: string } };
    } {
      angular.mock.module(
        registerLikeThePortal(name, providersFor(['spRecordPresence'])),
        function ($provide: angular.auto.IProvideService) {
          if (page.recordPresence) {
            $provide.value('snRecordPresence', {});
          }
          if (page.disabled) {
            $provide.constant('PRESENCE_DISABLED', true);
          }
        }
      );
      let found: ReturnType<typeof listOnPage> | undefined;
      angular.mock.inject(function (
        $compile: angular.ICompileService,
        $rootScope: angular.IRootScopeService,
        spUserPresence: { report(): { recordPresence?: string } }
      ) {
        const element = $compile(html)($rootScope.$new())[0] as HTMLElement;
        $rootScope.$digest();
        found = { element: element, $rootScope: $rootScope, spUserPresence: spUserPresence };
      });
      return found as ReturnType<typeof listOnPage>;
    }

    function sessions(): unknown {
      return {
        s1: {
          status: 'typing',
          session_id: 's1',
          user_id: A,
          user_display_name: 'Beth Anglin',
          field_type: 'work_notes',
          table: 'incident',
          sys_id: RECORD
        }
      };
    }

    it('names the injected services as parameters', function () {
      expect(/^function spRecordPresence\(\$rootScope, \$window, \$injector, spUserPresence\)/.test(recordJs)).toBe(
        true
      );
    });

    it('lists who is on the record, with a live dot, in a widget that lists only spRecordPresence', async function () {
      instance.activeAgo(0, A);
      const page = listOnPage(
        'onlyTheList',
        { recordPresence: true },
        '<sp-record-presence table="incident" sys-id="' + RECORD + '"></sp-record-presence>'
      );
      page.$rootScope.$emit('sp.sessions', sessions());
      await advance(30);
      const row = page.element.querySelector('.sp-record-presence__person') as HTMLElement;
      expect(row.textContent).toBe('BABeth Anglintyping a work note');
      expect((row.querySelector('.sp-presence__dot') as HTMLElement).getAttribute('aria-label')).toBe(
        'Online, active now'
      );
      expect(page.spUserPresence.report().recordPresence).toBe('listening');
      expect(warnings).toEqual([]);
    });

    it('draws nothing where the page has no platform record presence, and says so once for every list', function () {
      const page = listOnPage(
        'noRecordPresence',
        { recordPresence: false },
        '<div><sp-record-presence table="incident" sys-id="' +
          RECORD +
          '"></sp-record-presence><sp-record-presence table="incident" sys-id="' +
          RECORD +
          '"></sp-record-presence></div>'
      );
      page.$rootScope.$emit('sp.sessions', sessions());
      expect(page.element.querySelector('.sp-record-presence')).toBeNull();
      expect(warnings).toEqual([
        '[sp-presence] this page has no platform record presence (snRecordPresence): <sp-record-presence> lists nobody'
      ]);
      expect(page.spUserPresence.report().recordPresence).toBe('no platform record presence');
    });

    it('draws nothing with PRESENCE_DISABLED: one console line for the page however many lists, no request', async function () {
      const page = listOnPage(
        'recordDisabled',
        { recordPresence: true, disabled: true },
        '<div><sp-record-presence table="incident" sys-id="' +
          RECORD +
          '"></sp-record-presence><sp-record-presence></sp-record-presence></div>'
      );
      page.$rootScope.$emit('sp.sessions', sessions());
      await advance(60000);
      expect(page.element.querySelector('.sp-record-presence')).toBeNull();
      expect(warnings.length).toBe(1);
      expect(warnings[0]).toMatch(/^\[sp-presence\] user presence is disabled on this instance \(PRESENCE_DISABLED\)/);
      expect(instance.requests.length).toBe(0);
    });
  });

  describe('spPresenceWorkplace (office days, following, recent activities)', function () {
    let warnings: string[];
    let calls: FetchCall[];

    beforeEach(function () {
      warnings = [];
      calls = [];
      spyOn(console, 'warn').and.callFake(function (line: string) {
        warnings.push(line);
      });
      (window.fetch as jasmine.Spy).and.callFake(fakeFetch(instance, calls) as typeof fetch);
      answerOfficeToday(instance, calls, [{ sysId: A, inOffice: true, location: 'Building B' }]);
      instance.activeAgo(0, A);
    });

    /** Two office dots in a widget that lists `providers`; none injects spPresenceWorkplace itself. */
    async function officeDots(name: string, providers: string[]): Promise<HTMLElement> {
      angular.mock.module(registerLikeThePortal(name, providersFor(providers)));
      let element: HTMLElement | undefined;
      angular.mock.inject(function ($compile: angular.ICompileService, $rootScope: angular.IRootScopeService) {
        const scope = $rootScope.$new() as angular.IScope & { id: string };
        scope.id = A;
        element = $compile(
          '<div><span sp-presence-dot user-id="id" user-name="\'Beth Anglin\'" show-office="true"></span>' +
            '<span sp-presence-dot user-id="id" show-office="true"></span></div>'
        )(scope)[0] as HTMLElement;
        scope.$digest();
      });
      await advance(30);
      await advance(30);
      return element as HTMLElement;
    }

    function wsdCalls(): FetchCall[] {
      return calls.filter(function (c) {
        return c.url.indexOf('/api/sn_wsd_concierge/') >= 0;
      });
    }

    it('names the injected services as parameters', function () {
      expect(/^function spPresenceWorkplace\(spUserPresence\)/.test(workplaceJs)).toBe(true);
      expect(
        providersFor(['spPresenceWorkplace']).map(function (p) {
          return p.name;
        })
      ).toEqual(['spUserPresence', 'spPresenceWorkplace']);
    });

    it("carries no second copy of RxJS or the source machinery: it takes them from spUserPresence's kit", function () {
      expect(workplaceJs).toContain('spUserPresence.kit.');
      // RxJS's Subscription names its error class; the service's provider has it, this one must not.
      expect(factoryJs).toContain('UnsubscriptionError');
      expect(workplaceJs).not.toContain('UnsubscriptionError');
    });

    it('beside an spUserPresence of an older release (no kit), says so once and hands the service back, no TypeError', function () {
      const older = { useWorkplace: jasmine.createSpy('useWorkplace') };
      const provider = (0, eval)('(' + workplaceJs + ')') as (service: unknown) => unknown;
      expect(provider(older)).toBe(older);
      expect(older.useWorkplace).not.toHaveBeenCalled();
      expect(warnings.length).toBe(1);
      expect(warnings[0]).toContain('import the whole update set');
    });

    it('shows office days on a page whose widget lists it: the dots find it themselves', async function () {
      const element = await officeDots('withWorkplace', ['spPresenceDot', 'spPresenceWorkplace']);
      const dot = element.querySelector('.sp-presence__dot') as HTMLElement;
      expect(dot.getAttribute('aria-label')).toBe('Beth Anglin, Online, active now, in the office today (Building B)');
      expect((element.querySelector('.sp-presence__office') as HTMLElement).hidden).toBe(false);
      expect(document.getElementById('sp-presence-office-styles')).not.toBeNull();
      expect(wsdCalls().length).toBe(1);
      expect(warnings).toEqual([]);
    });

    it('without it, a show-office dot says once which provider to add, asks WSD nothing, and still shows presence', async function () {
      const element = await officeDots('withoutWorkplace', ['spPresenceDot']);
      const dot = element.querySelector('.sp-presence__dot') as HTMLElement;
      expect(dot.getAttribute('aria-label')).toBe('Beth Anglin, Online, active now');
      expect(element.querySelector('.sp-presence__office')).toBeNull();
      expect(wsdCalls().length).toBe(0);
      expect(warnings.length).toBe(1);
      expect(warnings[0]).toContain('Angular Provider spPresenceWorkplace');
    });

    it('without it, follow() rejects naming the provider and recentActivities() resolves to nothing', async function () {
      angular.mock.module(registerLikeThePortal('serviceAlone', providersFor(['spUserPresence'])));
      let error: Error | undefined;
      let activities: unknown = 'pending';
      angular.mock.inject(function (
        $rootScope: angular.IRootScopeService,
        spUserPresence: {
          follow(id: string, f: boolean): angular.IPromise<unknown>;
          recentActivities(c: string, i: string): angular.IPromise<unknown>;
        }
      ) {
        spUserPresence.follow(A, true).catch(function (e: Error) {
          error = e;
        });
        spUserPresence.recentActivities(sysId(0xc0), sysId(0xd0)).then(function (list) {
          activities = list;
        });
        $rootScope.$digest();
      });
      await advance(0);
      expect(error && error.message).toContain('Angular Provider spPresenceWorkplace');
      expect(activities).toBeUndefined();
      expect(
        calls.filter(function (c) {
          return c.url.indexOf('/api/now/ui/presence') < 0;
        })
      ).toEqual([]);
      expect(warnings.length).toBe(1);
    });
  });

  it('fails with "unknown provider" without the dependency, which is why it ships', function () {
    const onlyDirective = providersFor(['spPresenceDot']).filter(function (p) {
      return p.name === 'spPresenceDot';
    });
    angular.mock.module(registerLikeThePortal('dotWithoutFactory', onlyDirective));
    expect(function () {
      angular.mock.inject(function ($compile: angular.ICompileService, $rootScope: angular.IRootScopeService) {
        $compile('<sp-presence-dot user-id="\'' + A + '\'"></sp-presence-dot>')($rootScope.$new());
      });
    }).toThrowError(/Unknown provider: spUserPresenceProvider/);
  });

  it('serves the article one-shot API from the factory record', async function () {
    angular.mock.module(registerLikeThePortal('theFactory', providersFor(['spUserPresence'])));
    instance.activeAgo(40000, A);
    let result: unknown;
    angular.mock.inject(function (
      spUserPresence: { getUserPresence(u: unknown[]): angular.IPromise<unknown> },
      $rootScope: angular.IRootScopeService
    ) {
      spUserPresence.getUserPresence([{ sys_id: A }]).then(function (users) {
        result = users;
      });
      advance(30).then(function () {
        $rootScope.$digest();
      });
    });
    await advance(0);
    await advance(0);
    expect(result).toEqual([{ sys_id: A, status: 'away' }]);
  });
});
