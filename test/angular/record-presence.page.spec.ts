import { ABEL, BETH, RECORD, session, useRecordPage } from '../helpers/record-page';

describe('<sp-record-presence>: announcements, the record, the page', function () {
  const page = useRecordPage();

  describe('on a ticket page', function () {
    beforeEach(function () {
      page.open();
    });

    it('announces, when asked, who started typing (politely, at most once per person per 10 s)', function () {
      jasmine.clock().install();
      jasmine.clock().mockDate(new Date(2026, 10, 22));
      try {
        page.render(
          '<sp-record-presence announce="true" table="incident" sys-id="' + RECORD + '"></sp-record-presence>'
        );
        page.emit({ b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
        const region = document.getElementById('sp-presence-live') as HTMLElement;
        expect(region.getAttribute('aria-live')).toBe('polite');
        expect(region.textContent).toBe('Beth Anglin started typing');
        region.textContent = '';
        page.emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
        page.emit({ b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
        expect(region.textContent).toBe('');
        jasmine.clock().tick(10000);
        page.emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
        page.emit({ b: session(BETH, 'Beth Anglin', 'typing', 'comments') });
        expect(region.textContent).toBe('Beth Anglin started typing');
      } finally {
        jasmine.clock().uninstall();
      }
    });

    it('announces nothing by default', function () {
      const region = document.getElementById('sp-presence-live');
      const before = region ? region.textContent : null;
      page.render();
      page.emit({ b: session(ABEL, 'Abel Tuter', 'typing', 'comments') });
      const after = document.getElementById('sp-presence-live');
      expect(after ? after.textContent : null).toBe(before);
    });

    it('takes the record from the URL, and lists people of that record only', function () {
      const url = location.href;
      history.replaceState(null, '', '?id=ticket&table=incident&sys_id=' + RECORD);
      try {
        const el = page.render('<sp-record-presence></sp-record-presence>');
        const other = session(ABEL, 'Abel Tuter', 'viewing');
        other.sys_id = BETH;
        page.emit({ a: other, b: session(BETH, 'Beth Anglin', 'viewing') });
        expect(page.rows(el)).toEqual(['Beth Anglin viewing']);
        expect(page.service.noteRecordPresence).toHaveBeenCalledWith('listening');
      } finally {
        history.replaceState(null, '', url);
      }
    });

    it('draws nothing without a record (none in the URL, or bad attributes)', function () {
      const el = page.render(
        '<div><sp-record-presence></sp-record-presence><sp-record-presence table="incident" sys-id="-1"></sp-record-presence></div>'
      );
      page.emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
      expect(el.querySelector('.sp-record-presence')).toBeNull();
      expect(page.service.noteRecordPresence.calls.allArgs()).toEqual([['no record'], ['no record']]);
    });

    it('stops listening when destroyed: its rows go, their dots stop', function () {
      const el = page.render();
      page.emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
      page.scope.$destroy();
      expect(el.querySelector('.sp-record-presence')).toBeNull();
      expect(page.service.stopped).toEqual([BETH]);
      page.emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
      expect(page.service.watched).toEqual([BETH]);
    });
  });

  it("draws nothing on a page without the platform's record presence, and says so", function () {
    page.open({ recordPresence: false });
    const el = page.render();
    page.emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
    expect(el.querySelector('.sp-record-presence')).toBeNull();
    expect(page.service.noteRecordPresence).toHaveBeenCalledWith('no platform record presence');
  });

  it('draws nothing when the administrator disabled presence', function () {
    page.open({ disabled: true });
    const el = page.render();
    page.emit({ b: session(BETH, 'Beth Anglin', 'viewing') });
    expect(el.querySelector('.sp-record-presence')).toBeNull();
    expect(page.service.noteRecordPresence).toHaveBeenCalledWith('disabled');
    expect(page.service.watched).toEqual([]);
  });
});
