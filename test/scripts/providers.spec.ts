import directiveJs from '../../dist/providers/spPresenceDot.js?raw';
import factoryJs from '../../dist/providers/spUserPresence.js?raw';
import { fakeFetch } from '../helpers/fake-fetch';
import { FakeInstance, sysId } from '../helpers/fake-instance';
import { providersFor, registerLikeThePortal } from '../helpers/portal-loader';
import { advance, installClock, uninstallClock } from '../helpers/time';

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
    expect(providersFor(['spPresenceDot']).map(function (p) { return p.name + ':' + p.type; })).toEqual(['spUserPresence:factory', 'spPresenceDot:directive']);
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
    expect(dot.hidden).toBe(false);
    expect(dot.getAttribute('aria-label')).toBe('Online, active now');
    (scope as angular.IScope).$destroy();
  });

  it('fails with "unknown provider" without the dependency, which is why it ships', function () {
    const onlyDirective = providersFor(['spPresenceDot']).filter(function (p) { return p.name === 'spPresenceDot'; });
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
    angular.mock.inject(function (spUserPresence: { getUserPresence(u: unknown[]): angular.IPromise<unknown> }, $rootScope: angular.IRootScopeService) {
      spUserPresence.getUserPresence([{ sys_id: A }]).then(function (users) { result = users; });
      advance(30).then(function () { $rootScope.$digest(); });
    });
    await advance(0);
    await advance(0);
    expect(result).toEqual([{ sys_id: A, status: 'away' }]);
  });
});
