// The simulated /api/now/ui/presence, as servicenow.md §1 describes it, plus every failure mode
// a real instance shows. Counts each request so the page and the tests can see the rate.
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

const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>ServiceNow</title></head><body>' +
  '<form action="login.do" method="post"><input name="user_name"><input name="user_password" type="password"></form></body></html>';

function snError(message, detail) {
  return JSON.stringify({ error: { message: message, detail: detail }, status: 'failure' });
}

function createPresenceApi(options) {
  const directory = options.directory;
  const clock = options.clock;
  const token = options.token;
  const state = {
    mode: 'ok',
    retryAfterSeconds: options.retryAfterSeconds || 20,
    slowMs: options.slowMs || 3000,
    requests: [] // {at, method, ids, status}
  };
  const held = new Set();

  function send(res, status, type, body, headers) {
    res.writeHead(status, Object.assign({ 'Content-Type': type, 'Cache-Control': 'no-store' }, headers || {}));
    res.end(body);
  }

  function answer(ids) {
    const serverTime = clock.now();
    const presenceArray = ids
      .map(function (id) { return directory.get(id); })
      .filter(Boolean)
      .map(function (user) { return { user: user.sys_id, last_on: directory.lastOn(user, serverTime) }; });
    return JSON.stringify({ result: { serverTimeMilis: serverTime, presenceArray: presenceArray } });
  }

  function respond(req, res, ids) {
    const record = { at: Date.now(), method: req.method, ids: ids.length, status: 0 };
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
    switch (state.mode) {
      case 'unauthorized':
        return reply(401, json, snError('User Not Authenticated', 'Required to provide Auth information'));
      case 'forbidden':
        return reply(403, json, snError('Operation Failed', 'ACL Exception Insert Failed due to security constraints'));
      case 'gone':
        return reply(404, json, snError('Requested URI does not represent any resource', null));
      case 'rate-limited':
        return reply(429, json, snError('Too many requests', 'Rate limit exceeded'), { 'Retry-After': String(state.retryAfterSeconds) });
      case 'server-error':
        return reply(500, json, snError('Internal server error', null));
      case 'login-page':
        return reply(200, 'text/html;charset=UTF-8', LOGIN_PAGE);
      case 'malformed':
        return reply(200, json, '{"result": {"serverTimeMilis": ' + clock.now() + ', "presenceArray": [');
      case 'timeout':
        // Never answers; the socket is dropped when the client gives up or the server stops.
        held.add(res);
        res.on('close', function () { held.delete(res); });
        return undefined;
      case 'slow': {
        const timer = setTimeout(function () { reply(200, json, answer(ids)); }, state.slowMs);
        res.on('close', function () { clearTimeout(timer); });
        return undefined;
      }
      default:
        return reply(200, json, answer(ids));
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
      held.forEach(function (res) { res.destroy(); });
      held.clear();
    },
    handle: function (req, res, body) {
      let ids = [];
      if (req.method === 'POST') {
        try {
          const parsed = JSON.parse(body || '{}');
          ids = Array.isArray(parsed.users) ? parsed.users.map(String) : [];
        } catch (e) {
          return send(res, 400, 'application/json', snError('Invalid JSON', String(e.message)));
        }
      } else {
        const users = new URL(req.url, 'http://localhost').searchParams.get('users');
        ids = users ? users.split(',') : directory.users.map(function (u) { return u.sys_id; });
      }
      return respond(req, res, ids);
    }
  };
}

module.exports = { createPresenceApi };
