import { ABEL, BETH, people, RECORD, SELF, session, useRecordPage } from '../helpers/record-page';

describe('<sp-record-presence> on a ticket page', function () {
  const page = useRecordPage();

  beforeEach(function () {
    page.open();
  });

  it('lists the other people with what they do, typing first, in a list named "Also on this ticket"', function () {
    const el = page.render();
    expect(page.shown(el)).toBe(false);
    page.emit({
      a: session(ABEL, 'Abel Tuter', 'viewing'),
      b: session(BETH, 'Beth Anglin', 'typing', 'work_notes'),
      c: session(SELF, 'Me', 'typing', 'comments')
    });
    expect(page.shown(el)).toBe(true);
    expect(page.rows(el)).toEqual(['Beth Anglin typing a work note', 'Abel Tuter viewing']);
    const list = el.querySelector('ul') as HTMLElement;
    expect(document.getElementById(list.getAttribute('aria-labelledby') as string)!.textContent).toBe(
      'Also on this ticket'
    );
    const dots = el.querySelectorAll('.sp-record-presence__avatar .sp-presence__dot');
    expect(dots.length).toBe(2);
    expect((dots[0] as HTMLElement).getAttribute('aria-label')).toBe('Online, active now');
    expect(page.service.watched).toEqual([BETH, ABEL]);
    expect(el.querySelector('.sp-record-presence__initials')!.textContent).toBe('BA');
  });

  it('follows each event: someone who starts typing moves up, someone who leaves disappears and their dot stops', function () {
    const el = page.render();
    page.emit({ a: session(ABEL, 'Abel Tuter', 'viewing'), b: session(BETH, 'Beth Anglin', 'viewing') });
    const abelRow = el.querySelector('.sp-record-presence__person');
    expect(page.rows(el)).toEqual(['Abel Tuter viewing', 'Beth Anglin viewing']);
    page.emit({ a: session(ABEL, 'Abel Tuter', 'viewing'), b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
    expect(page.rows(el)).toEqual(['Beth Anglin typing a comment', 'Abel Tuter viewing']);
    expect(el.querySelectorAll('.sp-record-presence__person')[1]).toBe(abelRow as Element);
    expect(page.service.watched).toEqual([ABEL, BETH]);
    page.emit({ a: session(ABEL, 'Abel Tuter', 'exited'), b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
    expect(page.rows(el)).toEqual(['Beth Anglin typing a comment']);
    expect(page.service.stopped).toEqual([ABEL]);
  });

  it('shows nobody for an empty event: an idle tab, where the platform dropped the channel', function () {
    const el = page.render();
    page.emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
    expect(page.shown(el)).toBe(true);
    page.emit({});
    expect(page.shown(el)).toBe(false);
    expect(el.querySelectorAll('.sp-record-presence__person').length).toBe(0);
    expect(page.service.stopped).toEqual([BETH]);
  });

  it('draws at most max people (default 5), then "+N more" naming the rest in its accessible name', function () {
    const el = page.render();
    page.emit(people(8));
    expect(page.rows(el).length).toBe(5);
    const more = el.querySelector('.sp-record-presence__more') as HTMLElement;
    expect(more.textContent).toContain('+3 more');
    expect((more.querySelector('.sp-presence__text') as HTMLElement).textContent).toBe(
      '3 more: Person 15, Person 16, Person 17'
    );
    expect((more.querySelector('[aria-hidden="true"]') as HTMLElement).textContent).toBe('+3 more');
    page.emit(people(5));
    expect(el.querySelector('.sp-record-presence__more')).toBeNull();

    const two = page.render(
      '<sp-record-presence max="2" table="incident" sys-id="' + RECORD + '"></sp-record-presence>'
    );
    page.emit(people(4));
    expect(page.rows(two)).toEqual(['Person 10 viewing', 'Person 11 viewing']);
    expect(two.querySelector('.sp-record-presence__more')!.textContent).toContain('+2 more');
  });

  it('draws a hostile name as text and a foreign avatar as initials', function () {
    const el = page.render();
    const bad = session(BETH, '<img src=x onerror="window.__spRecordPwned=1">', 'viewing');
    bad.user_avatar = 'https://evil.example/track.png';
    page.emit({ b: bad });
    expect(el.querySelector('.sp-record-presence__name')!.textContent).toBe(
      '<img src=x onerror="window.__spRecordPwned=1">'
    );
    expect(el.querySelectorAll('img').length).toBe(0);
    expect((window as unknown as { __spRecordPwned?: number }).__spRecordPwned).toBeUndefined();
    bad.user_avatar = '/beth.iix?t=small';
    page.emit({ b: bad });
    expect((el.querySelector('img') as HTMLImageElement).getAttribute('src')).toBe('/beth.iix?t=small');
    expect((el.querySelector('img') as HTMLImageElement).alt).toBe('');
  });

  it('renders once per event without a digest, however many sessions it carries', function () {
    const el = page.render();
    const digest = spyOn(page.$rootScope, '$digest').and.callThrough();
    const writes = new MutationObserver(function () {
      /* counted below */
    });
    writes.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
    page.emit(people(3000));
    expect(page.rows(el).length).toBe(5);
    writes.takeRecords();
    page.emit(people(3000));
    expect(writes.takeRecords().length).toBe(0);
    expect(digest).not.toHaveBeenCalled();
    writes.disconnect();
  });

  it('makes no request and publishes nothing: it only listens', function () {
    const emitted = spyOn(page.$rootScope, '$emit').and.callThrough();
    const el = page.render();
    page.emit({ b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
    expect(page.rows(el).length).toBe(1);
    expect(page.requests).toEqual([]);
    expect(
      emitted.calls.allArgs().map(function (a) {
        return a[0];
      })
    ).toEqual(['sp.sessions']);
  });
});
