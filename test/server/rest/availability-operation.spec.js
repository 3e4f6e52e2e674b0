// load: server-sim/sim.js, server-sim/encoded-query.js, server-sim/glide-record.js, server-sim/gs.js, server-sim/rest-api.js
/* The route script as the instance runs it; the service is scripted here (its own spec covers it). */
var SpPresenceAvailability;

describe('the availability REST operation', function () {
  var FILE = 'server/rest/availability-operation.js';
  var A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
  var B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
  var asked;

  function post(body) {
    return SpSim.runOperation(FILE, { body: typeof body === 'string' ? body : JSON.stringify(body) });
  }

  function ids(n) {
    var list = [];
    for (var i = 0; i < n; i++) {
      var hex = i.toString(16);
      list.push(new Array(33 - hex.length).join('0') + hex);
    }
    return list;
  }

  beforeEach(function () {
    SpSim.reset();
    SpSim.session = { userId: A, userName: 'abel.tuter', roles: [] };
    SpSim.tables.sys_user = [
      { sys_id: A, name: 'Abel' },
      { sys_id: B, name: 'Beth', secret: 'true' }
    ];
    asked = [];
    SpPresenceAvailability = {
      answer: function (sysIds, now) {
        asked.push(sysIds);
        var users = {};
        sysIds.forEach(function (id) {
          users[id] = { availability: 'busy', vendor: 'teams' };
        });
        return {
          vendor: 'teams',
          takenAt: now - 1000,
          serverTime: now,
          users: users,
          server: { vendor: 'teams', lastFailure: null }
        };
      }
    };
  });

  it('answers {result: …} with the service answer for readable users, without the server state for non-admins', function () {
    var result = post({ users: [A, B] });
    expect(result.status).toBe(200);
    expect(result.body.result.users[A]).toEqual({ availability: 'busy', vendor: 'teams' });
    expect(result.body.result.takenAt).toBe(SpSim.now() - 1000);
    expect(result.body.result.server).toBeUndefined();
  });

  it('shows the server state to admins (the Diagnostics panel)', function () {
    SpSim.session.roles = ['admin'];
    expect(post({ users: [A] }).body.result.server.vendor).toBe('teams');
  });

  it('answers only for users the viewer may read (GlideRecordSecure on sys_user)', function () {
    SpSim.readRules.sys_user = function (row) {
      return row.secret !== 'true';
    };
    var result = post({ users: [A, B] });
    expect(asked[0]).toEqual([A]);
    expect(result.body.result.users[B]).toBeUndefined();
  });

  it('is refused before the script when nobody is signed in (401) or the ACL says no (403)', function () {
    SpSim.session = { userId: '', userName: 'guest', roles: [] };
    expect(post({ users: [A] }).status).toBe(401);
    SpSim.session = { userId: A, userName: 'abel.tuter', roles: [] };
    SpSim.restAcl = function () {
      return false;
    };
    expect(post({ users: [A] }).status).toBe(403);
    expect(asked.length).toBe(0);
  });

  it('refuses a guest session itself (public portal pages)', function () {
    SpSim.session = { userId: '5136503cc611227c0183e96598c4f706', userName: 'guest', roles: [] };
    var result = post({ users: [A] });
    expect(result.status).toBe(401);
    expect(result.body.error.message).toMatch('Sign in');
  });

  it('takes at most 2 000 users (the most dots one page shows), and says so', function () {
    expect(post({ users: ids(2000) }).status).toBe(200);
    var result = post({ users: ids(2001) });
    expect(result.status).toBe(400);
    expect(result.body.error.detail).toBe('at most 2000 users a request (got 2001)');
  });

  it('answers bad bodies with a clear 400', function () {
    expect(post('{not json').body.error.detail).toBe('the body is not JSON');
    expect(post('').body.error.detail).toMatch('expected');
    expect(post({ user: [A] }).body.error.detail).toBe('expected {"users": ["<sys_id>", …]}');
    expect(post({ users: [A, 'x'] }).body.error.detail).toBe('users[1] is not a sys_id (32 lower-case hex characters)');
    expect(post({ users: [A, 7] }).status).toBe(400);
    expect(asked.length).toBe(0);
  });

  it('asks once per user even when the list repeats them', function () {
    post({ users: [A, A] });
    expect(asked[0]).toEqual([A]);
  });
});
