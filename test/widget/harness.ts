/**
 * Runs the widget's fields the way Service Portal does: the server script with its globals, the
 * client script as `api.controller` with `c.data`/`c.options` bound before it runs, and the
 * template with ${...} translated and `c` as the controller.
 */
import clientJs from '../../widget/client.js?raw';
import serverJs from '../../widget/server.js?raw';
import template from '../../widget/template.html?raw';
import simText from '../../server-sim/sim.js?raw';
import queryText from '../../server-sim/encoded-query.js?raw';
import recordText from '../../server-sim/glide-record.js?raw';
import gsText from '../../server-sim/gs.js?raw';

export interface WidgetModel {
  data: { [key: string]: unknown };
  options: { [key: string]: unknown };
}

export function widgetController(): angular.Injectable<angular.IControllerConstructor> {
  const api: { controller?: angular.Injectable<angular.IControllerConstructor> } = {};
  new Function('api', clientJs)(api);
  return api.controller as angular.Injectable<angular.IControllerConstructor>;
}

/** ${Text} is translated by the portal before the template reaches the browser. */
export function translatedTemplate(): string {
  return template.replace(/\$\{([^}]*)\}/g, function (_m: string, text: string) {
    return text;
  });
}

export function renderWidget(model: WidgetModel): { element: HTMLElement; scope: angular.IScope } {
  let result: { element: HTMLElement; scope: angular.IScope } | undefined;
  angular.mock.inject(function (
    $controller: angular.IControllerService,
    $compile: angular.ICompileService,
    $rootScope: angular.IRootScopeService
  ) {
    const scope = $rootScope.$new() as angular.IScope & { c?: unknown };
    // Deferred instantiation (what $compile uses): the portal binds c.data and c.options
    // before the client script's constructor runs, on AngularJS 1.5 and 1.8 alike.
    type Later = (() => unknown) & { instance: { [key: string]: unknown } };
    const later = ($controller as unknown as (ctrl: unknown, locals: unknown, later: boolean) => Later)(
      widgetController(),
      { $scope: scope },
      true
    );
    later.instance.data = model.data;
    later.instance.options = model.options;
    scope.c = later();
    const element = $compile('<div>' + translatedTemplate() + '</div>')(scope)[0] as HTMLElement;
    document.body.appendChild(element);
    scope.$digest();
    result = { element: element, scope: scope };
  });
  return result as { element: HTMLElement; scope: angular.IScope };
}

/** The widget server script, run against in-memory tables on the one Glide simulation (server-sim/). */
export interface FakeGlide {
  tables: { [table: string]: { [field: string]: string }[] };
  queries: { table: string; encoded: string[]; conditions: [string, string][]; limit?: number }[];
}

const world = require('../../server-sim/world.js') as {
  WIDGET_FILES: string[];
  runWidgetScript(
    texts: string[],
    source: string,
    options: unknown,
    tables: unknown,
    log: unknown[],
    session?: Session
  ): { [key: string]: unknown };
  glideRecordSecure(
    texts: string[],
    tables: unknown,
    log: unknown[],
    properties?: { [name: string]: string }
  ): new (table: string) => unknown;
};
/** The simulation's files, in world.WIDGET_FILES order. */
const SIM_TEXTS = [simText, queryText, recordText, gsText];

export interface Session {
  admin: boolean;
  properties?: { [name: string]: string };
}

export function runServerScript(
  options: { [key: string]: unknown },
  fake: FakeGlide,
  session?: Session
): { [key: string]: unknown } {
  return world.runWidgetScript(SIM_TEXTS, serverJs, options, fake.tables, fake.queries, session);
}

/** The simulation's GlideRecordSecure over `tables`, for specs that query it directly. */
export function glideRecordSecure(
  tables: unknown,
  log: unknown[],
  properties?: { [name: string]: string }
): new (table: string) => unknown {
  return world.glideRecordSecure(SIM_TEXTS, tables, log, properties);
}
