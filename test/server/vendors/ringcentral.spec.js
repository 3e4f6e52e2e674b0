// load: server/availability/vendors/vocabulary.js, server/availability/vendors/connector-kit.js, server/availability/vendors/ringcentral.js, test/server/vendors/fake-http.js
/** A RingCentral list of `total` records made by `record(i)`, paged as RingCentral does. */
function ringCentralList(total, record) {
  return function (request) {
    var query = queryOf(request.path);
    var page = Number(query.page);
    var perPage = Number(query.perPage);
    var records = [];
    for (var i = (page - 1) * perPage; i < Math.min(total, page * perPage); i++) {
      records.push(record(i));
    }
    var body = {
      records: records,
      paging: { page: page, perPage: perPage, totalPages: Math.ceil(total / perPage), totalElements: total },
      navigation: {}
    };
    if (page * perPage < total) {
      body.navigation.nextPage = {
        uri: 'https://platform.ringcentral.com' + pathOf(request.path) + '?page=' + (page + 1)
      };
    }
    return jsonAnswer(200, body);
  };
}

function extension(i) {
  return {
    id: 4000 + i,
    extensionNumber: String(100 + i),
    type: 'User',
    contact: { email: i === 7 ? 'User7@Example.COM' : 'user' + i + '@example.com' }
  };
}

function presenceOf(words) {
  return function (i) {
    var record = {
      extension: { id: 4000 + i },
      userStatus: 'Available',
      dndStatus: 'TakeAllCalls',
      telephonyStatus: 'NoCall',
      allowSeeMyPresence: true
    };
    for (var key in words || {}) {
      record[key] = words[key];
    }
    return record;
  };
}

function mappingOf(indexes) {
  var mapping = {};
  indexes.forEach(function (i) {
    mapping['u' + i] = String(4000 + i);
  });
  return mapping;
}

