// The simulated /api/now/ui/presence, as servicenow.md §1 describes it: whatever the body, the
// answer (201) lists everyone present; a poll not marked sysparm_auto_request=true counts as the
// session user's activity. Plus every failure mode a real instance shows. Counts each request,
// per client, so the page and the tests can see the rates.
const MODES = {
  ok: 'Healthy',
  unauthorized: '401 not signed in',
  forbidden: '403 forbidden',
  gone: '404 endpoint gone',
  'rate-limited': '429 rate limited (Retry-After)',
  'server-error': '500 server error',
  slow: 'Slow answers (3 s)',
  timeout: 'No answer (timeout)',
  'login-page': 'HTML login page (200)',
  malformed: 'Malformed JSON'
};

const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>ServiceNow</title></head><body>' +
  '<form action="login.do" method="post"><input name="user_name"><input name="user_password" type="password"></form></body></html>';

function snError(message, detail) {
  return JSON.stringify({ error: { message: message, detail: detail }, status: 'failure' });
}

/** Users active within this long are listed as present (glide.ui.presence.time_back_minutes is 2; sessions last longer). */
const PRESENT_WITHIN_MS = 10 * 60 * 1000;

function createPresenceApi(options) {
  const directory = options.directory;
  const clock = options.clock;
  const token = options.token;
  /** Whose session the page's requests carry. */
  const sessionUser = options.sessionUser;
  const state = {
    mode: 'ok',
    retryAfterSeconds: options.retryAfterSeconds || 20,
    slowMs: options.slowMs || 3000,
    requests: [] // {at, method, client, auto, status}
  };
  const held = new Set();

  function send(res, status, type, body, headers) {
    res.writeHead(status, Object.assign({ 'Content-Type': type, 'Cache-Control': 'no-store' }, headers || {}));
    res.end(body);
  }

  function answer() {
    const serverTime = clock.now();
    const presenceArray = [];
    directory.users.forEach(function (user) {
      const lastOn = directory.lastOn(user, serverTime);
      if (serverTime - lastOn < PRESENT_WITHIN_MS) {
        presenceArray.push({ user: user.sys_id, last_on: lastOn });
      }
    });
    return JSON.stringify({ result: { serverTimeMillis: serverTime, presenceArray: presenceArray } });
  }

  function respond(req, res) {
    const query = new URL(req.url, 'http://localhost').searchParams;
    const record = {
      at: Date.now(),
      method: req.method,
      // The demo's platform client says who it is; a real instance cannot tell the two apart.
      client: req.headers['x-demo-client'] === 'platform' ? 'platform' : 'sp-presence',
      auto: query.get('sysparm_auto_request') === 'true',
      status: 0
    };
    state.requests.push(record);
    if (state.requests.length > 1000) {
      state.requests.shift();
    }
    const json = 'application/json;charset=UTF-8';
    function reply(status, type, body, headers) {
      record.status = status;
      send(res, status, type, body, headers);
    }
    // ServiceNow refuses a browser's REST POST without the session token.
    if (req.method === 'POST' && req.headers['x-usertoken'] !== token) {
      return reply(401, json, snError('User Not Authenticated', 'Required to provide Auth information'));
    }
    // A request not marked automatic is the user doing something: it keeps them online.
    if (!record.auto && sessionUser) {
      directory.pin(sessionUser, clock.now());
    }
    switch (state.mode) {
      case 'unauthorized':
        return reply(401, json, snError('User Not Authenticated', 'Required to provide Auth information'));
      case 'forbidden':
        return reply(403, json, snError('Operation Failed', 'ACL Exception Insert Failed due to security constraints'));
      case 'gone':
        return reply(404, json, snError('Requested URI does not represent any resource', null));
      case 'rate-limited':
        return reply(429, json, snError('Too many requests', 'Rate limit exceeded'), {
          'Retry-After': String(state.retryAfterSeconds)
        });
      case 'server-error':
        return reply(500, json, snError('Internal server error', null));
      case 'login-page':
        return reply(200, 'text/html;charset=UTF-8', LOGIN_PAGE);
      case 'malformed':
        return reply(201, json, '{"result": {"serverTimeMillis": ' + clock.now() + ', "presenceArray": [');
      case 'timeout':
        // Never answers; the socket is dropped when the client gives up or the server stops.
        held.add(res);
        res.on('close', function () {
          held.delete(res);
        });
        return undefined;
      case 'slow': {
        const timer = setTimeout(function () {
          reply(201, json, answer());
        }, state.slowMs);
        res.on('close', function () {
          clearTimeout(timer);
        });
        return undefined;
      }
      default:
        return reply(201, json, answer());
    }
  }

  return {
    state: state,
    modes: MODES,
    setMode: function (mode) {
      if (!Object.prototype.hasOwnProperty.call(MODES, mode)) {
        throw new Error('unknown mode ' + mode);
      }
      state.mode = mode;
    },
    /** Drops answers still held by the timeout mode (on shutdown). */
    releaseHeld: function () {
      held.forEach(function (res) {
        res.destroy();
      });
      held.clear();
    },
    /** The body is UI16's heartbeat of the polling page: the instance answers the same whatever it says. */
    handle: function (req, res) {
      return respond(req, res);
    }
  };
}

module.exports = { createPresenceApi };
