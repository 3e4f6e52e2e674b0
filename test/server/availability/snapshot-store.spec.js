// load: server-sim/sim.js, server-sim/encoded-query.js, server-sim/glide-record.js, server-sim/gs.js, server/availability/snapshot-store.js
describe('the snapshot store', function () {
  var store = SpPresenceSnapshotStore;
  var now = 1765000000000;
  beforeEach(function () {
    SpSim.reset();
  });

  describe('the refresh claim', function () {
    it('goes to one claimant only while it holds', function () {
      var first = store.claim('teams', now, 60000);
      var second = store.claim('teams', now + 1000, 60000);
      expect(first).toBeTruthy();
      expect(second).toBe('');
    });

    it('expires, so a refresher that died blocks nobody for long', function () {
      store.claim('teams', now, 60000);
      expect(store.claim('teams', now + 59999, 60000)).toBe('');
      expect(store.claim('teams', now + 60001, 60000)).toBeTruthy();
    });

    it('is per vendor', function () {
      expect(store.claim('teams', now, 60000)).toBeTruthy();
      expect(store.claim('symphony', now, 60000)).toBeTruthy();
    });

    it('ends with the snapshot it produced, which every reader then sees', function () {
      var token = store.claim('teams', now, 60000);
      expect(store.saveSnapshot('teams', token, { a: { availability: 'busy' } }, now)).toBe(true);
      var read = store.read('teams');
      expect(read.takenAt).toBe(now);
      expect(read.presences).toEqual({ a: { availability: 'busy' } });
      expect(store.claim('teams', now + 1, 60000)).toBeTruthy();
    });

    it('lost (expired and taken by another) writes nothing', function () {
      var late = store.claim('teams', now, 60000);
      var other = store.claim('teams', now + 70000, 60000);
      expect(store.saveSnapshot('teams', late, { a: { availability: 'busy' } }, now)).toBe(false);
      expect(store.read('teams').takenAt).toBe(0);
      expect(store.saveSnapshot('teams', other, {}, now + 70000)).toBe(true);
    });
  });

  describe('ageing', function () {
    it('keeps the last snapshot and its taken-at time through a failure', function () {
      store.saveSnapshot('teams', store.claim('teams', now, 60000), { a: { availability: 'dnd' } }, now);
      var token = store.claim('teams', now + 60000, 60000);
      store.saveFailure('teams', token, {
        blockedUntil: now + 120000,
        failures: 1,
        lastFailure: { at: now + 60000, status: 503, message: 'down' }
      });
      var read = store.read('teams');
      expect(read.takenAt).toBe(now);
      expect(read.presences).toEqual({ a: { availability: 'dnd' } });
      expect(read.blockedUntil).toBe(now + 120000);
      expect(read.lastFailure.status).toBe(503);
    });

    it('clears the failure state on the next good snapshot', function () {
      store.saveFailure('teams', store.claim('teams', now, 60000), {
        blockedUntil: now + 5000,
        failures: 3,
        lastFailure: { at: now, status: 0, message: 'x' },
        offReason: 'no'
      });
      store.saveSnapshot('teams', store.claim('teams', now + 6000, 60000), {}, now + 6000);
      var read = store.read('teams');
      expect(read.failures).toBe(0);
      expect(read.blockedUntil).toBe(0);
      expect(read.offReason).toBe('');
      expect(read.lastFailure.status).toBe(0);
    });
  });

  describe('recently asked users and the id mapping', function () {
    var a = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    var b = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

    it('lists only users asked about since a time', function () {
      store.markRequested('teams', [a], now, 60000);
      store.markRequested('teams', [b], now + 300000, 60000);
      var since = store.requestedSince('teams', now + 1000).map(function (u) {
        return u.sysId;
      });
      expect(since).toEqual([b]);
    });

    it('writes a fresh mark at most once per keep time', function () {
      store.markRequested('teams', [a], now, 60000);
      var writes = SpSim.queries.length;
      store.markRequested('teams', [a], now + 1000, 60000);
      expect(store.requestedSince('teams', now + 1).length).toBe(0);
      store.markRequested('teams', [a], now + 60000, 60000);
      expect(store.requestedSince('teams', now + 1).length).toBe(1);
      expect(SpSim.queries.length).toBeGreaterThan(writes);
    });

    it('keeps vendor ids with when they were looked up, and counts the users found', function () {
      store.markRequested('teams', [a, b], now, 60000);
      store.saveMapping('teams', [a, b], { a: 'ignored' }, now);
      store.saveMapping(
        'teams',
        [a, b],
        (function () {
          var m = {};
          m[a] = 'entra-a';
          return m;
        })(),
        now + 5
      );
      var users = store.requestedSince('teams', 0);
      expect(users[0]).toEqual({ sysId: a, vendorId: 'entra-a', mappedAt: now + 5 });
      expect(users[1]).toEqual({ sysId: b, vendorId: '', mappedAt: now + 5 });
      expect(store.mappedCount('teams')).toBe(1);
      expect(store.mappedCount('symphony')).toBe(0);
    });
  });
});