describe('SpPresenceRingCentral', function () {
  it('is named by the id settings use', function () {
    expect(SpPresenceRingCentral.id).toBe('ringcentral');
    expect(SpPresenceRingCentral.label).toBe('RingCentral');
  });

  describe('mapUsers', function () {
    it('reads every page of the user extensions and maps them by contact email, case aside', function () {
      var http = fakeHttp(ringCentralList(2500, extension));
      var result = SpPresenceRingCentral.mapUsers(
        someUsers(10).concat([{ sysId: 'stranger', email: 'nobody@example.com' }]),
        http
      );
      expect(
        http.requests.map(function (r) {
          return r.method + ' ' + pathOf(r.path) + ' ' + queryOf(r.path).page;
        })
      ).toEqual([
        'GET /restapi/v1.0/account/~/extension 1',
        'GET /restapi/v1.0/account/~/extension 2',
        'GET /restapi/v1.0/account/~/extension 3'
      ]);
      expect(queryOf(http.requests[0].path)).toEqual({ type: 'User', page: '1', perPage: '1000' });
      expect(result.mapped.u7).toBe('4007');
      expect(result.mapped.u0).toBe('4000');
      expect(Object.keys(result.mapped).length).toBe(10);
      expect(result.failure).toBeUndefined();
    });

    it('makes no call without users who have an email', function () {
      var http = fakeHttp(ringCentralList(3, extension));
      expect(SpPresenceRingCentral.mapUsers([{ sysId: 'x', email: '' }], http)).toEqual({ mapped: {} });
      expect(http.requests.length).toBe(0);
    });

    itStopsOnFailures(
      function (http) {
        return SpPresenceRingCentral.mapUsers(someUsers(3), http);
      },
      'mapped',
      ringCentralList(2500, extension),
      2
    );
  });

  describe('fetchPresence', function () {
    it('reads every page of the account presence with detailed telephony, keeping only mapped extensions', function () {
      var http = fakeHttp(ringCentralList(2100, presenceOf({ userStatus: 'Busy' })));
      var result = SpPresenceRingCentral.fetchPresence(mappingOf([0, 1500, 2099]), http);
      expect(http.requests.length).toBe(3);
      expect(pathOf(http.requests[2].path)).toBe('/restapi/v1.0/account/~/presence');
      expect(queryOf(http.requests[2].path)).toEqual({ detailedTelephonyState: 'true', page: '3', perPage: '1000' });
      expect(result.presences).toEqual({
        u0: { availability: 'busy' },
        u1500: { availability: 'busy' },
        u2099: { availability: 'busy' }
      });
    });

    it('stops at an empty page, even one that names a next page', function () {
      var http = fakeHttp(function () {
        return jsonAnswer(200, { records: [], navigation: { nextPage: { uri: 'x' } } });
      });
      expect(SpPresenceRingCentral.fetchPresence(mappingOf([1]), http)).toEqual({ presences: {} });
      expect(http.requests.length).toBe(1);
    });

    it('leaves out people who hide their presence (allowSeeMyPresence false)', function () {
      var http = fakeHttp(
        ringCentralList(3, function (i) {
          return presenceOf({ allowSeeMyPresence: i !== 1, dndStatus: 'DoNotAcceptAnyCalls' })(i);
        })
      );
      var result = SpPresenceRingCentral.fetchPresence(mappingOf([0, 1, 2]), http);
      expect(result.presences).toEqual({ u0: { availability: 'dnd' }, u2: { availability: 'dnd' } });
    });

    it('makes no call with nobody mapped', function () {
      var http = fakeHttp(ringCentralList(3, presenceOf()));
      expect(SpPresenceRingCentral.fetchPresence({}, http)).toEqual({ presences: {} });
      expect(http.requests.length).toBe(0);
    });

    var WORDS = [
      [{}, { availability: 'available' }],
      [{ userStatus: 'Busy' }, { availability: 'busy' }],
      [{ userStatus: 'Offline' }, { availability: 'offline' }],
      [{ userStatus: undefined, presenceStatus: 'Busy' }, { availability: 'busy' }],
      [{ dndStatus: 'DoNotAcceptAnyCalls' }, { availability: 'dnd' }],
      [{ dndStatus: 'DoNotAcceptDepartmentCalls' }, { availability: 'available' }],
      [{ dndStatus: 'TakeDepartmentCallsOnly' }, { availability: 'available' }],
      [{ dndStatus: 'Unknown' }, { availability: 'available' }],
      [{ telephonyStatus: 'CallConnected' }, { availability: 'busy', activity: 'onThePhone' }],
      [{ telephonyStatus: 'OnHold' }, { availability: 'busy', activity: 'onThePhone' }],
      [{ telephonyStatus: 'ParkedCall' }, { availability: 'busy', activity: 'onThePhone' }],
      [{ telephonyStatus: 'Ringing' }, { availability: 'available' }],
      [{ meetingStatus: 'Connected' }, { availability: 'busy', activity: 'inAMeeting' }],
      [{ meetingStatus: 'Disconnected' }, { availability: 'available' }],
      [
        { dndStatus: 'DoNotAcceptAnyCalls', telephonyStatus: 'CallConnected' },
        { availability: 'dnd', activity: 'onThePhone' }
      ],
      [{ userStatus: 'Offline', telephonyStatus: 'CallConnected' }, { availability: 'offline' }],
      [{ userStatus: 'Offline', dndStatus: 'DoNotAcceptAnyCalls' }, { availability: 'dnd' }],
      [{ userStatus: 'Purple' }, { availability: 'unknown' }],
      [
        { userStatus: 'Purple', telephonyStatus: 'CallConnected' },
        { availability: 'busy', activity: 'onThePhone' }
      ],
      [{ dndStatus: 'Sleeping', telephonyStatus: 'Teleporting' }, { availability: 'available' }]
    ];
    WORDS.forEach(function (row) {
      it('says ' + JSON.stringify(row[0]) + ' as ' + JSON.stringify(row[1]), function () {
        var http = fakeHttp(ringCentralList(1, presenceOf(row[0])));
        var presence = SpPresenceRingCentral.fetchPresence(mappingOf([0]), http).presences.u0;
        expect(presence).toEqual(row[1]);
        expectNeutral(presence);
      });
    });

    it('fails, without throwing, on an answer without records', function () {
      var result = SpPresenceRingCentral.fetchPresence(
        mappingOf([0]),
        fakeHttp(function () {
          return jsonAnswer(200, [1, 2]);
        })
      );
      expect(result).toEqual({
        presences: {},
        failure: { status: 200, message: 'RingCentral presence answered something unreadable: no records list' }
      });
    });

    it("reads RingCentral's error words and Retry-After into the failure", function () {
      var result = SpPresenceRingCentral.fetchPresence(
        mappingOf([0]),
        fakeHttp(function () {
          return jsonAnswer(429, { errorCode: 'CMN-301', message: 'Request rate exceeded' }, { 'retry-after': '60' });
        })
      );
      expect(result.failure).toEqual({
        status: 429,
        message: 'RingCentral presence answered HTTP 429: Request rate exceeded',
        retryAfterSeconds: 60
      });
    });

    itStopsOnFailures(
      function (http) {
        return SpPresenceRingCentral.fetchPresence(mappingOf([0]), http);
      },
      'presences',
      ringCentralList(2500, presenceOf()),
      3
    );
  });
});
