/**
 * A ticket page for <sp-record-presence> specs: the module with a stub of the page's factory
 * (every dot online, no engine), the platform's record presence present or not, and every
 * request the page makes (fetch, XMLHttpRequest) recorded.
 */
import '../../src/angular/module';
import { Presence } from '../../src/core/presence';
import { DEFAULT_LABELS } from '../../src/dom/dot-words';

export const SELF = '6816f79cc0a8016401c5a33be04be441';
export const BETH = 'a8f98bb0eb32010045e1a5115206fe3a';
export const ABEL = '62826bf03710200044e0bfc8bcbe5df1';
export const RECORD = '9d385017c611228701d22104cc95c371';
const ONLINE: Presence = { status: 'online', activity: 'online', stale: false, lastSeenMs: 0 };

export type Sessions = { [id: string]: { [field: string]: unknown } };

export function session(
  userId: string,
  name: string,
  status: string,
  fieldType?: string
): { [field: string]: unknown } {
  return {
    status: status,
    session_id: 's' + name,
    user_id: userId,
    user_name: name,
    user_display_name: name,
    user_initials: '',
    user_avatar: '',
    table: 'incident',
    sys_id: RECORD,
    field_type: fieldType || '',
    time: 1,
    lastUpdated: 1
  };
}

/** `n` people viewing, "Person 10", "Person 11"... */
export function people(n: number): Sessions {
  const all: Sessions = {};
  for (let i = 0; i < n; i++) {
    all['s' + i] = session(
      ('0000000000000000000000000000000' + (i + 1).toString(16)).slice(-32),
      'Person ' + (10 + i),
      'viewing'
    );
  }
  return all;
}

function stubService(disabled: boolean) {
  const stub = {
    watched: [] as string[],
    stopped: [] as string[],
    report: function () {
      return { disabled: disabled };
    },
    noteRecordPresence: jasmine.createSpy('noteRecordPresence'),
    watch: function (id: string, callback: (status: string, presence: Presence) => void) {
      stub.watched.push(id);
      callback('online', ONLINE);
      return function () {
        stub.stopped.push(id);
      };
    },
    describe: function () {
      return 'Online, active now';
    },
    labels: function () {
      return DEFAULT_LABELS;
    }
  };
  return stub;
}

export interface RecordPage {
  service: ReturnType<typeof stubService>;
  $rootScope: angular.IRootScopeService;
  scope: angular.IScope;
  requests: string[];
  /** Starts the page: with the platform's record presence unless told otherwise. */
  open(platform?: { recordPresence?: boolean; disabled?: boolean }): void;
  /** Compiles `html` (by default a list of RECORD) into the page. */
  render(html?: string): HTMLElement;
  emit(sessions: unknown): void;
  /** The rows drawn: "Name what they do". */
  rows(el: HTMLElement): string[];
  /** Whether the list is drawn and takes room. */
  shown(el: HTMLElement): boolean;
}

/** Sets up (and after each spec tears down) a RecordPage; call `open` in each spec or a beforeEach. */
export function useRecordPage(): RecordPage {
  let host: HTMLElement;
  let $compile: angular.ICompileService;
  const page = { requests: [] as string[] } as RecordPage;

  beforeEach(function () {
    page.requests = [];
    spyOn(window, 'fetch').and.callFake(function (url: unknown) {
      page.requests.push(String(url));
      return new Promise(function () {
        /* never */
      });
    });
    spyOn(XMLHttpRequest.prototype, 'open').and.callFake(function (_method: string, url: string | URL) {
      page.requests.push(String(url));
    });
    host = document.createElement('div');
    document.body.appendChild(host);
  });

  afterEach(function () {
    if (page.scope) {
      page.scope.$destroy();
    }
    document.body.removeChild(host);
    // The live region is the page's, shared with the dots' specs, which expect to create it.
    const region = document.getElementById('sp-presence-live');
    if (region) {
      region.parentNode!.removeChild(region);
    }
  });

  page.open = function (platform) {
    const options = platform || {};
    page.service = stubService(options.disabled === true);
    angular.mock.module('spPresence', function ($provide: angular.auto.IProvideService) {
      $provide.value('spUserPresence', page.service);
      if (options.recordPresence !== false) {
        $provide.value('snRecordPresence', {});
      }
    });
    angular.mock.inject(function (_$compile_: angular.ICompileService, _$rootScope_: angular.IRootScopeService) {
      $compile = _$compile_;
      page.$rootScope = _$rootScope_;
    });
    (page.$rootScope as angular.IRootScopeService & { user?: { sys_id: string } }).user = { sys_id: SELF };
    page.scope = page.$rootScope.$new();
  };

  page.render = function (html) {
    const element = $compile(
      html || '<sp-record-presence table="incident" sys-id="' + RECORD + '"></sp-record-presence>'
    )(page.scope)[0] as HTMLElement;
    host.appendChild(element);
    page.scope.$digest();
    return element;
  };

  page.emit = function (sessions) {
    page.$rootScope.$emit('sp.sessions', sessions);
  };

  page.rows = function (el) {
    return Array.prototype.map.call(el.querySelectorAll('.sp-record-presence__person'), function (row: HTMLElement) {
      return (
        row.querySelector('.sp-record-presence__name')!.textContent +
        ' ' +
        row.querySelector('.sp-record-presence__doing')!.textContent
      );
    }) as string[];
  };

  page.shown = function (el) {
    const root = el.querySelector('.sp-record-presence') as HTMLElement | null;
    return !!root && !root.hidden && root.getBoundingClientRect().height > 0;
  };

  return page;
}
