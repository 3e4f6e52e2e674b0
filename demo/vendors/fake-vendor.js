// What every fake vendor does the same way: listen on 127.0.0.1 (an ephemeral port), issue and
// check tokens, refuse calls past the vendor's rate limit (or all of them when switched to), go
// down, and count the API calls it receives (token calls apart). Each vendor module gives its
// own routes and its own error shapes. Time is the demo's clock (`now`), so token lifetimes and
// rate windows follow it.
const http = require('node:http');
const crypto = require('node:crypto');

/** What the rate-limited switch asks callers to wait. */
const SWITCHED_RETRY_AFTER_S = 30;
const MINUTE_MS = 60 * 1000;
/** The call log keeps the latest calls only: a demo left running for days stays small (a day at 4 calls a minute fits). */
const CALL_LOG_LIMIT = 10000;

/**
 * options: {
 *   now: () => ms,
 *   tokenLifetimeS,
 *   errors: {unauthorized, tooMany, down, notFound}: each (message) => the vendor's error body,
 *   tokenOf(req) => the token an API call carries, or undefined,
 *   tokenRoute(method, pathname) => handle(call, issue) | undefined: the token endpoint,
 *   limits: {group: {requests, windowMs}}: the vendor's rate limits, by rate-limit group,
 *   route(method, pathname) => {group, handle(call)} | undefined.
 * }
 * A handler gets call = {method, url (URL), headers, body (text)} and returns {status, body, headers?}.
 */
function createFakeVendor(options) {
  const tokens = new Map();
  const received = [];
  const accepted = new Map();
  const state = { down: false, rateLimited: false, calls: 0 };
  /** Every API call to a known route: its rate-limit group and when (for the bench's calls per refresh). */
  const log = [];

  function issue() {
    // Expired tokens go as new ones come, so a long-running demo keeps only live ones.
    tokens.forEach(function (expires, token) {
      if (expires <= options.now()) {
        tokens.delete(token);
      }
    });
    const token = crypto.randomBytes(18).toString('base64url');
    tokens.set(token, options.now() + options.tokenLifetimeS * 1000);
    return { token: token, expiresIn: options.tokenLifetimeS };
  }

  function tokenValid(token) {
    return token !== undefined && tokens.has(token) && tokens.get(token) > options.now();
  }

  /** Seconds until a call of rate-limit `group` fits in its window again, or 0 when it fits now. */
  function waitFor(group) {
    const limit = options.limits[group];
    const now = options.now();
    const times = (accepted.get(group) || []).filter(function (t) {
      return t > now - limit.windowMs;
    });
    accepted.set(group, times);
    return times.length < limit.requests ? 0 : Math.max(1, Math.ceil((times[0] + limit.windowMs - now) / 1000));
  }

  function pruneReceived() {
    const since = options.now() - MINUTE_MS;
    while (received.length && received[0] <= since) {
      received.shift();
    }
  }

  function answerApi(call, req) {
    state.calls++;
    received.push(options.now());
    pruneReceived();
    if (!tokenValid(options.tokenOf(req))) {
      return { status: 401, body: options.errors.unauthorized('Access token is missing, expired or not valid.') };
    }
    const route = options.route(call.method, call.url.pathname);
    if (!route) {
      return {
        status: 404,
        body: options.errors.notFound('No such resource: ' + call.method + ' ' + call.url.pathname)
      };
    }
    log.push({ group: route.group, at: options.now() });
    if (log.length > CALL_LOG_LIMIT) {
      log.shift();
    }
    const wait = state.rateLimited ? SWITCHED_RETRY_AFTER_S : waitFor(route.group);
    if (wait > 0) {
      return {
        status: 429,
        headers: { 'Retry-After': String(wait) },
        body: options.errors.tooMany('Rate limit exceeded: retry after ' + wait + ' s.')
      };
    }
    accepted.get(route.group).push(options.now());
    return route.handle(call);
  }

  function send(res, answer) {
    res.writeHead(answer.status, Object.assign({ 'Content-Type': 'application/json; charset=utf-8' }, answer.headers));
    res.end(JSON.stringify(answer.body));
  }

  const server = http.createServer(function (req, res) {
    const chunks = [];
    req.on('data', function (chunk) {
      chunks.push(chunk);
    });
    req.on('end', function () {
      if (state.down === 'drop') {
        req.socket.destroy();
        return;
      }
      if (state.down) {
        send(res, { status: 503, headers: { 'Retry-After': '10' }, body: options.errors.down('Service unavailable.') });
        return;
      }
      const call = {
        method: req.method,
        url: new URL(req.url, 'http://127.0.0.1'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8')
      };
      const tokenHandler = options.tokenRoute(call.method, call.url.pathname);
      send(res, tokenHandler ? tokenHandler(call, issue) : answerApi(call, req));
    });
  });

  const control = {
    /** true: 503 for every call; 'drop': connections closed unanswered (a caller sees no answer). */
    setDown: function (down) {
      state.down = down;
    },
    setRateLimited: function (on) {
      state.rateLimited = !!on;
    },
    expireTokens: function () {
      tokens.clear();
    },
    calls: function () {
      return state.calls;
    },
    callLog: function () {
      return log.slice();
    },
    callsPerMinute: function () {
      pruneReceived();
      return received.length;
    }
  };

  return {
    control: control,
    listen: function () {
      return new Promise(function (resolve, reject) {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', function () {
          resolve('http://127.0.0.1:' + server.address().port);
        });
      });
    },
    close: function () {
      return new Promise(function (resolve) {
        server.closeAllConnections();
        server.close(function () {
          resolve();
        });
      });
    }
  };
}

/** A JSON request body, or undefined when it is not JSON. */
function jsonBody(call) {
  try {
    return JSON.parse(call.body);
  } catch (e) {
    return undefined;
  }
}

/** A form-encoded request body (OAuth token requests). */
function formBody(call) {
  return Object.fromEntries(new URLSearchParams(call.body));
}

/**
 * A vendor's directory of the instance's users: each with the vendor's own id (`idOf(user,
 * index)`), found by that id or by e-mail (case-insensitive, as vendors match addresses).
 */
function vendorDirectory(users, idOf) {
  const people = users.map(function (user, index) {
    return { user: user, index: index, id: idOf(user, index) };
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const byEmail = new Map(people.filter((p) => p.user.email).map((p) => [p.user.email.toLowerCase(), p]));
  return { people: people, byId: byId, byEmail: byEmail };
}

module.exports = { createFakeVendor, jsonBody, formBody, vendorDirectory, SWITCHED_RETRY_AFTER_S };
