import '../../src/angular/module';
import { FetchCall, fakeFetch } from '../helpers/fake-fetch';
import { HttpAnswer } from '../../src/core/protocol';
import { FakeInstance, jsonAnswer, sysId } from '../helpers/fake-instance';
import { DEFAULT_LABELS } from '../../src/dom/dot-words';
import { field, sdkRecord } from '../helpers/sdk-records';
import { advance, installClock, uninstallClock } from '../helpers/time';
import { FakeGlide, glideRecordSecure, renderWidget, runServerScript, WidgetModel } from './harness';
import { isHidden } from '../helpers/dot-visibility';

describe('People presence widget: client script and template', function () {
  let instance: FakeInstance;
  let rendered: { element: HTMLElement; scope: angular.IScope } | undefined;

  beforeEach(function () {
    installClock();
    instance = new FakeInstance();
    spyOn(window, 'fetch').and.callFake(fakeFetch(instance, []) as typeof fetch);
    angular.mock.module('spPresence');
  });

  afterEach(function () {
    if (rendered) {
      rendered.scope.$destroy();
      document.body.removeChild(rendered.element);
      rendered = undefined;
    }
    uninstallClock();
  });

  /** The Diagnostics panel as an administrator reads it: "term: value" per fact, whitespace collapsed. */
  function diagnosticsFacts(): string {
    const words = function (node: Element) {
      return (node.textContent as string).replace(/\s+/g, ' ').trim();
    };
    const terms = rendered!.element.querySelectorAll('.sp-presence-people__diagnostics dt');
    return Array.prototype.map
      .call(terms, function (dt: Element) {
        return words(dt) + ': ' + (dt.nextElementSibling ? words(dt.nextElementSibling) : '');
      })
      .join('\n');
  }

  function demo(): WidgetModel {
    return JSON.parse(field(sdkRecord('sp_widget', 'People presence').element, 'demo_data') as string) as WidgetModel;
  }

  it('renders every demo user with a name and a live dot, from one request', async function () {
    const model = demo();
    const users = model.data.users as { sys_id: string; name: string }[];
    instance.activeAgo(0, users[0].sys_id);
    instance.activeAgo(45000, users[1].sys_id);
    rendered = renderWidget(model);
    await advance(30);
    const people = rendered.element.querySelectorAll('.sp-presence-people__person');
    expect(people.length).toBe(users.length);
    expect(instance.requests.length).toBe(1);
    const dots = rendered.element.querySelectorAll('.sp-presence__dot');
    expect((dots[0] as HTMLElement).getAttribute('aria-label')).toBe(users[0].name + ', Online, active now');
    expect((dots[1] as HTMLElement).getAttribute('aria-label')).toBe(users[1].name + ', Away, active 45 s ago');
    expect((dots[0] as HTMLElement).getAttribute('role')).toBe('img');
    expect(rendered.element.querySelector('ul')!.getAttribute('aria-label')).toBe('Team');
    expect(isHidden(dots[2])).toBe(true);
    expect((people[0].querySelector('.sp-presence-people__name') as HTMLElement).textContent).toBe(users[0].name);
    expect(rendered.element.querySelector('.panel-title')!.textContent).toBe('Team');
    expect(rendered.element.querySelector('.sp-presence-people__avatar')!.hasAttribute('tabindex')).toBe(false);
  });

  it('draws who is on this record above the list when "Show who is on this record" is on (off by default)', function () {
    const url = location.href;
    const record = sysId(0x7e);
    history.replaceState(null, '', '?id=ticket&table=incident&sys_id=' + record);
    try {
      angular.mock.module(function ($provide: angular.auto.IProvideService) {
        $provide.value('snRecordPresence', {});
      });
      rendered = renderWidget(demo());
      expect(rendered.element.querySelector('sp-record-presence')).toBeNull();
      rendered.scope.$destroy();
      document.body.removeChild(rendered.element);
      const model = demo();
      model.options.show_record_presence = 'true';
      rendered = renderWidget(model);
      angular.mock.inject(function ($rootScope: angular.IRootScopeService) {
        $rootScope.$emit('sp.sessions', {
          s: {
            status: 'viewing',
            session_id: 's',
            user_id: sysId(0x11),
            user_display_name: 'Beth Anglin',
            table: 'incident',
            sys_id: record
          }
        });
      });
      const list = rendered.element.querySelector('sp-record-presence .sp-record-presence') as HTMLElement;
      expect(list.hidden).toBe(false);
      expect(list.textContent).toContain('Beth Anglinviewing');
      const people = rendered.element.querySelector('.sp-presence-people__list') as HTMLElement;
      expect(list.compareDocumentPosition(people) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    } finally {
      history.replaceState(null, '', url);
    }
  });

  it('shows a hostile name as text and runs none of it', function () {
    const win = window as unknown as { __spPresencePwned?: number };
    rendered = renderWidget(demo());
    const names = Array.prototype.map.call(
      rendered.element.querySelectorAll('.sp-presence-people__name'),
      function (n: Element) {
        return n.textContent;
      }
    );
    expect(names).toContain('<img src=x onerror="window.__spPresencePwned=1">');
    expect(rendered.element.querySelector('img')).toBeNull();
    expect(win.__spPresencePwned).toBeUndefined();
  });

  it('hides names visually but keeps them for screen readers when show_names is off', function () {
    const model = demo();
    model.options.show_names = 'false';
    model.options.avatar_size = 'large';
    rendered = renderWidget(model);
    expect(rendered.element.querySelector('.sp-presence-people__name')).toBeNull();
    expect(rendered.element.querySelectorAll('.sr-only').length).toBe(4);
    expect(rendered.element.querySelector('sn-avatar')!.className).toContain('avatar-large');
    // Each person is a button that takes keyboard focus, where its dot's tooltip says who and how.
    const buttons = rendered.element.querySelectorAll('button.sp-presence-people__open');
    expect(buttons.length).toBe(4);
    Array.prototype.forEach.call(buttons, function (b: HTMLElement) {
      expect(b.querySelector('.sp-presence-people__avatar')).not.toBeNull();
    });
  });

  it('falls back to a medium avatar for an unknown size', function () {
    const model = demo();
    model.options.avatar_size = '"><script>';
    rendered = renderWidget(model);
    expect(rendered.element.querySelector('sn-avatar')!.className).toContain('avatar-medium');
  });

  it('applies valid overrides page-wide and translated labels', async function () {
    const model = demo();
    model.data.settings = { intervalSeconds: 30, labels: { online: 'En ligne', away: 'Absent' } };
    const users = model.data.users as { sys_id: string; name: string }[];
    instance.activeAgo(0, users[0].sys_id);
    rendered = renderWidget(model);
    await advance(30);
    expect(rendered.element.querySelector('.sp-presence__dot')!.getAttribute('aria-label')).toBe(
      users[0].name + ', En ligne, active now'
    );
    await advance(15000);
    expect(instance.requests.length).toBe(1);
    await advance(15000);
    expect(instance.requests.length).toBe(2);
  });

  it('keeps defaults and says why once when an admin typed bad thresholds', async function () {
    spyOn(console, 'warn');
    const model = demo();
    model.data.settings = { onlineMs: 60000, awayMs: 30000, labels: { online: 'En ligne', away: 'Absent' } };
    rendered = renderWidget(model);
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(String((console.warn as jasmine.Spy).calls.argsFor(0)[0])).toContain('awayMs');
    const users = model.data.users as { sys_id: string; name: string }[];
    instance.activeAgo(0, users[0].sys_id);
    await advance(30);
    expect(rendered.element.querySelector('.sp-presence__dot')!.getAttribute('aria-label')).toBe(
      users[0].name + ', En ligne, active now'
    );
  });

  it('outlines offline users when show_offline is on', async function () {
    const model = demo();
    model.options.show_offline = 'true';
    rendered = renderWidget(model);
    await advance(30);
    const dots = rendered.element.querySelectorAll('.sp-presence__dot');
    expect(isHidden(dots[0])).toBe(false);
    expect((dots[0] as HTMLElement).className).toContain('--offline');
    expect((dots[0] as HTMLElement).getAttribute('aria-label')).toBe('System Administrator, Offline');
  });

  it('shows a status line under each name when asked, kept current', async function () {
    const model = demo();
    model.options.show_status_line = 'true';
    const users = model.data.users as { sys_id: string }[];
    instance.activeAgo(0, users[0].sys_id);
    rendered = renderWidget(model);
    // watch() calls back in a digest ($applyAsync), which angular-mocks runs on a flush.
    const flush = function () {
      angular.mock.inject(function ($timeout: angular.ITimeoutService) {
        $timeout.flush();
      });
    };
    await advance(30);
    flush();
    const lines = rendered.element.querySelectorAll('.sp-presence-people__status');
    expect(lines.length).toBe(users.length);
    expect(lines[0].textContent).toBe('Online, active now');
    for (let t = 0; t < 30; t++) {
      await advance(1000);
    }
    flush();
    expect(lines[0].textContent).toBe('Away, active 30 s ago');
  });

  describe('words that never claim what is not known', function () {
    const flush = function () {
      angular.mock.inject(function ($timeout: angular.ITimeoutService) {
        $timeout.flush();
      });
    };

    function statusLines(model: WidgetModel): NodeListOf<Element> {
      model.options.show_status_line = 'true';
      rendered = renderWidget(model);
      return rendered.element.querySelectorAll('.sp-presence-people__status');
    }

    it('says nothing before the first answer, then "Offline" only for those an answer left out', async function () {
      const model = demo();
      const users = model.data.users as { sys_id: string }[];
      instance.activeAgo(0, users[0].sys_id);
      const lines = statusLines(model);
      expect(lines[1].textContent).toBe('');
      await advance(30);
      flush();
      expect(lines[1].textContent).toBe('Offline');
    });

    it('says "Presence is off on this instance" for everyone when the administrator disabled presence', async function () {
      spyOn(console, 'warn');
      angular.mock.module(function ($provide: angular.auto.IProvideService) {
        $provide.constant('PRESENCE_DISABLED', true);
      });
      const model = demo();
      const lines = statusLines(model);
      await advance(30);
      flush();
      expect(instance.requests.length).toBe(0);
      Array.prototype.forEach.call(lines, function (line: Element) {
        expect(line.textContent).toBe('Presence is off on this instance');
      });
      const dots = rendered!.element.querySelectorAll('.sp-presence__dot');
      Array.prototype.forEach.call(dots, function (dot: HTMLElement) {
        expect(isHidden(dot)).toBe(true);
      });
      (rendered!.element.querySelector('.sp-presence-people__open') as HTMLElement).click();
      rendered!.scope.$digest();
      expect((rendered!.element.querySelector('.sp-presence-people__facts dd') as HTMLElement).textContent).toBe(
        'Presence is off on this instance'
      );
    });

    it('says "Presence unavailable", not "Offline", after a 401', async function () {
      spyOn(console, 'warn');
      const model = demo();
      const users = model.data.users as { sys_id: string }[];
      instance.activeAgo(0, users[0].sys_id);
      const lines = statusLines(model);
      await advance(30);
      flush();
      expect(lines[0].textContent).toBe('Online, active now');
      instance.responder = function () {
        return jsonAnswer({ error: 'not signed in' }, 401);
      };
      await advance(15000);
      flush();
      Array.prototype.forEach.call(lines, function (line: Element) {
        expect(line.textContent).toBe('Presence unavailable');
      });
    });
  });

  it('offers administrators a Diagnostics panel that shows what one poll found', async function () {
    spyOn(console, 'info');
    const model = demo();
    model.data.isAdmin = true;
    instance.activeAgo(0, (model.data.users as { sys_id: string }[])[0].sys_id);
    rendered = renderWidget(model);
    await advance(30);
    const button = rendered.element.querySelector('.sp-presence-people__diagnostics button') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await advance(0);
    rendered.scope.$digest();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const text = diagnosticsFacts();
    expect(text).toContain('HTTP status: 201');
    expect(text).toContain('Users present: 1');
    expect(instance.requests.length).toBe(2);
  });

  it("shows administrators the server half's state (vendor, last refresh, users mapped, last vendor failure)", async function () {
    const server = {
      vendor: 'ringcentral',
      enabled: true,
      lastRefresh: 1765000000000,
      usersMapped: 37,
      lastFailure: { at: 1765000000000, status: 429, message: 'RingCentral presence answered HTTP 429' },
      off: '',
      notes: ['sp_presence.availability.interval_seconds 5 is outside 30..3600: 30 s used']
    };
    (window.fetch as jasmine.Spy).and.callFake(function (url: string, init: RequestInit) {
      if (url.indexOf('/api/global/sp_presence/availability') < 0) {
        return fakeFetch(instance, [])(url, init);
      }
      const body = JSON.stringify({
        result: { vendor: 'ringcentral', takenAt: 1765000000000, serverTime: 1765000000000, users: {}, server: server }
      });
      return Promise.resolve({
        status: 200,
        headers: {
          get: function (name: string) {
            return name.toLowerCase() === 'content-type' ? 'application/json' : null;
          }
        },
        text: function () {
          return Promise.resolve(body);
        }
      });
    });
    spyOn(console, 'info');
    const model = demo();
    model.data.isAdmin = true;
    (model.data.settings as { availability?: object }).availability = {};
    rendered = renderWidget(model);
    await advance(30);
    (rendered.element.querySelector('.sp-presence-people__diagnostics button') as HTMLButtonElement).click();
    await advance(0);
    rendered.scope.$digest();
    const text = diagnosticsFacts();
    expect(text).toContain('Availability: running, /api/global/sp_presence/availability');
    expect(text).toContain('Vendor: ringcentral');
    expect(text).toContain('Users mapped: 37');
    expect(text).toContain('Last vendor failure: 429: RingCentral presence answered HTTP 429');
    expect(text).toContain('Settings: sp_presence.availability.interval_seconds 5 is outside 30..3600: 30 s used');
    expect(text).not.toContain('Never');
  });

  it('shows no Diagnostics panel to anyone else', function () {
    rendered = renderWidget(demo());
    expect(rendered.element.querySelector('.sp-presence-people__diagnostics')).toBeNull();
  });

  it('keeps the valid options when one is bad, and reports a seconds option in seconds', async function () {
    spyOn(console, 'warn');
    const model = demo();
    model.data.settings = {
      onlineMs: 'soon',
      awayMs: 90000,
      intervalSeconds: 30,
      labels: { online: 'Online', away: 'Away' }
    };
    rendered = renderWidget(model);
    await advance(30);
    await advance(15000);
    expect(instance.requests.length).toBe(1); // the 30 s interval applied
    await advance(15000);
    expect(instance.requests.length).toBe(2);
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(String((console.warn as jasmine.Spy).calls.argsFor(0)[0])).toContain(
      'onlineMs must be a number from 1 to 86400000 (got "soon")'
    );

    rendered.scope.$destroy();
    document.body.removeChild(rendered.element);
    (console.warn as jasmine.Spy).calls.reset();
    const tooFast = demo();
    tooFast.data.settings = { intervalSeconds: 3, labels: { online: 'Online', away: 'Away' } };
    rendered = renderWidget(tooFast);
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(String((console.warn as jasmine.Spy).calls.argsFor(0)[0])).toContain(
      '"Refresh every (seconds)" must be a number of seconds from 5 to 3600 (got "3")'
    );
  });

  describe('person card and office days', function () {
    let calls: FetchCall[];
    let follow: () => HttpAnswer | Promise<HttpAnswer>;

    beforeEach(function () {
      calls = [];
      (window.fetch as jasmine.Spy).and.callFake(fakeFetch(instance, calls) as typeof fetch);
      follow = function () {
        return jsonAnswer({ result: { message: '1 collaborator(s) added', collaborators: [] } });
      };
      (window as { g_ck?: string }).g_ck = 'session-token';
      instance.responder = function () {
        const call = calls[calls.length - 1];
        if (call.url.indexOf('/presence/collaborator') >= 0) {
          return call.method === 'GET' ? jsonAnswer({ result: { collaborators: [] } }) : follow();
        }
        if (call.url.indexOf('/api/now/actsub/activities') >= 0) {
          return jsonAnswer({
            result: { activities: [{ title: 'Opened case CS0001', created: '2026-23-11 09:00:00' }] }
          });
        }
        return instance.answer();
      };
    });

    afterEach(function () {
      delete (window as { g_ck?: string }).g_ck;
    });

    /** Time passes, answers arrive, and what AngularJS deferred (digests, $timeout) runs, as in a browser. */
    async function step(): Promise<void> {
      await advance(30);
      angular.mock.inject(function ($timeout: angular.ITimeoutService) {
        for (let i = 0; i < 5; i++) {
          try {
            $timeout.flush();
          } catch (e) {
            if (String(e).indexOf('No deferred tasks') < 0) {
              throw e;
            }
            return;
          }
        }
      });
    }

    function model(): WidgetModel {
      const m = demo();
      m.options.show_office = 'true';
      m.options.show_status_line = 'true';
      m.data.activityContext = sysId(0xc0);
      (m.data.users as { activityInstance?: string }[])[0].activityInstance = sysId(0xd0);
      m.data.followErrors = {
        forbidden: 'You cannot follow office days here.',
        network: 'The server could not be reached.'
      };
      return m;
    }

    function open(index: number): HTMLElement {
      const button = (rendered as { element: HTMLElement }).element.querySelectorAll('button.sp-presence-people__open')[
        index
      ] as HTMLElement;
      button.focus();
      button.click();
      return button;
    }

    function requestsTo(path: string): FetchCall[] {
      return calls.filter(function (c) {
        return c.url.indexOf(path) >= 0;
      });
    }

    it('opens a card on click with name, status and recent activity, fetched on open and only once', async function () {
      const users = model().data.users as { sys_id: string; name: string }[];
      instance.activeAgo(0, users[0].sys_id);
      rendered = renderWidget(model());
      await step();
      expect(requestsTo('/actsub/').length).toBe(0);
      const button = open(0);
      await step();
      const card = rendered.element.querySelector('[role="dialog"]') as HTMLElement;
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(card.querySelector('h3')!.textContent).toBe(users[0].name);
      expect(card.textContent).toContain('Online, active now');
      expect(card.querySelector('.sp-presence-people__activities li')!.textContent).toContain('Opened case CS0001');
      expect(document.activeElement).toBe(card.querySelector('h3'));
      button.click();
      await step();
      open(0);
      await step();
      expect(requestsTo('/actsub/').length).toBe(1);
    });

    it('closes with Esc and gives focus back to the person', async function () {
      rendered = renderWidget(model());
      await step();
      const button = open(1);
      await step();
      const card = rendered.element.querySelector('[role="dialog"]') as HTMLElement;
      expect(card.querySelector('.sp-presence-people__activities')).toBeNull();
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await step();
      expect(rendered.element.querySelector('[role="dialog"]')).toBeNull();
      expect(document.activeElement).toBe(button);
    });

    async function followToggle(): Promise<HTMLElement> {
      rendered = renderWidget(model());
      await step();
      await step();
      open(1);
      await step();
      return rendered.element.querySelector('.sp-presence-people__follow button') as HTMLElement;
    }

    it('follows someone: the toggle shows what the server confirmed', async function () {
      const toggle = await followToggle();
      expect(toggle.getAttribute('aria-pressed')).toBe('false');
      toggle.click();
      expect(toggle.getAttribute('aria-pressed')).toBe('true');
      await step();
      expect(toggle.getAttribute('aria-pressed')).toBe('true');
      const post = requestsTo('/presence/collaborator').filter(function (c) {
        return c.method === 'POST';
      });
      expect(post.length).toBe(1);
      expect(post[0].headers['X-UserToken']).toBe('session-token');
    });

    it('reverts the toggle on 403 and says why', async function () {
      follow = function () {
        return jsonAnswer({ error: { message: 'no' } }, 403);
      };
      const toggle = await followToggle();
      toggle.click();
      await step();
      expect(toggle.getAttribute('aria-pressed')).toBe('false');
      expect(rendered!.element.querySelector('[role="alert"]')!.textContent).toBe(
        'You cannot follow office days here.'
      );
    });

    it('reverts the toggle on a network failure and says why', async function () {
      follow = function () {
        return Promise.reject(new TypeError('Failed to fetch'));
      };
      const toggle = await followToggle();
      toggle.click();
      await step();
      expect(toggle.getAttribute('aria-pressed')).toBe('false');
      expect(rendered!.element.querySelector('[role="alert"]')!.textContent).toBe('The server could not be reached.');
    });

    it('hides the toggle when the WSD plugin is absent (404)', async function () {
      instance.responder = function () {
        const call = calls[calls.length - 1];
        return call.url.indexOf('/presence/collaborator') >= 0 ? jsonAnswer({ error: {} }, 404) : instance.answer();
      };
      spyOn(console, 'warn');
      rendered = renderWidget(model());
      await step();
      await step();
      open(1);
      await step();
      expect(rendered.element.querySelector('[role="dialog"]')).not.toBeNull();
      expect(rendered.element.querySelector('.sp-presence-people__follow')).toBeNull();
    });
  });

  it('says so when there is nobody to show', function () {
    const model = demo();
    model.data.users = [];
    model.data.message = 'No people to show';
    rendered = renderWidget(model);
    expect(rendered.element.querySelector('.sp-presence-people__empty')!.textContent!.trim()).toBe('No people to show');
    expect(instance.requests.length).toBe(0);
  });
});

interface StandInRecord {
  addEncodedQuery(query: string): void;
  query(): void;
  next(): boolean;
}

const glideStandIn = {
  glideRecordSecure: glideRecordSecure as (
    tables: unknown,
    log: unknown[],
    properties?: { [name: string]: string }
  ) => new (table: string) => StandInRecord
};

describe('People presence widget: server script', function () {
  const U1 = sysId(0x101);
  const U2 = sysId(0x102);
  const U3 = sysId(0x103);
  const GROUP = sysId(0x900);
  let glide: FakeGlide;

  beforeEach(function () {
    glide = {
      queries: [],
      tables: {
        sys_user: [
          { sys_id: U1, name: 'Ann', active: 'true', email: 'ann@example.com' },
          { sys_id: U2, name: 'Bob', active: 'true', email: 'bob@example.com' },
          { sys_id: U3, name: 'Cy', active: 'false', email: 'cy@example.com' }
        ],
        sys_user_grmember: [
          { group: GROUP, user: U2 },
          { group: sysId(0x901), user: U1 }
        ]
      }
    };
  });

  it('reads listed users through GlideRecordSecure, dropping invalid ids, sending only sys_id and name', function () {
    const data = runServerScript(
      { user_source: 'list', users: U1 + ', not-an-id,' + U2.toUpperCase() + ',' + U3 },
      glide
    );
    expect(data.users).toEqual([
      { sys_id: U1, name: 'Ann' },
      { sys_id: U2, name: 'Bob' }
    ]);
    expect(glide.queries[0].table).toBe('sys_user');
    expect(glide.queries[0].encoded).toEqual(['sys_idIN' + [U1, U2, U3].join(',')]);
  });

  it('reads the members of a group', function () {
    const data = runServerScript({ user_source: 'group', group: GROUP }, glide);
    expect(data.users).toEqual([{ sys_id: U2, name: 'Bob' }]);
    expect(
      glide.queries.map(function (q) {
        return q.table;
      })
    ).toEqual(['sys_user_grmember', 'sys_user']);
  });

  it('runs an encoded query with a bounded limit', function () {
    runServerScript({ user_source: 'query', query: 'nameSTARTSWITHA', limit: '5000' }, glide);
    expect(glide.queries[1].encoded).toEqual(['nameSTARTSWITHA']);
    expect(glide.queries[1].limit).toBe(100);
  });

  it('reads STARTSWITH, IN, ^OR and ^NQ as an instance does', function () {
    expect(runServerScript({ user_source: 'query', query: 'nameSTARTSWITHA^ORnameSTARTSWITHB' }, glide).users).toEqual([
      { sys_id: U1, name: 'Ann' },
      { sys_id: U2, name: 'Bob' }
    ]);
    expect(runServerScript({ user_source: 'query', query: 'sys_idIN' + U2 + ',' + U3 }, glide).users).toEqual([
      { sys_id: U2, name: 'Bob' }
    ]);
    expect(runServerScript({ user_source: 'query', query: 'name=Ann^NQemail=bob@example.com' }, glide).users).toEqual([
      { sys_id: U1, name: 'Ann' },
      { sys_id: U2, name: 'Bob' }
    ]);
    expect(runServerScript({ user_source: 'query', query: 'name!=Ann' }, glide).users).toEqual([
      { sys_id: U2, name: 'Bob' }
    ]);
  });

  it('lists nobody for an invalid query, which an instance would drop and list everyone for', function () {
    const typo = 'departmnt=Sales';
    // What the instance does with the typo unless glide.invalid_query.returns_no_rows is set:
    const direct = new (glideStandIn.glideRecordSecure(glide.tables, []))('sys_user');
    direct.addEncodedQuery(typo);
    direct.query();
    let count = 0;
    while (direct.next()) {
      count++;
    }
    expect(count).toBe(3);

    const forUser = runServerScript({ user_source: 'query', query: typo }, glide);
    expect(forUser.users).toEqual([]);
    expect(forUser.message).toBe('No people to show');
    const forAdmin = runServerScript({ user_source: 'query', query: typo }, glide, { admin: true });
    expect(forAdmin.users).toEqual([]);
    expect(forAdmin.message).toBe("The encoded query in this widget's options is not valid: departmnt=Sales");
    expect(
      glide.queries.every(function (q) {
        return q.encoded.length === 0;
      })
    ).toBe(true);
  });

  it('returns no rows for an invalid query where the instance property says so', function () {
    const data = runServerScript({ user_source: 'list', users: U1 }, glide, {
      admin: false,
      properties: { 'glide.invalid_query.returns_no_rows': 'true' }
    });
    expect(data.users).toEqual([{ sys_id: U1, name: 'Ann' }]);
    const direct = new (glideStandIn.glideRecordSecure(glide.tables, [], {
      'glide.invalid_query.returns_no_rows': 'true'
    }))('sys_user');
    direct.addEncodedQuery('departmnt=Sales');
    direct.query();
    expect(direct.next()).toBe(false);
  });

  it('shows a message and queries nothing for an empty or invalid source', function () {
    const data = runServerScript({ user_source: 'group', group: '<script>' }, glide);
    expect(data.users).toEqual([]);
    expect(data.message).toBe('No people to show');
    expect(glide.queries.length).toBe(0);
  });

  it('passes threshold and interval overrides to the client, the interval in seconds as typed', function () {
    const data = runServerScript({ users: U1, online_ms: '20000', away_ms: '40000', interval_s: '30' }, glide);
    const settings = data.settings as { labels: { [key: string]: string } };
    expect({ ...settings, labels: undefined }).toEqual({
      labels: undefined,
      availability: {},
      onlineMs: 20000,
      awayMs: 40000,
      intervalSeconds: 30
    } as never);
    // Every word a dot says is translated (gs.getMessage), but the vendors' own names.
    const words = Object.keys(DEFAULT_LABELS).filter(function (k) {
      return ['teams', 'ringcentral', 'symphony'].indexOf(k) < 0;
    });
    expect(Object.keys(settings.labels).sort()).toEqual(words.sort());
    Object.keys(settings.labels).forEach(function (k) {
      expect(settings.labels[k]).toBe((DEFAULT_LABELS as unknown as { [key: string]: string })[k]);
    });
  });

  it("passes UI16's threshold preset, and tells the client whether the viewer is an administrator", function () {
    const data = runServerScript({ users: U1, thresholds: 'ui16' }, glide, { admin: true });
    expect((data.settings as { thresholds: unknown }).thresholds).toBe('ui16');
    expect(data.isAdmin).toBe(true);
    expect(runServerScript({ users: U1 }, glide).isAdmin).toBe(false);
  });

  it('asks for availability at the shipped endpoint by default, or at the one named, every interval (in ms)', function () {
    const availabilityOf = function (options: { [key: string]: unknown }) {
      return (runServerScript(options, glide).settings as { availability?: unknown }).availability;
    };
    expect(availabilityOf({ users: U1 })).toEqual({});
    expect(
      availabilityOf({
        users: U1,
        availability_endpoint: '/api/x_acme/sp_presence/availability',
        availability_interval_s: '90'
      })
    ).toEqual({ endpoint: '/api/x_acme/sp_presence/availability', intervalMs: 90000 });
    expect(availabilityOf({ users: U1, show_availability: 'false' })).toBeUndefined();
  });

  it('maps each shown user to their record of the activity context, through GlideRecordSecure', function () {
    const CONSUMER_CONTEXT = sysId(0xc0);
    glide.tables.sn_actsub_activity_context = [
      { sys_id: CONSUMER_CONTEXT, name: 'Consumer' },
      { sys_id: sysId(0xc1), name: 'Contact' }
    ];
    glide.tables.csm_consumer = [
      { sys_id: sysId(0xd2), user: U2 },
      { sys_id: sysId(0xd3), user: U3 }
    ];
    const data = runServerScript({ users: U1 + ',' + U2, activity_context: 'consumer' }, glide);
    expect(data.activityContext).toBe(CONSUMER_CONTEXT);
    expect(data.users).toEqual([
      { sys_id: U1, name: 'Ann' },
      { sys_id: U2, name: 'Bob', activityInstance: sysId(0xd2) }
    ]);
    const consumerQuery = glide.queries.filter(function (q) {
      return q.table === 'csm_consumer';
    })[0];
    expect(consumerQuery.encoded).toEqual(['userIN' + U1 + ',' + U2]);
  });

  it('maps nobody, and asks nothing more, without an activity context or when the context is not configured', function () {
    const none = runServerScript({ users: U1 }, glide);
    expect(none.activityContext).toBeUndefined();
    expect(glide.queries.length).toBe(1);
    glide.tables.sn_actsub_activity_context = [{ sys_id: sysId(0xc1), name: 'Contact' }];
    const missing = runServerScript({ users: U1, activity_context: 'consumer' }, glide);
    expect(missing.activityContext).toBeUndefined();
    expect(
      glide.queries.map(function (q) {
        return q.table;
      })
    ).toEqual(['sys_user', 'sys_user', 'sn_actsub_activity_context']);
  });

  it('passes a non-numeric override through unchanged so the client can name it', function () {
    const data = runServerScript({ users: U1, online_ms: 'soon' }, glide);
    expect((data.settings as { onlineMs: unknown }).onlineMs).toBe('soon');
  });
});
