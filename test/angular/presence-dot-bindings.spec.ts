/**
 * The dot as portal developers write it: every binding form of user-id and user-name, on any
 * element (one with an isolated-scope directive of its own included), and a mistake that stays
 * in its own dot. Runs on AngularJS 1.5.11 and 1.8.x like every spec.
 */
import '../../src/angular/module';
import { FakeInstance } from '../helpers/fake-instance';
import { SpecScope, useDotPage } from '../helpers/dot-page';
import { advance } from '../helpers/time';
import { isHidden } from '../helpers/dot-visibility';

/** Real-looking sys_ids: one starting with a digit, one with a letter (a variable name to $parse). */
const DIGIT_FIRST = '6816f79cc0a8016401c5a33be04be441';
const LETTER_FIRST = 'a8f98bb0eb32010045e1a5115206fe3a';

// A stand-in shaped as the platform's <sn-avatar>: isolated scope, a `primary` binding, its own template.
angular.module('bindingSpec', ['spPresence']).directive('snAvatar', function () {
  return {
    restrict: 'E',
    scope: { primary: '<' },
    template:
      '<span class="sn-avatar" style="display:block;width:40px;height:40px"><span class="sn-avatar__initials" ng-bind="primary"></span></span>'
  };
});

describe('<sp-presence-dot> binding forms', function () {
  const page = useDotPage('bindingSpec');
  let instance: FakeInstance;
  let $rootScope: angular.IRootScopeService;
  let scope: SpecScope;
  const render = page.render;

  beforeEach(function () {
    instance = page.instance;
    $rootScope = page.$rootScope;
    scope = page.scope;
  });

  function dotOf(element: HTMLElement): HTMLElement {
    return (
      element.querySelector('.sp-presence__dot') ||
      ((element.classList.contains('sp-presence__dot') ? element : null) as HTMLElement)
    );
  }

  function watchers(): number {
    return ($rootScope as unknown as { $$watchersCount: number }).$$watchersCount;
  }

  const forms: { form: string; id: string; name: string }[] = [
    { form: 'an expression', id: 'user.sys_id', name: 'user.name' },
    { form: 'a one-time expression', id: '::user.sys_id', name: '::user.name' },
    { form: 'an interpolation', id: '{{user.sys_id}}', name: '{{user.name}}' },
    { form: 'a one-time interpolation', id: '{{::user.sys_id}}', name: '{{::user.name}}' }
  ];

  forms.forEach(function (f) {
    it('shows the named dot when user-id and user-name are ' + f.form, async function () {
      instance.activeAgo(0, DIGIT_FIRST);
      scope.user = { sys_id: DIGIT_FIRST, name: 'Beth Anglin' };
      const el = render('<span sp-presence-dot user-id="' + f.id + '" user-name="' + f.name + '"></span>');
      await advance(30);
      expect(isHidden(dotOf(el))).toBe(false);
      expect(dotOf(el).getAttribute('aria-label')).toBe('Beth Anglin, Online, active now');
    });
  });

  [
    { form: 'an expression', id: 'user.sys_id' },
    { form: 'an interpolation', id: '{{user.sys_id}}' }
  ].forEach(function (f) {
    it('moves to the new user when the value bound as ' + f.form + ' changes', async function () {
      instance.activeAgo(0, DIGIT_FIRST);
      instance.activeAgo(45000, LETTER_FIRST);
      scope.user = { sys_id: DIGIT_FIRST };
      const el = render('<sp-presence-dot user-id="' + f.id + '"></sp-presence-dot>');
      await advance(30);
      expect(dotOf(el).className).toContain('--online');
      scope.user = { sys_id: LETTER_FIRST };
      scope.$digest();
      await advance(30);
      expect(dotOf(el).className).toContain('--away');
      expect(el.querySelectorAll('.sp-presence__dot').length).toBe(1);
    });
  });

  [
    { kind: 'a digit', id: DIGIT_FIRST },
    { kind: 'a letter', id: LETTER_FIRST }
  ].forEach(function (f) {
    it('reads a literal sys_id starting with ' + f.kind + ' as that user, with no watcher left', async function () {
      spyOn(console, 'warn');
      instance.activeAgo(0, f.id);
      const before = watchers();
      const el = render('<sp-presence-dot user-id="' + f.id + '" show-offline="true"></sp-presence-dot>');
      expect(watchers()).toBe(before);
      await advance(30);
      expect(dotOf(el).className).toContain('--online');
      expect(console.warn).not.toHaveBeenCalled();
    });
  });

  it('leaves no watcher behind for one-time bindings once they have a value', async function () {
    scope.user = { sys_id: DIGIT_FIRST, name: 'Beth Anglin' };
    const before = watchers();
    render('<span sp-presence-dot user-id="::user.sys_id" user-name="::user.name" show-offline="true"></span>');
    expect(watchers()).toBe(before);
    const plain = render('<span sp-presence-dot user-id="user.sys_id"></span>');
    expect(watchers()).toBe(before + 1); // a plain expression keeps exactly its own watcher
    expect(plain).toBeTruthy();
  });

  it('waits for a one-time id that is not loaded yet, then lets its watcher go', async function () {
    instance.activeAgo(0, DIGIT_FIRST);
    const before = watchers();
    const el = render('<sp-presence-dot user-id="::later.sys_id"></sp-presence-dot>');
    expect(watchers()).toBe(before + 1);
    scope.later = { sys_id: DIGIT_FIRST };
    scope.$digest();
    expect(watchers()).toBe(before);
    await advance(30);
    expect(dotOf(el).className).toContain('--online');
  });

  it('keeps a bad expression in its own dot: the ng-repeat of 40 renders every row, and says so once', async function () {
    const warn = spyOn(console, 'warn');
    const users: { sys_id: string; name: string }[] = [];
    for (let i = 0; i < 40; i++) {
      const id = ('0000000' + i.toString(16)).slice(-8) + DIGIT_FIRST.slice(8);
      users.push({ sys_id: id, name: 'Person ' + i });
      instance.activeAgo(0, id);
    }
    users[7].sys_id = "6816f79c'); drop"; // one hostile value among them
    scope.users = users;
    const el = render(
      '<ul><li ng-repeat="u in users track by $index">' +
        '<span class="good" sp-presence-dot user-id="{{u.sys_id}}" user-name="u.name"></span>' +
        '<span class="bad" sp-presence-dot user-id="u.sys_id +* 1" user-name="Beth Anglin"></span>' +
        '<span class="name" ng-bind="u.name"></span></li></ul>'
    );
    await advance(30);
    expect(el.querySelectorAll('li').length).toBe(40);
    expect(el.querySelectorAll('.name')[39].textContent).toBe('Person 39');
    const shown = Array.prototype.filter.call(
      el.querySelectorAll('.good .sp-presence__dot'),
      function (d: HTMLElement) {
        return !isHidden(d);
      }
    );
    expect(shown.length).toBe(39);
    expect(
      Array.prototype.every.call(el.querySelectorAll('.bad .sp-presence__dot'), function (d: HTMLElement) {
        return isHidden(d);
      })
    ).toBe(true);
    const lines = warn.calls.allArgs().map(function (args) {
      return String(args[0]);
    });
    expect(
      lines.filter(function (line) {
        return line.indexOf('user-id="u.sys_id +* 1"') >= 0;
      }).length
    ).toBe(1);
    expect(
      lines.filter(function (line) {
        return line.indexOf('user-name="Beth Anglin"') >= 0;
      }).length
    ).toBe(1);
  });

  it('never throws out of compile or link, whatever the attributes hold', function () {
    spyOn(console, 'warn');
    ['user-id="a b c"', 'user-id="{{"', 'user-id="(("', 'user-name="}}{{"', 'show-offline="=="', 'user-id=""'].forEach(
      function (attrs) {
        expect(function () {
          render('<sp-presence-dot ' + attrs + '></sp-presence-dot>');
        }).not.toThrow();
      }
    );
  });

  it('sits on <sn-avatar> itself, beside its isolated scope and template, at its lower-right edge', async function () {
    instance.activeAgo(0, DIGIT_FIRST);
    scope.user = { sys_id: DIGIT_FIRST, name: 'Beth Anglin' };
    const el = render(
      '<sn-avatar sp-presence-dot primary="user.sys_id" user-id="user.sys_id" user-name="::user.name"></sn-avatar>'
    );
    await advance(30);
    const avatar = (el.querySelector('.sn-avatar') as HTMLElement).getBoundingClientRect();
    const dot = dotOf(el);
    expect((el.querySelector('.sn-avatar__initials') as HTMLElement).textContent).toBe(DIGIT_FIRST);
    expect(dot.getAttribute('aria-label')).toBe('Beth Anglin, Online, active now');
    expect(getComputedStyle(dot).position).toBe('absolute');
    expect(Math.round(dot.getBoundingClientRect().right)).toBe(Math.round(avatar.right));
  });

  it('still works as a wrapper around <sn-avatar>', async function () {
    instance.activeAgo(40000, LETTER_FIRST);
    scope.user = { sys_id: LETTER_FIRST };
    const el = render(
      '<span sp-presence-dot user-id="::user.sys_id"><sn-avatar primary="::user.sys_id"></sn-avatar></span>'
    );
    await advance(30);
    expect(dotOf(el).className).toContain('--away');
    expect(el.querySelector('.sn-avatar')).not.toBeNull();
  });

  it('reads show-offline as an expression or a literal', async function () {
    instance.activeAgo(120000, DIGIT_FIRST);
    scope.flags = { offline: true };
    const bound = render(
      '<sp-presence-dot user-id="' + DIGIT_FIRST + '" show-offline="flags.offline"></sp-presence-dot>'
    );
    const literal = render('<sp-presence-dot user-id="' + DIGIT_FIRST + '" show-offline="false"></sp-presence-dot>');
    await advance(30);
    expect(dotOf(bound).className).toContain('--offline');
    expect(isHidden(dotOf(literal))).toBe(true);
    scope.flags = { offline: false };
    scope.$digest();
    expect(isHidden(dotOf(bound))).toBe(true);
  });
});
