import '../../src/angular/module';
import { FetchCall, fakeFetch } from '../helpers/fake-fetch';
import { FakeInstance, jsonAnswer, sysId } from '../helpers/fake-instance';
import { SpecScope, useDotPage } from '../helpers/dot-page';
import { advance } from '../helpers/time';
import { isHidden } from '../helpers/dot-visibility';
import { answerOfficeToday } from '../helpers/wsd-answer';

const A = sysId(0xa2);
const B = sysId(0xb2);
const C = sysId(0xc2);

describe('<sp-presence-dot>', function () {
  const page = useDotPage('spPresence');
  let instance: FakeInstance;
  let $rootScope: angular.IRootScopeService;
  let scope: SpecScope;
  let host: HTMLElement;
  const render = page.render;

  beforeEach(function () {
    instance = page.instance;
    $rootScope = page.$rootScope;
    scope = page.scope;
    host = page.host;
  });

  function dotOf(element: HTMLElement): HTMLElement {
    return element.querySelector('.sp-presence__dot') as HTMLElement;
  }

  it('shows a green dot for an online user after one round trip, an image named by its words', async function () {
    instance.activeAgo(0, A);
    scope.id = A;
    const el = render('<sp-presence-dot user-id="id"></sp-presence-dot>');
    expect(isHidden(dotOf(el))).toBe(true);
    await advance(30);
    const dot = dotOf(el);
    expect(isHidden(dot)).toBe(false);
    expect(dot.className).toBe('sp-presence__dot sp-presence__dot--online');
    expect(dot.getAttribute('role')).toBe('img');
    expect(dot.getAttribute('aria-label')).toBe('Online, active now');
    expect(getComputedStyle(dot, '::after').content).toBe('none'); // its tooltip only on hover or focus
    // Words in attributes only: new text in a dot would re-lay out the page at every change.
    expect(dot.childNodes.length).toBe(0);
    expect(getComputedStyle(dot).display).not.toBe('none');
  });

  it('is a named image with the user\'s name: "Beth Anglin, Online", not a row of "Online"', async function () {
    instance.activeAgo(0, A);
    scope.id = A;
    scope.name = 'Beth Anglin';
    const el = render('<span sp-presence-dot user-id="id" user-name="name"><i class="avatar"></i></span>');
    await advance(30);
    const dot = dotOf(el);
    expect(dot.getAttribute('role')).toBe('img');
    expect(dot.getAttribute('aria-label')).toBe('Beth Anglin, Online, active now');
    // One name, which is its tooltip too: nothing else to write at each change.
    expect(
      Array.prototype.map
        .call(dot.attributes, function (a: Attr) {
          return a.name;
        })
        .sort()
    ).toEqual(['aria-label', 'class', 'role']);
  });

  it('shows its tooltip while the avatar wrapper has keyboard focus, not only on hover', async function () {
    instance.activeAgo(0, A);
    scope.id = A;
    scope.name = 'Beth Anglin';
    const el = render(
      '<a href="#profile"><span sp-presence-dot user-id="id" user-name="name"><i class="avatar" style="display:block;width:40px;height:40px"></i></span></a>'
    );
    await advance(30);
    const dot = dotOf(el);
    expect(getComputedStyle(dot, '::after').content).toBe('none');
    (el as HTMLAnchorElement).focus();
    expect(getComputedStyle(dot, '::after').content).toBe('"Beth Anglin, Online, active now"');
  });

  it('shows the last known status dimmed and says so while answers fail', async function () {
    instance.activeAgo(0, A);
    scope.id = A;
    scope.name = 'Beth Anglin';
    const el = render('<sp-presence-dot user-id="id" user-name="name"></sp-presence-dot>');
    await advance(30);
    instance.responder = function () {
      return jsonAnswer('', 503);
    };
    await advance(15000);
    const dot = dotOf(el);
    expect(dot.className).toContain('sp-presence__dot--stale');
    expect(dot.getAttribute('aria-label')).toBe('Beth Anglin, Last known: Online, active now');
    expect(Number(getComputedStyle(dot).opacity)).toBeLessThan(1);
  });

  it('draws an outlined dot for offline users when asked, named apart from unknown', async function () {
    instance.activeAgo(120000, A);
    scope.id = A;
    const el = render('<sp-presence-dot user-id="id" show-offline="true"></sp-presence-dot>');
    expect(isHidden(dotOf(el))).toBe(true); // unknown yet
    await advance(30);
    expect(isHidden(dotOf(el))).toBe(false);
    expect(dotOf(el).className).toContain('--offline');
    expect(dotOf(el).getAttribute('aria-label')).toBe('Last seen 2 min ago');
  });

  it('never draws an unknown user as offline, even with show-offline (an invalid id here)', async function () {
    spyOn(console, 'warn');
    scope.bad = 'not-a-sys-id';
    const el = render('<sp-presence-dot user-id="bad" show-offline="true"></sp-presence-dot>');
    await advance(30);
    expect(isHidden(dotOf(el))).toBe(true);
  });

  it('announces changes of a named dot in a polite live region, only when asked', async function () {
    instance.activeAgo(20000, A);
    scope.id = A;
    scope.name = 'Beth Anglin';
    render('<sp-presence-dot user-id="id" user-name="name" announce="true"></sp-presence-dot>');
    await advance(30);
    expect(document.getElementById('sp-presence-live')).toBeNull(); // the first status is not news
    await advance(10000);
    const region = document.getElementById('sp-presence-live') as HTMLElement;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('Beth Anglin, Away, active 30 s ago');
    region.parentNode!.removeChild(region);
  });

  it('moves over an avatar that appears later (inside ng-if)', async function () {
    instance.activeAgo(0, A);
    scope.id = A;
    scope.ready = false;
    const el = render(
      '<span sp-presence-dot user-id="id"><span ng-if="ready" class="avatar" style="display:block;width:40px;height:40px"></span></span>'
    );
    await advance(30);
    expect(getComputedStyle(dotOf(el)).position).toBe('static');
    scope.ready = true;
    scope.$digest();
    expect(getComputedStyle(dotOf(el)).position).toBe('absolute');
  });

  it('shows an orange dot with its own label for an away user, and nothing for an offline one', async function () {
    instance.activeAgo(40000, A);
    instance.activeAgo(70000, B);
    scope.a = A;
    scope.b = B;
    const away = render('<sp-presence-dot user-id="a"></sp-presence-dot>');
    const offline = render('<sp-presence-dot user-id="b"></sp-presence-dot>');
    await advance(30);
    expect(dotOf(away).className).toContain('sp-presence__dot--away');
    expect(dotOf(away).getAttribute('aria-label')).toBe('Away, active 40 s ago');
    expect(getComputedStyle(dotOf(away)).backgroundImage).toContain('radial-gradient');
    expect(isHidden(dotOf(offline))).toBe(true);
    expect(getComputedStyle(dotOf(offline)).display).toBe('none');
    expect(dotOf(offline).hasAttribute('aria-label')).toBe(false);
  });

  it('batches: three dots for one user plus two others make one request', async function () {
    scope.a = A;
    scope.b = B;
    scope.c = C;
    render(
      '<div><sp-presence-dot user-id="a"></sp-presence-dot><sp-presence-dot user-id="a"></sp-presence-dot>' +
        '<span sp-presence-dot user-id="a"></span><sp-presence-dot user-id="b"></sp-presence-dot><sp-presence-dot user-id="c"></sp-presence-dot></div>'
    );
    await advance(30);
    expect(instance.requests.length).toBe(1);
  });

  it('sends nothing after the last dot is destroyed', async function () {
    scope.a = A;
    render('<sp-presence-dot user-id="a"></sp-presence-dot>');
    await advance(30);
    scope.$destroy();
    await advance(10 * 60000);
    expect(instance.requests.length).toBe(1);
  });

  it('follows a user id changed at runtime, from the answer it already has', async function () {
    instance.activeAgo(0, A);
    instance.activeAgo(45000, B);
    scope.id = A;
    const el = render('<sp-presence-dot user-id="id"></sp-presence-dot>');
    await advance(30);
    expect(dotOf(el).className).toContain('--online');
    scope.id = B;
    scope.$digest();
    expect(isHidden(dotOf(el))).toBe(true); // no stale status while the new one loads
    await advance(30);
    expect(dotOf(el).className).toContain('--away');
    expect(instance.requests.length).toBe(1);
    instance.activeAgo(0, B);
    await advance(15000);
    expect(instance.requests.length).toBe(2);
    expect(dotOf(el).className).toContain('--online');
    expect(el.querySelectorAll('.sp-presence__dot').length).toBe(1);
  });

  it('waits quietly for an id that is not bound yet', async function () {
    spyOn(console, 'warn');
    const el = render('<sp-presence-dot user-id="later"></sp-presence-dot>');
    await advance(60000);
    expect(instance.requests.length).toBe(0);
    expect(console.warn).not.toHaveBeenCalled();
    instance.activeAgo(0, C);
    scope.later = C;
    scope.$digest();
    await advance(30);
    expect(isHidden(dotOf(el))).toBe(false);
  });

  it('hides and never sends an invalid or hostile id', async function () {
    spyOn(console, 'warn');
    scope.bad = '"><img src=x onerror="window.__pwned=1">';
    const el = render('<sp-presence-dot user-id="bad"></sp-presence-dot>');
    await advance(30);
    expect(instance.requests.length).toBe(0);
    expect(isHidden(dotOf(el))).toBe(true);
    expect(el.querySelector('img')).toBeNull();
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  /** The online dot of the page `html` (its avatar `.avatar`), with where it and its avatar are drawn. */
  async function drawn(html: string) {
    instance.activeAgo(0, A);
    scope.id = A;
    const host = render(html).querySelector('.sp-presence') as HTMLElement;
    await advance(30);
    return {
      host: host,
      box: host.getBoundingClientRect(),
      avatar: (host.querySelector('.avatar') as HTMLElement).getBoundingClientRect(),
      dot: dotOf(host).getBoundingClientRect()
    };
  }

  it('sits on the lower-right edge of an avatar it wraps, sized in proportion', async function () {
    const at = await drawn(
      '<div><span sp-presence-dot user-id="id"><span class="avatar" style="display:block;width:48px;height:48px;border-radius:50%"></span></span></div>'
    );
    expect(getComputedStyle(dotOf(at.host)).position).toBe('absolute');
    expect(Math.round(at.dot.right)).toBe(Math.round(at.avatar.right));
    expect(Math.round(at.dot.bottom)).toBe(Math.round(at.avatar.bottom));
    expect(Math.round(at.dot.width)).toBe(Math.round(48 * 0.3));
  });

  it('wraps an inline avatar exactly, with the dot on its corner and no line box below it', async function () {
    const at = await drawn(
      '<div style="font-size:20px;line-height:2">Caller <span sp-presence-dot user-id="id"><img class="avatar" alt="" style="width:32px;height:32px"> </span> Grace</div>'
    );
    expect(Math.round(at.box.height)).toBe(32);
    expect(Math.round(at.box.bottom)).toBe(Math.round(at.avatar.bottom));
    expect(Math.round(at.dot.right)).toBe(Math.round(at.avatar.right));
    expect(Math.round(at.dot.bottom)).toBe(Math.round(at.avatar.bottom));
  });

  it('changes status without a digest and without touching other dots', async function () {
    instance.activeAgo(0, A, B);
    scope.a = A;
    scope.b = B;
    const a = render('<sp-presence-dot user-id="a"></sp-presence-dot>');
    render('<sp-presence-dot user-id="b"></sp-presence-dot>');
    await advance(30);
    let digests = 0;
    $rootScope.$watch(function () {
      digests++;
    });
    const touched: Node[] = [];
    const observer = new MutationObserver(function (records) {
      records.forEach(function (r) {
        touched.push(r.target);
      });
    });
    observer.observe(host, { subtree: true, attributes: true, childList: true });
    instance.responder = function () {
      instance.activeAgo(0, B); // B keeps working, only A goes quiet
      return instance.answer();
    };
    await advance(15000);
    await advance(15000);
    observer.disconnect();
    expect(digests).toBe(0);
    expect(dotOf(a).className).toContain('--away');
    expect(touched.length).toBeGreaterThan(0);
    touched.forEach(function (node) {
      expect(dotOf(a).contains(node)).toBe(true);
    });
  });

  it('removes its dot and classes when destroyed', async function () {
    scope.id = A;
    const el = render('<div sp-presence-dot user-id="id"><i class="avatar"></i></div>');
    scope.$destroy();
    expect(dotOf(el)).toBeNull();
    expect(el.className).not.toContain('sp-presence');
    expect(el.querySelector('.avatar')).not.toBeNull();
  });

  it('adds its stylesheet to the page once', function () {
    scope.a = A;
    render('<sp-presence-dot user-id="a"></sp-presence-dot><sp-presence-dot user-id="a"></sp-presence-dot>');
    expect(document.querySelectorAll('#sp-presence-styles').length).toBe(1);
  });

  describe('with show-office', function () {
    let calls: FetchCall[];

    beforeEach(function () {
      calls = [];
      (window.fetch as jasmine.Spy).and.callFake(fakeFetch(instance, calls) as typeof fetch);
      answerOfficeToday(instance, calls, [
        { sysId: A, inOffice: true, location: 'Building B' },
        { sysId: B, inOffice: false, location: '' }
      ]);
    });

    function markerOf(element: HTMLElement): HTMLElement {
      return element.querySelector('.sp-presence__office') as HTMLElement;
    }

    it('adds the office day to the name and draws a building beside the dot', async function () {
      instance.activeAgo(0, A);
      scope.id = A;
      scope.name = 'Beth Anglin';
      const el = render(
        '<span sp-presence-dot user-id="id" user-name="name" show-office="true"><i class="avatar" style="display:inline-block;width:32px;height:32px"></i></span>'
      );
      await advance(30);
      await advance(30);
      expect(dotOf(el).getAttribute('aria-label')).toBe(
        'Beth Anglin, Online, active now, in the office today (Building B)'
      );
      const marker = markerOf(el);
      expect(marker.hidden).toBe(false);
      expect(marker.className).toContain('sp-presence__office--in');
      expect(marker.getAttribute('aria-hidden')).toBe('true');
      const box = marker.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(12);
      expect(
        calls
          .filter(function (c) {
            return c.url.indexOf('/presence/collaborator') >= 0;
          })
          .map(function (c) {
            return c.method;
          })
      ).toEqual(['GET']);
    });

    it('says "remote today" with a house, and tells it itself when there is no dot', async function () {
      scope.id = B;
      scope.name = 'Bao Nguyen';
      const el = render('<span sp-presence-dot user-id="id" user-name="name" show-office="true"></span>');
      await advance(30);
      await advance(30);
      expect(isHidden(dotOf(el))).toBe(true);
      const marker = markerOf(el);
      expect(marker.className).toContain('sp-presence__office--remote');
      expect(marker.getAttribute('role')).toBe('img');
      expect(marker.getAttribute('aria-label')).toBe('Bao Nguyen, remote today');
    });

    it('shows no marker, and says no office day, for someone not followed', async function () {
      instance.activeAgo(0, C);
      scope.id = C;
      const el = render('<span sp-presence-dot user-id="id" show-office="true"></span>');
      await advance(30);
      await advance(30);
      expect(markerOf(el).hidden).toBe(true);
      expect(dotOf(el).getAttribute('aria-label')).toBe('Online, active now');
    });
  });
});
