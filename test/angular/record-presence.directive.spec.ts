import '../../src/angular/module';
import { Presence } from '../../src/core/status-board';
import { DEFAULT_LABELS } from '../../src/dom/dot-words';

const SELF = '6816f79cc0a8016401c5a33be04be441';
const BETH = 'a8f98bb0eb32010045e1a5115206fe3a';
const ABEL = '62826bf03710200044e0bfc8bcbe5df1';
const RECORD = '9d385017c611228701d22104cc95c371';
const ONLINE: Presence = { status: 'online', activity: 'online', stale: false, lastSeenMs: 0 };

type Sessions = { [id: string]: { [field: string]: unknown } };

function session(userId: string, name: string, status: string, fieldType?: string): { [field: string]: unknown } {
  return { status: status, session_id: 's' + name, user_id: userId, user_name: name, user_display_name: name, user_initials: '',
    user_avatar: '', table: 'incident', sys_id: RECORD, field_type: fieldType || '', time: 1, lastUpdated: 1 };
}

function people(n: number): Sessions {
  const all: Sessions = {};
  for (let i = 0; i < n; i++) {
    all['s' + i] = session(('0000000000000000000000000000000' + (i + 1).toString(16)).slice(-32), 'Person ' + (10 + i), 'viewing');
  }
  return all;
}

/** The page's factory, reduced to what the list uses; every dot is online. */
function stubService(disabled: boolean) {
  const stub = {
    watched: [] as string[],
    stopped: [] as string[],
    report: function () { return { disabled: disabled }; },
    noteRecordPresence: jasmine.createSpy('noteRecordPresence'),
    watch: function (id: string, callback: (status: string, presence: Presence) => void) {
      stub.watched.push(id);
      callback('online', ONLINE);
      return function () { stub.stopped.push(id); };
    },
    describe: function () { return 'Online, active now'; },
    labels: function () { return DEFAULT_LABELS; }
  };
  return stub;
}

