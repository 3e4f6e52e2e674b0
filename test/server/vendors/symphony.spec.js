// load: server/availability/vendors/vocabulary.js, server/availability/vendors/connector-kit.js, server/availability/vendors/symphony.js, test/server/vendors/fake-http.js
/** A pod of `size` users with ids 1 000 001, 1 000 002, ...; `category(id)` says each one's
 * presence (BUSY by default). Answers the per-user, whole-pod and lookup calls. */
function symphonyPod(size, category) {
  var FIRST = 1000001;
  function presence(id) {
    return { userId: id, category: category ? category(id) : 'BUSY', timestamp: 1700000000000 };
  }
  return function (request) {
    var path = pathOf(request.path);
    var query = queryOf(request.path);
    var single = /^\/pod\/v3\/user\/(\d+)\/presence$/.exec(path);
    if (single) {
      var id = Number(single[1]);
      return id >= FIRST && id < FIRST + size
        ? jsonAnswer(200, presence(id))
        : jsonAnswer(404, { code: 404, message: 'user not found' });
    }
    if (path === '/pod/v2/users/presence') {
      var page = [];
      for (
        var next = Math.max(FIRST, Number(query.lastUserId) + 1);
        next < FIRST + size && page.length < Number(query.limit);
        next++
      ) {
        page.push(presence(next));
      }
      return jsonAnswer(200, page);
    }
    var users = query.email.split(',').filter(function (email) {
      return email !== 'nobody@example.com';
    });
    return jsonAnswer(200, {
      users: users.map(function (email) {
        return { id: FIRST + Number(email.replace(/\D/g, '')), emailAddress: email.toUpperCase() };
      })
    });
  };
}

function mappingOf(ids) {
  var mapping = {};
  ids.forEach(function (id) {
    mapping['u' + id] = String(id);
  });
  return mapping;
}

