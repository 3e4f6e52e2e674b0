/*
 * The `http(request)` function the connectors are given: one call to the vendor over the
 * vendor's REST Message record, credentials added by ServiceNow's own stores, never by us.
 *
 *   request  {method: 'GET'|'POST', path: '/v1.0/…' (after the record's endpoint), body?: object
 *            (sent as JSON), headers?: object}
 *   returns  {status, headers: {lower-case name: value}, body: text}; never throws; status 0
 *            for a timeout or a connection failure.
 *
 * Microsoft Graph and RingCentral: the REST Message record's OAuth 2.0 profile (Application
 * Registry: client credentials for Graph, JWT bearer for RingCentral) gives the Bearer token.
 * Symphony: a session token from the pod's RSA authentication, the JWT signed by a ServiceNow
 * JWT provider (its key in a ServiceNow keystore); held in memory for this one refresh only.
 * On 401 the token is renewed once and the call repeated; a second 401 goes back to the caller.
 */
var SpPresenceVendorHttp = (function () {
  /* Record names the admin's set-up must keep (README, "Availability: the server half"). */
  var VENDORS = {
    teams: { message: 'sp-presence Microsoft Graph', oauthEntity: 'sp-presence Microsoft Graph' },
    ringcentral: { message: 'sp-presence RingCentral', oauthEntity: 'sp-presence RingCentral' },
    symphony: { message: 'sp-presence Symphony', jwtProvider: 'sp-presence Symphony' }
  };
  /* Below the instance's own cap on outbound waits (believed 30 s), so a slow vendor is ours to report. */
  var TIMEOUT_MS = 20000;

  function lowerCaseKeys(headers) {
    var out = {};
    for (var name in headers || {}) {
      if (Object.prototype.hasOwnProperty.call(headers, name)) {
        out[String(name).toLowerCase()] = String(headers[name]);
      }
    }
    return out;
  }

  /* One HTTP exchange through the record's function `fn`; `extra` headers are ours (auth). */
  function send(messageName, fn, request, extra) {
    try {
      var message = new sn_ws.RESTMessageV2(messageName, fn);
      message.setEndpoint(String(message.getEndpoint()).replace(/\/+$/, '') + (request.path || ''));
      message.setHttpMethod(request.method);
      message.setHttpTimeout(TIMEOUT_MS);
      message.setRequestHeader('Accept', 'application/json');
      var headers = lowerCaseKeys(request.headers);
      for (var name in extra) {
        if (Object.prototype.hasOwnProperty.call(extra, name)) {
          headers[name] = extra[name];
        }
      }
      for (var key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) {
          message.setRequestHeader(key, headers[key]);
        }
      }
      if (request.body !== undefined) {
        message.setRequestHeader('Content-Type', 'application/json');
        message.setRequestBody(JSON.stringify(request.body));
      }
      var response = message.execute();
      var body = response.getBody();
      return {
        status: Number(response.getStatusCode()) || 0,
        headers: lowerCaseKeys(response.getHeaders()),
        body: body === null || body === undefined ? '' : String(body)
      };
    } catch (e) {
      /* A timeout or refused connection surfaces as an exception on some releases. */
      return { status: 0, headers: {}, body: '' };
    }
  }

  /* OAuth 2.0: ServiceNow adds the profile's token; a renewal asks the token URL again. */
  function oauthHttp(config) {
    return function (request) {
      var first = send(config.message, 'call', request, {});
      if (first.status !== 401) {
        return first;
      }
      var renewed = new sn_auth.GlideOAuthClient().requestToken(config.oauthEntity, '{}');
      var token = renewed && renewed.getToken();
      if (!token || !token.getAccessToken()) {
        gs.warn(
          'sp-presence: renewing the OAuth token of {0} failed: {1}',
          config.oauthEntity,
          renewed ? renewed.getErrorMessage() : ''
        );
        return first;
      }
      return send(config.message, 'call', request, {});
    };
  }

  /* Symphony: a session token from the record's `authenticate` function, kept for this refresh. */
  function symphonyHttp(config) {
    var session = '';
    function authenticate() {
      var provider = new GlideRecord('jwt_provider');
      if (!provider.get('name', config.jwtProvider)) {
        return {
          status: 401,
          headers: {},
          body: JSON.stringify({ message: 'no JWT provider named ' + config.jwtProvider })
        };
      }
      var jwt = new sn_auth.GlideJWTAPI().generateJWT(
        provider.getUniqueValue(),
        JSON.stringify({ alg: 'RS512', typ: 'JWT' }),
        '{}'
      );
      var answer = send(config.message, 'authenticate', { method: 'POST', path: '', body: { token: String(jwt) } }, {});
      try {
        session = answer.status === 200 ? String(JSON.parse(answer.body).token || '') : '';
      } catch (e) {
        session = '';
      }
      return answer;
    }
    return function (request) {
      var login;
      if (!session) {
        login = authenticate();
        if (!session) {
          return login;
        }
      }
      var first = send(config.message, 'call', request, { sessiontoken: session });
      if (first.status !== 401 || login) {
        return first;
      }
      login = authenticate();
      return session ? send(config.message, 'call', request, { sessiontoken: session }) : login;
    };
  }

  /* The http function for one refresh of `vendor` ('teams' | 'ringcentral' | 'symphony'). */
  function forVendor(vendor) {
    var config = VENDORS[vendor];
    return config.jwtProvider ? symphonyHttp(config) : oauthHttp(config);
  }

  return { forVendor: forVendor, VENDORS: VENDORS };
})();