describe('<sp-record-presence>', function () {
  let $compile: angular.ICompileService;
  let $rootScope: angular.IRootScopeService & { user?: { sys_id: string } };
  let service: ReturnType<typeof stubService>;
  let scope: angular.IScope;
  let host: HTMLElement;
  let requests: string[];
  const platform = { recordPresence: true, disabled: false };

  function setUp() {
    service = stubService(platform.disabled);
    angular.mock.module('spPresence', function ($provide: angular.auto.IProvideService) {
      $provide.value('spUserPresence', service);
      if (platform.recordPresence) {
        $provide.value('snRecordPresence', {});
      }
    });
    angular.mock.inject(function (_$compile_: angular.ICompileService, _$rootScope_: angular.IRootScopeService) {
      $compile = _$compile_;
      $rootScope = _$rootScope_;
    });
    $rootScope.user = { sys_id: SELF };
    scope = $rootScope.$new();
  }

  beforeEach(function () {
    platform.recordPresence = true;
    platform.disabled = false;
    requests = [];
    // Any request at all, by fetch or XMLHttpRequest, is recorded (ngMock's $httpBackend throws on its own).
    spyOn(window, 'fetch').and.callFake(function (url: unknown) { requests.push(String(url)); return new Promise(function () { /* never */ }); });
    spyOn(XMLHttpRequest.prototype, 'open').and.callFake(function (_method: string, url: string | URL) { requests.push(String(url)); });
    host = document.createElement('div');
    document.body.appendChild(host);
  });

  afterEach(function () {
    if (scope) {
      scope.$destroy();
    }
    document.body.removeChild(host);
    // The live region is the page's, shared with the dots' specs, which expect to create it.
    const region = document.getElementById('sp-presence-live');
    if (region) {
      region.parentNode!.removeChild(region);
    }
  });

  function render(html?: string): HTMLElement {
    const element = $compile(html || '<sp-record-presence table="incident" sys-id="' + RECORD + '"></sp-record-presence>')(scope)[0] as HTMLElement;
    host.appendChild(element);
    scope.$digest();
    return element;
  }

  function emit(sessions: unknown): void {
    $rootScope.$emit('sp.sessions', sessions);
  }

  function rows(el: HTMLElement): string[] {
    return Array.prototype.map.call(el.querySelectorAll('.sp-record-presence__person'), function (row: HTMLElement) {
      return row.querySelector('.sp-record-presence__name')!.textContent + ' ' + row.querySelector('.sp-record-presence__doing')!.textContent;
    }) as string[];
  }

  function shown(el: HTMLElement): boolean {
    const root = el.querySelector('.sp-record-presence') as HTMLElement | null;
    return !!root && !root.hidden && root.getBoundingClientRect().height > 0;
  }

  describe('on a ticket page', function () {
    beforeEach(setUp);

    it('lists the other people with what they do, typing first, in a list named "Also on this ticket"', function () {
      const el = render();
      expect(shown(el)).toBe(false);
      emit({
        a: session(ABEL, 'Abel Tuter', 'viewing'),
        b: session(BETH, 'Beth Anglin', 'typing', 'work_notes'),
        c: session(SELF, 'Me', 'typing', 'comments')
      });
      expect(shown(el)).toBe(true);
      expect(rows(el)).toEqual(['Beth Anglin typing a work note', 'Abel Tuter viewing']);
      const list = el.querySelector('ul') as HTMLElement;
      expect(document.getElementById(list.getAttribute('aria-labelledby') as string)!.textContent).toBe('Also on this ticket');
      const dots = el.querySelectorAll('.sp-record-presence__avatar .sp-presence__dot');
      expect(dots.length).toBe(2);
      expect((dots[0] as HTMLElement).getAttribute('aria-label')).toBe('Online, active now');
      expect(service.watched).toEqual([BETH, ABEL]);
      expect(el.querySelector('.sp-record-presence__initials')!.textContent).toBe('BA');
    });

    it('follows each event: someone who starts typing moves up, someone who leaves disappears and their dot stops', function () {
      const el = render();
      emit({ a: session(ABEL, 'Abel Tuter', 'viewing'), b: session(BETH, 'Beth Anglin', 'viewing') });
      const abelRow = el.querySelector('.sp-record-presence__person');
      expect(rows(el)).toEqual(['Abel Tuter viewing', 'Beth Anglin viewing']);
      emit({ a: session(ABEL, 'Abel Tuter', 'viewing'), b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
      expect(rows(el)).toEqual(['Beth Anglin typing a comment', 'Abel Tuter viewing']);
      expect(el.querySelectorAll('.sp-record-presence__person')[1]).toBe(abelRow as Element);
      expect(service.watched).toEqual([ABEL, BETH]);
      emit({ a: session(ABEL, 'Abel Tuter', 'exited'), b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
      expect(rows(el)).toEqual(['Beth Anglin typing a comment']);
      expect(service.stopped).toEqual([ABEL]);
    });

    it('shows nobody for an empty event: an idle tab, where the platform dropped the channel', function () {
      const el = render();
      emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
      expect(shown(el)).toBe(true);
      emit({});
      expect(shown(el)).toBe(false);
      expect(el.querySelectorAll('.sp-record-presence__person').length).toBe(0);
      expect(service.stopped).toEqual([BETH]);
    });

    it('draws at most max people (default 5), then "+N more" naming the rest in its accessible name', function () {
      const el = render();
      emit(people(8));
      expect(rows(el).length).toBe(5);
      const more = el.querySelector('.sp-record-presence__more') as HTMLElement;
      expect(more.textContent).toContain('+3 more');
      expect((more.querySelector('.sp-presence__text') as HTMLElement).textContent).toBe('3 more: Person 15, Person 16, Person 17');
      expect((more.querySelector('[aria-hidden="true"]') as HTMLElement).textContent).toBe('+3 more');
      emit(people(5));
      expect(el.querySelector('.sp-record-presence__more')).toBeNull();

      const two = render('<sp-record-presence max="2" table="incident" sys-id="' + RECORD + '"></sp-record-presence>');
      emit(people(4));
      expect(rows(two)).toEqual(['Person 10 viewing', 'Person 11 viewing']);
      expect(two.querySelector('.sp-record-presence__more')!.textContent).toContain('+2 more');
    });

    it('draws a hostile name as text and a foreign avatar as initials', function () {
      const el = render();
      const bad = session(BETH, '<img src=x onerror="window.__spRecordPwned=1">', 'viewing');
      bad.user_avatar = 'https://evil.example/track.png';
      emit({ b: bad });
      expect(el.querySelector('.sp-record-presence__name')!.textContent).toBe('<img src=x onerror="window.__spRecordPwned=1">');
      expect(el.querySelectorAll('img').length).toBe(0);
      expect((window as unknown as { __spRecordPwned?: number }).__spRecordPwned).toBeUndefined();
      bad.user_avatar = '/beth.iix?t=small';
      emit({ b: bad });
      expect((el.querySelector('img') as HTMLImageElement).getAttribute('src')).toBe('/beth.iix?t=small');
      expect((el.querySelector('img') as HTMLImageElement).alt).toBe('');
    });

    it('renders once per event without a digest, however many sessions it carries', function () {
      const el = render();
      const digest = spyOn($rootScope, '$digest').and.callThrough();
      const writes = new MutationObserver(function () { /* counted below */ });
      writes.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
      emit(people(3000));
      expect(rows(el).length).toBe(5);
      writes.takeRecords();
      emit(people(3000));
      expect(writes.takeRecords().length).toBe(0);
      expect(digest).not.toHaveBeenCalled();
      writes.disconnect();
    });

    it('makes no request and publishes nothing: it only listens', function () {
      const emitted = spyOn($rootScope, '$emit').and.callThrough();
      const el = render();
      emit({ b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
      expect(rows(el).length).toBe(1);
      expect(requests).toEqual([]);
      expect(emitted.calls.allArgs().map(function (a) { return a[0]; })).toEqual(['sp.sessions']);
    });

    it('announces, when asked, who started typing (politely, at most once per person per 10 s)', function () {
      jasmine.clock().install();
      jasmine.clock().mockDate(new Date(2026, 10, 22));
      try {
        render('<sp-record-presence announce="true" table="incident" sys-id="' + RECORD + '"></sp-record-presence>');
        emit({ b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
        const region = document.getElementById('sp-presence-live') as HTMLElement;
        expect(region.getAttribute('aria-live')).toBe('polite');
        expect(region.textContent).toBe('Beth Anglin started typing');
        region.textContent = '';
        emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
        emit({ b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
        expect(region.textContent).toBe('');
        jasmine.clock().tick(10000);
        emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
        emit({ b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
        expect(region.textContent).toBe('Beth Anglin started typing');
      } finally {
        jasmine.clock().uninstall();
      }
    });

    it('announces nothing by default', function () {
      const region = document.getElementById('sp-presence-live');
      const before = region ? region.textContent : null;
      render();
      emit({ b: session(ABEL, 'Abel Tuter', 'typing', 'comments') });
      const after = document.getElementById('sp-presence-live');
      expect(after ? after.textContent : null).toBe(before);
    });

    it('takes the record from the URL, and lists people of that record only', function () {
      const url = location.href;
      history.replaceState(null, '', '?id=ticket&table=incident&sys_id=' + RECORD);
      try {
        const el = render('<sp-record-presence></sp-record-presence>');
        const other = session(ABEL, 'Abel Tuter', 'viewing');
        other.sys_id = BETH;
        emit({ a: other, b: session(BETH, 'Beth Anglin', 'viewing') });
        expect(rows(el)).toEqual(['Beth Anglin viewing']);
        expect(service.noteRecordPresence).toHaveBeenCalledWith('listening');
      } finally {
        history.replaceState(null, '', url);
      }
    });

    it('draws nothing without a record (none in the URL, or bad attributes)', function () {
      const el = render('<div><sp-record-presence></sp-record-presence><sp-record-presence table="incident" sys-id="-1"></sp-record-presence></div>');
      emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
      expect(el.querySelector('.sp-record-presence')).toBeNull();
      expect(service.noteRecordPresence.calls.allArgs()).toEqual([['no record'], ['no record']]);
    });

    it('stops listening when destroyed: its rows go, their dots stop', function () {
      const el = render();
      emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
      scope.$destroy();
      expect(el.querySelector('.sp-record-presence')).toBeNull();
      expect(service.stopped).toEqual([BETH]);
      emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
      expect(service.watched).toEqual([BETH]);
    });
  });

  it('draws nothing on a page without the platform\'s record presence, and says so', function () {
    platform.recordPresence = false;
    setUp();
    const el = render();
    emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
    expect(el.querySelector('.sp-record-presence')).toBeNull();
    expect(service.noteRecordPresence).toHaveBeenCalledWith('no platform record presence');
  });

  it('draws nothing when the administrator disabled presence', function () {
    platform.disabled = true;
    setUp();
    const el = render();
    emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
    expect(el.querySelector('.sp-record-presence')).toBeNull();
    expect(service.noteRecordPresence).toHaveBeenCalledWith('disabled');
    expect(service.watched).toEqual([]);
  });
});