describe('SpPresenceSymphony', function () {
  it('is named by the id settings use', function () {
    expect(SpPresenceSymphony.id).toBe('symphony');
    expect(SpPresenceSymphony.label).toBe('Symphony');
  });

  describe('mapUsers', function () {
    it("looks the pod's own users up by email, at most 100 a call, case aside", function () {
      var http = fakeHttp(symphonyPod(1000));
      var result = SpPresenceSymphony.mapUsers(
        someUsers(250).concat([{ sysId: 'stranger', email: 'nobody@example.com' }]),
        http
      );
      expect(http.requests.length).toBe(3);
      expect(
        http.requests.map(function (r) {
          return queryOf(r.path).email.split(',').length;
        })
      ).toEqual([100, 100, 51]);
      expect(http.requests[0].method).toBe('GET');
      expect(pathOf(http.requests[0].path)).toBe('/pod/v3/users');
      expect(queryOf(http.requests[0].path).local).toBe('true');
      expect(http.requests[0].path).toContain('email=user0%40example.com,user1%40example.com,');
      expect(result.mapped.u249).toBe('1000250');
      expect(result.mapped.stranger).toBeUndefined();
      expect(Object.keys(result.mapped).length).toBe(250);
    });

    it('takes an empty answer or one without a users list as nobody found', function () {
      [{ status: 204, headers: {}, body: '' }, jsonAnswer(200, { errors: [] })].forEach(function (answer) {
        expect(
          SpPresenceSymphony.mapUsers(
            someUsers(2),
            fakeHttp(function () {
              return answer;
            })
          )
        ).toEqual({ mapped: {} });
      });
    });

    it('fails, without throwing, on a users value that is not a list', function () {
      var result = SpPresenceSymphony.mapUsers(
        someUsers(2),
        fakeHttp(function () {
          return jsonAnswer(200, { users: 'many' });
        })
      );
      expect(result.failure.status).toBe(200);
      expect(result.failure.message).toContain('no users list');
    });

    itStopsOnFailures(
      function (http) {
        return SpPresenceSymphony.mapUsers(someUsers(250), http);
      },
      'mapped',
      symphonyPod(1000),
      2
    );
  });

  describe('fetchPresence for a handful of people (up to 10)', function () {
    it('asks GET /pod/v3/user/{uid}/presence for each', function () {
      var http = fakeHttp(symphonyPod(100));
      var result = SpPresenceSymphony.fetchPresence(mappingOf([1000005, 1000009]), http);
      expect(http.requests).toEqual([
        { method: 'GET', path: '/pod/v3/user/1000005/presence' },
        { method: 'GET', path: '/pod/v3/user/1000009/presence' }
      ]);
      expect(result.presences).toEqual({ u1000005: { availability: 'busy' }, u1000009: { availability: 'busy' } });
    });

    it('leaves out a person the pod no longer knows (404)', function () {
      var result = SpPresenceSymphony.fetchPresence(mappingOf([1000005, 9999999]), fakeHttp(symphonyPod(100)));
      expect(result).toEqual({ presences: { u1000005: { availability: 'busy' } } });
    });

    itStopsOnFailures(
      function (http) {
        return SpPresenceSymphony.fetchPresence(mappingOf([1000001, 1000002, 1000003]), http);
      },
      'presences',
      symphonyPod(100),
      2
    );

    it('fails, without throwing, on an answer that is not a presence', function () {
      var result = SpPresenceSymphony.fetchPresence(
        mappingOf([1000001]),
        fakeHttp(function () {
          return jsonAnswer(200, 'AVAILABLE');
        })
      );
      expect(result).toEqual({
        presences: {},
        failure: { status: 200, message: 'Symphony presence answered something unreadable: no presence' }
      });
    });

    var WORDS = [
      ['AVAILABLE', { availability: 'available' }],
      ['BUSY', { availability: 'busy' }],
      ['DO_NOT_DISTURB', { availability: 'dnd' }],
      ['ON_THE_PHONE', { availability: 'busy', activity: 'onThePhone' }],
      ['IN_A_MEETING', { availability: 'busy', activity: 'inAMeeting' }],
      ['BE_RIGHT_BACK', { availability: 'away', activity: 'beRightBack' }],
      ['AWAY', { availability: 'away' }],
      ['OUT_OF_OFFICE', { availability: 'away', activity: 'outOfOffice' }],
      ['OFF_WORK', { availability: 'offline', activity: 'offWork' }],
      ['OFFLINE', { availability: 'offline' }],
      ['UNDEFINED', { availability: 'unknown' }],
      ['DANCING', { availability: 'unknown' }],
      [undefined, { availability: 'unknown' }]
    ];
    WORDS.forEach(function (row) {
      it('says category ' + row[0] + ' as ' + JSON.stringify(row[1]), function () {
        var presence = SpPresenceSymphony.fetchPresence(
          mappingOf([1000001]),
          fakeHttp(
            symphonyPod(3, function () {
              return row[0];
            })
          )
        ).presences.u1000001;
        expect(presence).toEqual(row[1]);
        expectNeutral(presence);
      });
    });
  });

  describe('fetchPresence for more people (11 and up)', function () {
    var eleven = [1000003, 1000004, 1000005, 1000006, 1000007, 1000008, 1000009, 1000010, 1000011, 1000012];

    it('pages the whole pod with limit 5000 from just below the smallest id until past the largest', function () {
      var http = fakeHttp(
        symphonyPod(20000, function (id) {
          return id === 1012000 ? 'IN_A_MEETING' : 'AWAY';
        })
      );
      var result = SpPresenceSymphony.fetchPresence(mappingOf(eleven.concat([1012000])), http);
      expect(
        http.requests.map(function (r) {
          return r.path;
        })
      ).toEqual([
        '/pod/v2/users/presence?limit=5000&lastUserId=1000002',
        '/pod/v2/users/presence?limit=5000&lastUserId=1005002',
        '/pod/v2/users/presence?limit=5000&lastUserId=1010002'
      ]);
      expect(Object.keys(result.presences).length).toBe(11);
      expect(result.presences.u1012000).toEqual({ availability: 'busy', activity: 'inAMeeting' });
      expect(result.presences.u1000003).toEqual({ availability: 'away' });
    });

    it('stops at a short page, and at a page that does not move on', function () {
      var short = fakeHttp(symphonyPod(30));
      SpPresenceSymphony.fetchPresence(mappingOf(eleven.concat([1000099])), short);
      expect(short.requests.length).toBe(1);
      var stuck = fakeHttp(function () {
        var page = [];
        for (var i = 0; i < 5000; i++) {
          page.push({ userId: 5, category: 'BUSY' });
        }
        return jsonAnswer(200, page);
      });
      SpPresenceSymphony.fetchPresence(mappingOf(eleven.concat([1000099])), stuck);
      expect(stuck.requests.length).toBe(1);
    });

    it('fails, without throwing, on an answer that is not a list', function () {
      var result = SpPresenceSymphony.fetchPresence(
        mappingOf(eleven.concat([1000099])),
        fakeHttp(function () {
          return jsonAnswer(200, { users: [] });
        })
      );
      expect(result.failure.status).toBe(200);
      expect(result.failure.message).toContain('no list');
    });

    itStopsOnFailures(
      function (http) {
        return SpPresenceSymphony.fetchPresence(mappingOf(eleven.concat([1012000])), http);
      },
      'presences',
      symphonyPod(20000),
      2
    );
  });
});
