// load: server-sim/sim.js, server-sim/encoded-query.js, server-sim/glide-record.js, server-sim/gs.js, server-sim/rest-message.js, server/availability/vendors/vocabulary.js, server/availability/availability-settings.js, server/availability/snapshot-store.js, server/availability/vendor-http.js, server/availability/availability-service.js
/* The service against a scripted connector (the real ones are tested against the fake vendors). */
var SpPresenceTeams;
var SpPresenceRingCentral;
var SpPresenceSymphony;

describe('the availability service', function () {
  var A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
  var B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
  var C = 'cccccccccccccccccccccccccccccccc';
  var start = 1765000000000;
  var calls;
  /* what the next vendor call answers: a failure, or nothing for success */
  var next;

  function connector(id) {
    return {
      id: id,
      mapUsers: function (users) {
        calls.push({
          kind: 'map',
          users: users
            .map(function (u) {
              return u.email;
            })
            .sort()
        });
        if (next.mapFailure) {
          return { mapped: {}, failure: next.mapFailure };
        }
        var mapped = {};
        users.forEach(function (u) {
          if (u.email) {
            mapped[u.sysId] = 'v-' + u.email;
          }
        });
        return { mapped: mapped };
      },
      fetchPresence: function (mapping) {
        calls.push({
          kind: 'fetch',
          ids: Object.keys(mapping)
            .map(function (k) {
              return mapping[k];
            })
            .sort()
        });
        if (next.failure) {
          return { presences: {}, failure: next.failure };
        }
        var presences = {};
        Object.keys(mapping).forEach(function (sysId) {
          presences[sysId] = { availability: 'busy', activity: 'inAMeeting' };
        });
        return { presences: presences };
      }
    };
  }

  function answer(ids, at) {
    SpSim.now = function () {
      return at;
    };
    return SpPresenceAvailability.answer(ids, at);
  }

  function fetches() {
    return calls.filter(function (c) {
      return c.kind === 'fetch';
    }).length;
  }

  beforeEach(function () {
    SpSim.reset();
    SpSim.tables.sys_user = [
      { sys_id: A, email: 'a@example.com' },
      { sys_id: B, email: 'b@example.com' },
      { sys_id: C, email: '' }
    ];
    SpSim.properties['sp_presence.availability.vendor'] = 'teams';
    calls = [];
    next = {};
    SpPresenceTeams = connector('teams');
    SpPresenceRingCentral = connector('ringcentral');
    SpPresenceSymphony = connector('symphony');
  });

  it('answers neutral availability with the vendor, the taken-at time and the server clock', function () {
    var result = answer([A, C], start);
    expect(result.vendor).toBe('teams');
    expect(result.users[A]).toEqual({ availability: 'busy', activity: 'inAMeeting', vendor: 'teams' });
    expect(result.users[C]).toBeUndefined();
    expect(result.takenAt).toBe(start);
    expect(result.serverTime).toBe(start);
  });

  it('does not call the vendor while the snapshot is fresh', function () {
    answer([A], start);
    answer([A], start + 30000);
    answer([A], start + 59999);
    expect(fetches()).toBe(1);
    answer([A], start + 60000);
    expect(fetches()).toBe(2);
  });

  it('makes exactly one call for two stale requests in a row, whichever node takes them (the snapshot is in the table)', function () {
    answer([A], start);
    answer([A], start + 61000);
    answer([A], start + 61001);
    expect(fetches()).toBe(2);
  });

  it('leaves the refresh to the node holding the claim and answers from the snapshot meanwhile', function () {
    answer([A], start);
    var other = SpPresenceSnapshotStore.claim('teams', start + 61000, SpPresenceAvailability.CLAIM_MS);
    expect(other).toBeTruthy();
    var result = answer([A], start + 61000);
    expect(fetches()).toBe(1);
    expect(result.takenAt).toBe(start);
    expect(result.users[A].availability).toBe('busy');
  });

  it('fetches only users asked about recently', function () {
    answer([A, B], start);
    answer([B], start + SpPresenceAvailability.RECENT_MS + 1000);
    expect(calls[calls.length - 1]).toEqual({ kind: 'fetch', ids: ['v-b@example.com'] });
  });

  it('looks users up once, then again only after a day', function () {
    answer([A], start);
    answer([A], start + 60000);
    answer([A, B], start + 120000);
    expect(
      calls.filter(function (c) {
        return c.kind === 'map';
      })
    ).toEqual([
      { kind: 'map', users: ['a@example.com'] },
      { kind: 'map', users: ['b@example.com'] }
    ]);
    var day = start + SpPresenceAvailability.MAPPING_MS;
    answer([A, B], day + 1000);
    expect(calls[calls.length - 2]).toEqual({ kind: 'map', users: ['a@example.com'] });
  });

  describe('vendor failures', function () {
    it('turns the source off with the reason on 401 (the token was already renewed once)', function () {
      answer([A], start);
      next.failure = { status: 401, message: 'Microsoft Teams presence answered HTTP 401: InvalidAuthenticationToken' };
      var result = answer([A], start + 60000);
      expect(result.server.off).toMatch('HTTP 401');
      expect(result.server.lastFailure.status).toBe(401);
      answer([A], start + 60000 + 30 * 60000);
      expect(fetches()).toBe(2);
      next.failure = undefined;
      var back = answer([A], start + 60000 + SpPresenceAvailability.OFF_MS);
      expect(fetches()).toBe(3);
      expect(back.server.off).toBe('');
    });

    it('obeys Retry-After on 429 for the whole instance', function () {
      answer([A], start);
      next.failure = { status: 429, retryAfterSeconds: 300, message: 'slow down' };
      answer([A], start + 60000);
      next.failure = undefined;
      answer([A], start + 60000 + 299000);
      expect(fetches()).toBe(2);
      expect(SpPresenceSnapshotStore.read('teams').blockedUntil).toBe(start + 60000 + 300000);
      answer([A], start + 60000 + 300000);
      expect(fetches()).toBe(3);
    });

    it('backs off on 5xx and timeouts, doubling up to a cap', function () {
      answer([A], start);
      var at = start + 60000;
      var waits = [];
      for (var i = 0; i < 7; i++) {
        next.failure = { status: i % 2 ? 0 : 503, message: 'down' };
        answer([A], at);
        var until = SpPresenceSnapshotStore.read('teams').blockedUntil;
        waits.push(until - at);
        at = until;
      }
      expect(waits).toEqual([60000, 120000, 240000, 480000, 900000, 900000, 900000]);
      expect(fetches()).toBe(8);
    });

    it('lets the snapshot age: the answer keeps its old taken-at time while the vendor is down', function () {
      answer([A], start);
      next.failure = { status: 503, message: 'down' };
      var result = answer([A], start + 200000);
      expect(result.takenAt).toBe(start);
      expect(result.serverTime - result.takenAt).toBeGreaterThan(2 * 60000);
    });

    it('keeps the mapping for a retry when the lookup fails', function () {
      next.mapFailure = { status: 503, message: 'down' };
      answer([A], start);
      expect(fetches()).toBe(0);
      next.mapFailure = undefined;
      answer([A], start + 60000);
      expect(
        calls.filter(function (c) {
          return c.kind === 'map';
        }).length
      ).toBe(2);
      expect(fetches()).toBe(1);
    });
  });

  describe('settings', function () {
    it('asks no vendor when switched off or without a vendor', function () {
      SpSim.properties['sp_presence.availability.enabled'] = 'false';
      expect(answer([A], start).users).toEqual({});
      SpSim.properties['sp_presence.availability.enabled'] = 'true';
      SpSim.properties['sp_presence.availability.vendor'] = '';
      expect(answer([A], start).vendor).toBe('');
      expect(calls.length).toBe(0);
    });

    it('clamps an interval under 30 s and says so', function () {
      SpSim.properties['sp_presence.availability.interval_seconds'] = '5';
      var result = answer([A], start);
      expect(result.intervalSeconds).toBe(30);
      expect(result.server.notes[0]).toMatch('5 is outside 30');
      answer([A], start + 29000);
      expect(fetches()).toBe(1);
    });

    it('uses the connector the vendor property names', function () {
      SpSim.properties['sp_presence.availability.vendor'] = 'symphony';
      expect(answer([A], start).users[A].vendor).toBe('symphony');
    });
  });
});
