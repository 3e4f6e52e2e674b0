import { compareColleagues, readSessions, ReadContext, sameOriginPath } from '../../../src/core/record/sessions';

const SELF = '6816f79cc0a8016401c5a33be04be441';
const BETH = 'a8f98bb0eb32010045e1a5115206fe3a';
const ABEL = '62826bf03710200044e0bfc8bcbe5df1';
const FRED = '5137153cc611227c000bbd1bd8cd2005';
const RECORD = { table: 'incident', sysId: '9d385017c611228701d22104cc95c371' };
const CONTEXT: ReadContext = { selfId: SELF, record: RECORD, origin: 'https://acme.service-now.com' };

function session(userId: string, status: string, extra?: { [field: string]: unknown }): { [field: string]: unknown } {
  return {
    status: status,
    session_id: 's-' + userId.slice(0, 4) + status,
    user_id: userId,
    user_name: 'u' + userId.slice(0, 4),
    user_display_name: 'User ' + userId.slice(0, 4),
    user_initials: 'UU',
    user_avatar: '',
    table: 'incident',
    sys_id: RECORD.sysId,
    field_type: '',
    time: 1,
    lastUpdated: 1,
    ...(extra || {})
  };
}

function read(...sessions: unknown[]) {
  const all: { [id: string]: unknown } = {};
  sessions.forEach(function (s, i) {
    all['session' + i] = s;
  });
  return readSessions(all, CONTEXT);
}

