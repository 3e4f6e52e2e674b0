import directiveJs from '../../dist/providers/spPresenceDot.js?raw';
import factoryJs from '../../dist/providers/spUserPresence.js?raw';
import { fakeFetch } from '../helpers/fake-fetch';
import { FakeInstance, sysId } from '../helpers/fake-instance';
import { advance, installClock, uninstallClock } from '../helpers/time';

/** What Service Portal does with a sp_angular_provider record: evaluate its script, register by name. */
function evaluateProvider(script: string): (...args: unknown[]) => unknown {
  // Indirect eval: global scope, like the portal's own evaluation of the script field.
  return (0, eval)('(' + script + ')');
}

describe('provider scripts registered the Service Portal way', function () {
  const A = sysId(0x5a);
  let instance: FakeInstance;

  beforeEach(function () {
    installClock();
    instance = new FakeInstance();
    spyOn(window, 'fetch').and.callFake(fakeFetch(instance, []) as typeof fetch);
    angular.module('spPortalUnderTest', [])
      .factory('spUserPresence', evaluateProvider(factoryJs) as angular.Injectable<(...args: unknown[]) => unknown>)
      .directive('spPresenceDot', evaluateProvider(directiveJs) as angular.Injectable<angular.IDirectiveFactory>);
    angular.mock.module('spPortalUnderTest');
  });

  afterEach(uninstallClock);

  it('names the injected services as parameters, as the portal injects by name', function () {
    expect(evaluateProvider(factoryJs).name).toBe('spUserPresence');
    expect(/^function spUserPresence\(\$q, \$rootScope, \$window\)/.test(factoryJs)).toBe(true);
    expect(/^function spPresenceDot\(\)/.test(directiveJs)).toBe(true);
  });

  it('renders a live dot against the presence endpoint', async function () {
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
    expect(dot.getAttribute('aria-label')).toBe('Online');
    (scope as angular.IScope).$destroy();
  });

  it('serves the article one-shot API from the factory script', async function () {
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
