// load: server-sim/sim.js, server-sim/encoded-query.js, server-sim/glide-record.js, server-sim/gs.js, server-sim/rest-message.js, server-sim/java-http.js, server-sim/rest-api.js, server-sim/vendor-setup.js, server/availability/vendors/vocabulary.js, server/availability/vendors/connector-kit.js, server/availability/vendors/teams.js, server/availability/vendors/ringcentral.js, server/availability/vendors/symphony.js, server/availability/availability-settings.js, server/availability/snapshot-store.js, server/availability/vendor-http.js, server/availability/availability-service.js
// with: fake-vendors
/* The shipped scripts end to end: the REST operation, the service, the connectors and the
 * http wrapper, over real HTTP (Java's, as on the instance) to the fake vendors. */
describe('availability from the fake vendors through the shipped scripts', function () {
  var FAKES = JSON.parse(String(java.lang.System.getenv('SP_FAKE_VENDORS')));
  var OPERATION = 'server/rest/availability-operation.js';
  var byName = {};
  FAKES.users.forEach(function (u) {
    byName[u.name] = u.sysId;
  });
  var BETH = byName['Beth Anglin'];
  var ABEL = byName['Abel Tuter'];
  var LUIS = byName['Luis Ortega'];
  var PRIYA = byName['Priya Raman'];
  var now;

  function control(vendor, action, argument) {
    var answer = SpSim.transport({
      method: action === 'calls' ? 'GET' : 'POST',
      url: FAKES.control + '/' + vendor + '/' + action,
      headers: { 'content-type': 'application/json' },
      body: argument === undefined ? undefined : JSON.stringify(argument),
      timeoutMs: 5000
    });
    return JSON.parse(answer.body);
  }

  function ask(ids, at) {
    now = at;
    var result = SpSim.runOperation(OPERATION, { body: JSON.stringify({ users: ids }) });
    expect(result.status).toBe(200);
    return result.body.result;
  }

  function useVendor(vendor) {
    SpSim.properties['sp_presence.availability.vendor'] = vendor;
  }

  beforeEach(function () {
    SpSim.reset();
    now = 1765000000000;
    SpSim.now = function () {
      return now;
    };
    SpSim.connectVendors(FAKES);
    SpSim.tables.sys_user = FAKES.users.map(function (u) {
      return { sys_id: u.sysId, name: u.name, email: u.email };
    });
    SpSim.session = { userId: ABEL, userName: 'admin', roles: ['admin'] };
    ['teams', 'ringcentral', 'symphony'].forEach(function (vendor) {
      control(vendor, 'setDown', false);
      control(vendor, 'setRateLimited', false);
    });
  });

  it('answers Teams availability in neutral words, with the vendor and the server half state', function () {
    useVendor('teams');
    var result = ask([BETH, ABEL, LUIS], now);
    expect(result.users[BETH]).toEqual({ availability: 'busy', activity: 'inAMeeting', vendor: 'teams' });
    expect(result.users[ABEL].availability).toBe('dnd');
    expect(result.users[LUIS].activity).toBe('onThePhone');
    expect(result.server.usersMapped).toBe(3);
    expect(result.server.lastRefresh).toBe(now);
  });

  it('calls Graph once per interval whatever the number of requests, and maps users once', function () {
    useVendor('teams');
    var start = now;
    ask([BETH, ABEL], start);
    var afterFirst = control('teams', 'calls');
    ask([BETH, ABEL], start + 1000);
    ask([BETH], start + 59000);
    expect(control('teams', 'calls')).toBe(afterFirst);
    ask([BETH, ABEL], start + 60000);
    expect(control('teams', 'calls')).toBe(afterFirst + 1);
  });

  it('renews an expired token once and goes on', function () {
    useVendor('teams');
    ask([BETH], now);
    control('teams', 'expireTokens');
    var result = ask([BETH], now + 60000);
    expect(result.takenAt).toBe(now);
    expect(result.server.lastFailure).toBeNull();
  });

  it('obeys Retry-After when rate-limited, for every later request', function () {
    useVendor('teams');
    var start = now;
    ask([BETH], start);
    control('teams', 'setRateLimited', true);
    var limited = ask([BETH], start + 60000);
    expect(limited.server.lastFailure.status).toBe(429);
    var retryAfterMs = limited.server.waitUntil - (start + 60000);
    expect(retryAfterMs).toBeGreaterThan(0);
    var calls = control('teams', 'calls');
    ask([BETH], limited.server.waitUntil - 1);
    expect(control('teams', 'calls')).toBe(calls);
    control('teams', 'setRateLimited', false);
    ask([BETH], limited.server.waitUntil);
    expect(control('teams', 'calls')).toBe(calls + 1);
  });

  it('backs off while the vendor is down, and the snapshot ages', function () {
    useVendor('teams');
    var start = now;
    ask([BETH], start);
    control('teams', 'setDown', true);
    var down = ask([BETH], start + 60000);
    expect(down.server.lastFailure.status).toBe(503);
    expect(down.takenAt).toBe(start);
    control('teams', 'setDown', 'drop');
    var dropped = ask([BETH], down.server.waitUntil);
    expect(dropped.server.lastFailure.status).toBe(0);
    expect(dropped.server.waitUntil - now).toBe(2 * 60000);
  });

  it('reads RingCentral, leaving out who hides presence', function () {
    useVendor('ringcentral');
    var result = ask([BETH, ABEL, PRIYA], now);
    expect(result.vendor).toBe('ringcentral');
    expect(result.users[ABEL].availability).toBe('dnd');
    expect(result.users[BETH].availability).toBe('busy');
    expect(result.users[PRIYA]).toBeUndefined();
  });

  it('reads Symphony with a session token', function () {
    useVendor('symphony');
    var result = ask([BETH, ABEL, LUIS], now);
    expect(result.users[BETH]).toEqual({ availability: 'busy', activity: 'inAMeeting', vendor: 'symphony' });
    expect(result.users[ABEL].availability).toBe('dnd');
    expect(result.server.lastFailure).toBeNull();
  });
});