describe('record presence: the session reader', function () {
  it('reads a session into a person: name, initials, what they do', function () {
    const people = read(
      session(BETH, 'typing', { user_display_name: 'Beth Anglin', user_initials: 'BA', field_type: 'work_notes' })
    );
    expect(people).toEqual([
      { userId: BETH, name: 'Beth Anglin', initials: 'BA', avatar: undefined, doing: 'typing', field: 'work_notes' }
    ]);
  });

  it('reads no people from anything but an object of sessions (an empty one: nobody)', function () {
    [undefined, null, 'x', 42, true, {}, []].forEach(function (input) {
      expect(readSessions(input, CONTEXT)).toEqual([]);
    });
  });

  it('skips sessions without a valid 32-hex user sys_id', function () {
    const bad = [undefined, null, '', 'abc', 42, {}, BETH + 'x', 'g'.repeat(32), ['a8f98bb0eb32010045e1a5115206fe3a']];
    bad.forEach(function (id) {
      expect(read(session(BETH, 'viewing', { user_id: id }))).toEqual([]);
    });
    expect(read(session(BETH, 'viewing', { user_id: BETH.toUpperCase() }))[0].userId).toBe(BETH);
  });

  it('skips sessions that are not objects, or whose status is missing, unknown, exited or offline', function () {
    expect(read(null, 'viewing', 7, [BETH])).toEqual([]);
    [undefined, null, '', 'VIEWING', 'exited', 'offline', 'dancing', 1, { toString: 'typing' }].forEach(
      function (status) {
        expect(read(session(BETH, 'viewing', { status: status }))).toEqual([]);
      }
    );
  });

  it('leaves out the signed-in user, whatever their other tabs do', function () {
    expect(
      read(session(SELF, 'typing'), session(SELF.toUpperCase(), 'viewing'), session(BETH, 'viewing')).map(function (p) {
        return p.userId;
      })
    ).toEqual([BETH]);
  });

  it('keeps one entry per user, the most telling of their sessions', function () {
    const people = read(
      session(BETH, 'entered'),
      session(BETH, 'typing', { field_type: 'comments' }),
      session(BETH, 'viewing'),
      session(BETH, 'exited')
    );
    expect(people.length).toBe(1);
    expect(people[0].doing).toBe('typing');
    expect(people[0].field).toBe('comments');
  });

  it('removes a user whose only session exited; another of their sessions keeps them', function () {
    expect(read(session(BETH, 'exited'))).toEqual([]);
    expect(read(session(BETH, 'exited'), session(BETH, 'probably left'))[0].doing).toBe('probably left');
  });

  it('orders typing, then viewing, then the rest, by name within each', function () {
    const people = read(
      session(FRED, 'probably left', { user_display_name: 'Fred Luddy' }),
      session(ABEL, 'viewing', { user_display_name: 'Abel Tuter' }),
      session(SELF.replace('6', '7'), 'entered', { user_display_name: 'Zoe Entered' }),
      session(BETH, 'typing', { user_display_name: 'Beth Anglin' }),
      session(ABEL.replace('6', '7'), 'viewing', { user_display_name: 'Aaron Viewing' })
    );
    expect(
      people.map(function (p) {
        return p.name + ':' + p.doing;
      })
    ).toEqual([
      'Beth Anglin:typing',
      'Aaron Viewing:viewing',
      'Abel Tuter:viewing',
      'Zoe Entered:entered',
      'Fred Luddy:probably left'
    ]);
    expect(compareColleagues(people[1], people[1])).toBe(0);
  });

  it('reads names as text only: markup stays characters, control characters and long runs are folded', function () {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    expect(read(session(BETH, 'viewing', { user_display_name: hostile }))[0].name).toBe(hostile);
    expect(read(session(BETH, 'viewing', { user_display_name: '  Beth\n\t\u0000 Anglin\u202e ' }))[0].name).toBe(
      'Beth Anglin'
    );
    expect(read(session(BETH, 'viewing', { user_display_name: 'x'.repeat(500) }))[0].name.length).toBe(100);
  });

  it('falls back to user_name, and skips a session with no name at all', function () {
    expect(read(session(BETH, 'viewing', { user_display_name: undefined, user_name: 'beth.anglin' }))[0].name).toBe(
      'beth.anglin'
    );
    expect(read(session(BETH, 'viewing', { user_display_name: 7, user_name: { x: 1 } }))).toEqual([]);
    expect(read(session(BETH, 'viewing', { user_display_name: '   ', user_name: '' }))).toEqual([]);
  });

  it('takes at most three initials, else makes them from the name', function () {
    expect(
      read(session(BETH, 'viewing', { user_display_name: 'Beth Anglin', user_initials: 'BEAXYZ' }))[0].initials
    ).toBe('BEA');
    expect(read(session(BETH, 'viewing', { user_display_name: 'beth anglin', user_initials: null }))[0].initials).toBe(
      'BA'
    );
  });

  it('keeps an avatar only as a path on this origin', function () {
    const avatar = function (value: unknown) {
      return read(session(BETH, 'viewing', { user_avatar: value }))[0].avatar;
    };
    expect(avatar('/a1b2.iix?t=small')).toBe('/a1b2.iix?t=small');
    [
      'https://evil.example/a.png',
      '//evil.example/a.png',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '/\\evil.example/a',
      ' /a.png',
      '/a b.png',
      'a.png',
      '',
      42,
      null,
      { src: '/a.png' }
    ].forEach(function (value) {
      expect(avatar(value)).toBeUndefined();
    });
    expect(sameOriginPath('/x/../y.png', CONTEXT.origin)).toBe('/y.png');
  });

  it('says which journal field is typed in: work notes, comments, or another (never its raw name)', function () {
    const field = function (value: unknown) {
      return read(session(BETH, 'typing', { field_type: value }))[0].field;
    };
    expect(field('work_notes')).toBe('work_notes');
    expect(field('comments')).toBe('comments');
    expect(field('<b>x</b>')).toBe('other');
    expect(field(undefined)).toBe('other');
    expect(read(session(BETH, 'viewing', { field_type: 'comments' }))[0].field).toBeUndefined();
  });

  it('skips sessions about another record; one that leaves the record out is this one', function () {
    expect(read(session(BETH, 'viewing', { table: 'problem' }))).toEqual([]);
    expect(read(session(BETH, 'viewing', { sys_id: ABEL }))).toEqual([]);
    expect(read(session(BETH, 'viewing', { table: undefined, sys_id: undefined })).length).toBe(1);
    expect(read(session(BETH, 'viewing', { sys_id: RECORD.sysId.toUpperCase() })).length).toBe(1);
  });

  it('survives a flood: 5 000 sessions of 50 users read into 50 people', function () {
    const all: { [id: string]: unknown } = {};
    for (let i = 0; i < 5000; i++) {
      const id = ('0000000000000000000000000000000' + (i % 50).toString(16)).slice(-32);
      all['s' + i] = session(id, i % 3 ? 'viewing' : 'typing');
    }
    expect(readSessions(all, CONTEXT).length).toBe(50);
  });
});
