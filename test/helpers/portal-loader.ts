/**
 * Service Portal's provider loading (servicenow.md §1c), reproduced over the records of the
 * update set: a widget's linked providers plus, recursively, the providers they require
 * (m2m_sp_ng_pro_sp_ng_pro); each script evaluated with `eval("script=" + script)` and
 * registered by its type and name; a name already registered is skipped.
 */
import updateSetXmlText from '../../dist/sp-presence-update-set.xml?raw';
import { children, field, parseXml } from './sdk-records';

interface Provider {
  name: string;
  type: string;
  script: string;
}

function installedRecords(): Element[] {
  return children(parseXml(updateSetXmlText).documentElement, 'sys_update_xml').map(function (u) {
    return parseXml(field(u, 'payload') as string).documentElement.children[0];
  });
}

/** Providers to load for a widget that lists `names` in its Angular Providers, dependencies first. */
export function providersFor(names: string[]): Provider[] {
  const records = installedRecords();
  const byId: { [id: string]: Element } = {};
  records
    .filter(function (r) {
      return r.tagName === 'sp_angular_provider';
    })
    .forEach(function (r) {
      byId[field(r, 'sys_id') as string] = r;
    });
  const requires = records.filter(function (r) {
    return r.tagName === 'm2m_sp_ng_pro_sp_ng_pro';
  });
  const ordered: Provider[] = [];
  const seen: { [id: string]: boolean } = {};
  function visit(id: string): void {
    if (seen[id] || !byId[id]) {
      return;
    }
    seen[id] = true;
    requires
      .filter(function (m) {
        return field(m, 'required_by') === id;
      })
      .forEach(function (m) {
        visit(field(m, 'requires') as string);
      });
    const r = byId[id];
    ordered.push({
      name: field(r, 'name') as string,
      type: field(r, 'type') as string,
      script: field(r, 'script') as string
    });
  }
  Object.keys(byId)
    .filter(function (id) {
      return names.indexOf(field(byId[id], 'name') as string) >= 0;
    })
    .forEach(visit);
  return ordered;
}

/** Registers `providers` on a new module the way the portal's lazy loader does; returns its name. */
export function registerLikeThePortal(moduleName: string, providers: Provider[]): string {
  angular.module(moduleName, []).config([
    '$compileProvider',
    '$provide',
    function ($compileProvider: angular.ICompileProvider, $provide: angular.auto.IProvideService) {
      const config: { [type: string]: (name: string, fn: unknown) => void } = {
        directive: function (name, fn) {
          $compileProvider.directive(name, fn as angular.IDirectiveFactory);
        },
        factory: function (name, fn) {
          $provide.factory(name, fn as (...args: unknown[]) => unknown);
        },
        service: function (name, fn) {
          $provide.service(name, fn as new (...args: unknown[]) => unknown);
        }
      };
      const loaded: { [name: string]: boolean } = {};
      providers.forEach(function (provider) {
        if (loaded[provider.name]) {
          return;
        }
        loaded[provider.name] = true;
        let script: unknown;
        // Exactly the portal's evaluation: the field must be one function expression.
        // eslint-disable-next-line no-eval
        eval('script=' + provider.script);
        config[provider.type](provider.name, script);
      });
    }
  ]);
  return moduleName;
}
