// load: server/availability/vendors/vocabulary.js, server/availability/vendors/connector-kit.js, server/availability/vendors/teams.js, test/server/vendors/fake-http.js
/** Graph's $batch: each GET /users/{upn} answered by `status(email)` (200 by default). */
function graphBatch(status) {
  return function (request) {
    return jsonAnswer(200, {
      responses: request.body.requests.map(function (item) {
        var email = decodeURIComponent(item.url.split('/')[2].split('?')[0]);
        var code = status ? status(email) : 200;
        return code === 200
          ? { id: item.id, status: 200, headers: {}, body: { id: 'oid-' + email } }
          : {
              id: item.id,
              status: code,
              headers: { 'Retry-After': '7' },
              body: { error: { code: 'X', message: 'item ' + code } }
            };
      })
    });
  };
}

/** Graph's getPresencesByUserId: every id Busy / InAMeeting unless `presence(id)` says otherwise. */
function graphPresence(presence) {
  return function (request) {
    return jsonAnswer(200, {
      value: request.body.ids.map(function (id) {
        var p = presence ? presence(id) : { availability: 'Busy', activity: 'InAMeeting' };
        return { id: id, availability: p.availability, activity: p.activity };
      })
    });
  };
}

function mappingOf(n) {
  var mapping = {};
  for (var i = 0; i < n; i++) {
    mapping['u' + i] = 'oid-' + i;
  }
  return mapping;
}

