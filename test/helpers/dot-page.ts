/**
 * A page for directive specs: fake time, a scripted instance behind fetch, the module under
 * test, and a host element the rendered markup goes into. Call inside a describe: it registers
 * its own beforeEach and afterEach.
 */
import { fakeFetch } from './fake-fetch';
import { FakeInstance } from './fake-instance';
import { installClock, uninstallClock } from './time';

export type SpecScope = angular.IScope & { [key: string]: unknown };

export interface DotPage {
  instance: FakeInstance;
  $compile: angular.ICompileService;
  $rootScope: angular.IRootScopeService;
  scope: SpecScope;
  host: HTMLElement;
  /** Compiles `html` on the page's scope, adds it to the host and runs a digest. */
  render(html: string): HTMLElement;
}

export function useDotPage(moduleName: string): DotPage {
  const page = {
    render: function (html: string): HTMLElement {
      const element = page.$compile(html)(page.scope)[0] as HTMLElement;
      page.host.appendChild(element);
      page.scope.$digest();
      return element;
    }
  } as DotPage;

  beforeEach(function () {
    installClock();
    page.instance = new FakeInstance();
    spyOn(window, 'fetch').and.callFake(fakeFetch(page.instance, []) as typeof fetch);
    angular.mock.module(moduleName);
    angular.mock.inject(function ($compile: angular.ICompileService, $rootScope: angular.IRootScopeService) {
      page.$compile = $compile;
      page.$rootScope = $rootScope;
    });
    page.scope = page.$rootScope.$new() as SpecScope;
    page.host = document.createElement('div');
    document.body.appendChild(page.host);
  });

  afterEach(function () {
    page.scope.$destroy();
    document.body.removeChild(page.host);
    uninstallClock();
  });

  return page;
}
