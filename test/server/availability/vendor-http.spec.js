// load: server-sim/sim.js, server-sim/encoded-query.js, server-sim/glide-record.js, server-sim/gs.js, server-sim/rest-message.js, server/availability/vendor-http.js
/* The http function the connectors get, over a scripted wire (the real one is in integration.spec.js). */
describe('the vendor http function', function () {
  var wire;
  /* status the vendor's API answers for each call, in order; then 200 */
  var answers;
  var tokensIssued;

  function tokenEndpoint(request) {
    tokensIssued++;
    return {
      status: 200,
      headers: {},
      body: JSON.stringify({ access_token: 'token-' + tokensIssued, token_type: 'Bearer', expires_in: 3600 })
    };
  }

  beforeEach(function () {
    SpSim.reset();
    wire = [];
    answers = [];
    tokensIssued = 0;
    SpSim.transport = function (request) {
      wire.push(request);
      if (/\/token$|\/authenticate$/.test(request.url)) {
        return request.url.indexOf('authenticate') >= 0
          ? { status: 200, headers: {}, body: JSON.stringify({ token: 'session-' + ++tokensIssued }) }
          : tokenEndpoint(request);
      }
      var status = answers.length ? answers.shift() : 200;
      return {
        status: status,
        headers: { 'Retry-After': '7', 'Content-Type': 'application/json' },
        body: status === 200 ? '{"ok":true}' : ''
      };
    };
    SpSim.oauthEntities['sp-presence Microsoft Graph'] = {
      tokenUrl: 'http://graph.test/oauth2/v2.0/token',
      form: {
        grant_type: 'client_credentials',
        client_id: 'demo-client',
        client_secret: 'demo-secret',
        scope: 'https://graph.microsoft.com/.default'
      }
    };
    SpSim.restMessages['sp-presence Microsoft Graph'] = {
      endpoint: 'http://graph.test/',
      oauthEntity: 'sp-presence Microsoft Graph',
      functions: { call: { method: 'GET' } }
    };
    SpSim.restMessages['sp-presence Symphony'] = {
      endpoint: 'http://pod.test',
      functions: {
        call: { method: 'GET' },
        authenticate: { method: 'POST', endpoint: 'http://pod.test/login/pubkey/authenticate' }
      }
    };
    SpSim.tables.jwt_provider = [{ sys_id: 'f00df00df00df00df00df00df00df00d', name: 'sp-presence Symphony' }];
    SpSim.jwts.f00df00df00df00df00df00df00df00d = 'demo-jwt';
  });

  function apiCalls() {
    return wire.filter(function (r) {
      return !/\/token$|\/authenticate$/.test(r.url);
    });
  }

  it('sends the request under the REST Message endpoint as JSON, with the profile token', function () {
    var http = SpPresenceVendorHttp.forVendor('teams');
    var result = http({ method: 'POST', path: '/v1.0/communications/getPresencesByUserId', body: { ids: ['x'] } });
    expect(result).toEqual({
      status: 200,
      headers: { 'retry-after': '7', 'content-type': 'application/json' },
      body: '{"ok":true}'
    });
    var sent = apiCalls()[0];
    expect(sent.url).toBe('http://graph.test/v1.0/communications/getPresencesByUserId');
    expect(sent.method).toBe('POST');
    expect(sent.body).toBe('{"ids":["x"]}');
    expect(sent.headers.authorization).toBe('Bearer token-1');
    expect(sent.headers['content-type']).toBe('application/json');
  });

  it('renews the token once on 401 and repeats the call', function () {
    SpSim.oauthTokens['sp-presence Microsoft Graph'] = 'expired';
    answers = [401];
    var result = SpPresenceVendorHttp.forVendor('teams')({ method: 'GET', path: '/v1.0/x' });
    expect(result.status).toBe(200);
    expect(
      apiCalls().map(function (r) {
        return r.headers.authorization;
      })
    ).toEqual(['Bearer expired', 'Bearer token-1']);
  });

  it('returns the second 401 instead of renewing again', function () {
    answers = [401, 401, 401];
    var result = SpPresenceVendorHttp.forVendor('teams')({ method: 'GET', path: '/v1.0/x' });
    expect(result.status).toBe(401);
    expect(apiCalls().length).toBe(2);
    expect(tokensIssued).toBe(2);
  });

  it('never throws: a failed connection is status 0', function () {
    SpSim.transport = function () {
      throw new Error('refused');
    };
    expect(SpPresenceVendorHttp.forVendor('teams')({ method: 'GET', path: '/x' })).toEqual({
      status: 0,
      headers: {},
      body: ''
    });
  });

  it('authenticates to Symphony once per refresh and sends the session token', function () {
    var http = SpPresenceVendorHttp.forVendor('symphony');
    http({ method: 'GET', path: '/pod/v2/users/presence' });
    http({ method: 'GET', path: '/pod/v2/users/presence' });
    var login = wire[0];
    expect(login.url).toBe('http://pod.test/login/pubkey/authenticate');
    expect(login.body).toBe('{"token":"demo-jwt"}');
    expect(
      apiCalls().map(function (r) {
        return r.headers.sessiontoken;
      })
    ).toEqual(['session-1', 'session-1']);
  });

  it('authenticates to Symphony again once on 401', function () {
    var http = SpPresenceVendorHttp.forVendor('symphony');
    http({ method: 'GET', path: '/a' });
    answers = [401];
    expect(http({ method: 'GET', path: '/a' }).status).toBe(200);
    expect(
      apiCalls().map(function (r) {
        return r.headers.sessiontoken;
      })
    ).toEqual(['session-1', 'session-1', 'session-2']);
  });

  it('answers 401 without calling Symphony when no JWT provider is set up', function () {
    SpSim.tables.jwt_provider = [];
    var result = SpPresenceVendorHttp.forVendor('symphony')({ method: 'GET', path: '/a' });
    expect(result.status).toBe(401);
    expect(result.body).toMatch('no JWT provider named sp-presence Symphony');
    expect(wire.length).toBe(0);
  });
});