describe('SpPresenceTeams', function () {
  it('is named by the id settings use', function () {
    expect(SpPresenceTeams.id).toBe('teams');
    expect(SpPresenceTeams.label).toBe('Microsoft Teams');
  });

  describe('mapUsers', function () {
    it('looks users up by email in $batch calls of at most 20 GET /users/{upn}?$select=id', function () {
      var http = fakeHttp(graphBatch());
      var result = SpPresenceTeams.mapUsers(someUsers(45), http);
      expect(http.requests.length).toBe(3);
      expect(
        http.requests.map(function (r) {
          return r.body.requests.length;
        })
      ).toEqual([20, 20, 5]);
      expect(http.requests[0].method).toBe('POST');
      expect(http.requests[0].path).toBe('/v1.0/$batch');
      expect(http.requests[0].body.requests[0]).toEqual({
        id: '0',
        method: 'GET',
        url: '/users/user0%40example.com?$select=id'
      });
      expect(result.mapped.u44).toBe('oid-user44@example.com');
      expect(Object.keys(result.mapped).length).toBe(45);
      expect(result.failure).toBeUndefined();
    });

    it('leaves out users Graph does not know (404) or will not take as a UPN (400), and users without email', function () {
      var users = someUsers(3).concat([{ sysId: 'none', email: '' }]);
      var http = fakeHttp(
        graphBatch(function (email) {
          return email === 'user1@example.com' ? 404 : email === 'user2@example.com' ? 400 : 200;
        })
      );
      var result = SpPresenceTeams.mapUsers(users, http);
      expect(result.mapped).toEqual({ u0: 'oid-user0@example.com' });
      expect(http.requests[0].body.requests.length).toBe(3);
    });

    it('asks once for an email two users share, case aside, and maps both', function () {
      var http = fakeHttp(graphBatch());
      var result = SpPresenceTeams.mapUsers(
        [
          { sysId: 'a', email: 'Ann@Example.com' },
          { sysId: 'b', email: 'ann@example.com ' }
        ],
        http
      );
      expect(http.requests[0].body.requests.length).toBe(1);
      expect(result.mapped).toEqual({ a: 'oid-ann@example.com', b: 'oid-ann@example.com' });
    });

    it('makes no call without users', function () {
      var http = fakeHttp(graphBatch());
      expect(SpPresenceTeams.mapUsers([], http)).toEqual({ mapped: {} });
      expect(http.requests.length).toBe(0);
    });

    it('stops on a throttled batch item, with its Retry-After', function () {
      var http = fakeHttp(
        graphBatch(function (email) {
          return email === 'user3@example.com' ? 429 : 200;
        })
      );
      var result = SpPresenceTeams.mapUsers(someUsers(30), http);
      expect(http.requests.length).toBe(1);
      expect(result.mapped).toEqual({});
      expect(result.failure).toEqual({
        status: 429,
        message: 'Microsoft Teams user lookup answered HTTP 429: item 429',
        retryAfterSeconds: 7
      });
    });

    it('reads a Retry-After given as an HTTP date', function () {
      var http = fakeHttp(function () {
        return jsonAnswer(503, {}, { 'retry-after': new Date(new Date().getTime() + 120000).toUTCString() });
      });
      var wait = SpPresenceTeams.mapUsers(someUsers(1), http).failure.retryAfterSeconds;
      expect(wait).toBeGreaterThan(117);
      expect(wait).toBeLessThan(121);
    });

    it('fails, without throwing, on a batch answer without responses', function () {
      var result = SpPresenceTeams.mapUsers(
        someUsers(2),
        fakeHttp(function () {
          return jsonAnswer(200, { value: [] });
        })
      );
      expect(result.failure.status).toBe(200);
      expect(result.failure.message).toContain('no responses list');
    });

    itStopsOnFailures(
      function (http) {
        return SpPresenceTeams.mapUsers(someUsers(45), http);
      },
      'mapped',
      graphBatch(),
      2
    );
  });

  describe('fetchPresence', function () {
    it('asks getPresencesByUserId for at most 650 ids a call: 651 users make 2 calls', function () {
      var http = fakeHttp(graphPresence());
      var result = SpPresenceTeams.fetchPresence(mappingOf(651), http);
      expect(http.requests.length).toBe(2);
      expect(http.requests[0].method).toBe('POST');
      expect(http.requests[0].path).toBe('/v1.0/communications/getPresencesByUserId');
      expect(http.requests[0].body.ids.length).toBe(650);
      expect(http.requests[1].body.ids).toEqual(['oid-650']);
      expect(Object.keys(result.presences).length).toBe(651);
      expect(result.presences.u650).toEqual({ availability: 'busy', activity: 'inAMeeting' });
    });

    it('makes 4 calls for 2 000 users, and none for nobody', function () {
      var http = fakeHttp(graphPresence());
      SpPresenceTeams.fetchPresence(mappingOf(2000), http);
      expect(http.requests.length).toBe(4);
      var none = fakeHttp(graphPresence());
      expect(SpPresenceTeams.fetchPresence({}, none)).toEqual({ presences: {} });
      expect(none.requests.length).toBe(0);
    });

    it('asks once for an id two users share and answers both; ids Graph leaves out are absent', function () {
      var http = fakeHttp(function () {
        return jsonAnswer(200, { value: [{ id: 'oid-x', availability: 'Away', activity: 'Away' }] });
      });
      var result = SpPresenceTeams.fetchPresence({ a: 'oid-x', b: 'oid-x', c: 'oid-y' }, http);
      expect(http.requests[0].body.ids).toEqual(['oid-x', 'oid-y']);
      expect(result.presences).toEqual({ a: { availability: 'away' }, b: { availability: 'away' } });
    });

    var WORDS = [
      ['Available', 'Available', { availability: 'available' }],
      ['AvailableIdle', 'Available', { availability: 'available' }],
      ['Busy', 'Busy', { availability: 'busy' }],
      ['BusyIdle', 'Busy', { availability: 'busy' }],
      ['Busy', 'InAMeeting', { availability: 'busy', activity: 'inAMeeting' }],
      ['Busy', 'InACall', { availability: 'busy', activity: 'onThePhone' }],
      ['Busy', 'InAConferenceCall', { availability: 'busy', activity: 'onThePhone' }],
      ['DoNotDisturb', 'Presenting', { availability: 'dnd', activity: 'presenting' }],
      ['DoNotDisturb', 'Focusing', { availability: 'dnd', activity: 'focusing' }],
      ['DoNotDisturb', 'UrgentInterruptionsOnly', { availability: 'dnd', activity: 'focusing' }],
      ['DoNotDisturb', 'DoNotDisturb', { availability: 'dnd' }],
      ['Away', 'Away', { availability: 'away' }],
      ['BeRightBack', 'BeRightBack', { availability: 'away', activity: 'beRightBack' }],
      ['Away', 'OutOfOffice', { availability: 'away', activity: 'outOfOffice' }],
      ['Offline', 'OffWork', { availability: 'offline', activity: 'offWork' }],
      ['Offline', 'Offline', { availability: 'offline' }],
      ['Available', 'Inactive', { availability: 'available' }],
      ['PresenceUnknown', 'PresenceUnknown', { availability: 'unknown' }],
      ['Purple', 'InAMeeting', { availability: 'unknown', activity: 'inAMeeting' }],
      ['Busy', 'Juggling', { availability: 'busy' }],
      ['constructor', 'toString', { availability: 'unknown' }],
      [undefined, undefined, { availability: 'unknown' }]
    ];
    WORDS.forEach(function (row) {
      it('says availability ' + row[0] + ' with activity ' + row[1] + ' as ' + JSON.stringify(row[2]), function () {
        var http = fakeHttp(
          graphPresence(function () {
            return { availability: row[0], activity: row[1] };
          })
        );
        var presence = SpPresenceTeams.fetchPresence({ u: 'oid' }, http).presences.u;
        expect(presence).toEqual(row[2]);
        expectNeutral(presence);
      });
    });

    it('fails, without throwing, on an answer without a value list', function () {
      var result = SpPresenceTeams.fetchPresence(
        mappingOf(2),
        fakeHttp(function () {
          return jsonAnswer(200, { error: 'odd' });
        })
      );
      expect(result).toEqual({
        presences: {},
        failure: { status: 200, message: 'Microsoft Teams presence answered something unreadable: no value list' }
      });
    });

    itStopsOnFailures(
      function (http) {
        return SpPresenceTeams.fetchPresence(mappingOf(1300), http);
      },
      'presences',
      graphPresence(),
      2
    );
  });
});
