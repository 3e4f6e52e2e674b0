/**
 * What the ServiceNow page tells the service before any request: UI16's interval, the
 * administrator's switch, and the platform's own presence client on this page.
 */
import { Observable } from 'rxjs';
import { DEFAULT_SETTINGS, mergeSettings, Settings } from '../core/settings';

export interface ServiceNowWindow extends Window {
  g_ck?: string;
  NOW?: { presence_interval?: unknown };
}

/** UI16's own interval (NOW.presence_interval, seconds) when the page sets a usable one; else 15 s. */
export function initialSettings(win: ServiceNowWindow, warn: (message: string) => void): Partial<Settings> {
  const value = win.NOW && win.NOW.presence_interval;
  if (value === undefined || value === null || value === '') {
    return {};
  }
  try {
    return mergeSettings(DEFAULT_SETTINGS, { intervalMs: Number(value) * 1000 });
  } catch (e) {
    warn(
      '[sp-presence] ignoring NOW.presence_interval ' +
        JSON.stringify(String(value)) +
        ' (seconds, at least 5 expected); polling every ' +
        DEFAULT_SETTINGS.intervalMs / 1000 +
        ' s'
    );
    return {};
  }
}

/** The administrator's switch (servicenow.md §1b): the platform's own constant, where the page has it. */
export function presenceDisabled($injector: angular.auto.IInjectorService): boolean {
  if (!$injector.has('PRESENCE_DISABLED')) {
    return false;
  }
  const value = $injector.get<unknown>('PRESENCE_DISABLED');
  return value === true || value === 'true';
}

/** Each presenceArray the platform's own client emits on this page (`sn.presence`). */
export function platformPresence($rootScope: angular.IRootScopeService): Observable<unknown> {
  return new Observable<unknown>(function (subscriber) {
    return $rootScope.$on('sn.presence', function (_event: angular.IAngularEvent, list: unknown) {
      subscriber.next(list);
    });
  });
}
