// A fake Symphony pod: RSA authentication (a JWT in, a session token out, then carried in the
// `sessionToken` header), users by email (at most 100 a call), one user's presence, and the
// whole pod's presence sorted by user id and paged by lastUserId (limit at most 5 000), with
// Symphony's error shape {code, message}. Symphony publishes no rate figure for these calls;
// 1 000 calls a minute per pod is the believed limit here.
const { createFakeVendor, jsonBody, vendorDirectory } = require('./fake-vendor');
const { storyOf } = require('./scenario');

const EMAILS_PER_LOOKUP = 100;
const MAX_LIMIT = 5000;
const DEFAULT_LIMIT = 1000;

// The story in Symphony's categories; Symphony cannot hide presence: Priya shows available.
const WORDS = {
  available: 'AVAILABLE',
  busy: 'BUSY',
  inAMeeting: 'IN_A_MEETING',
  dnd: 'DO_NOT_DISTURB',
  onThePhone: 'ON_THE_PHONE',
  hidden: 'AVAILABLE',
  away: 'AWAY',
  beRightBack: 'BE_RIGHT_BACK',
  outOfOffice: 'OUT_OF_OFFICE',
  offWork: 'OFF_WORK',
  offline: 'OFFLINE'
};

function symphonyError(code) {
  return function (message) {
    return { code: code, message: message };
  };
}
const badRequest = symphonyError(400);

function createSymphony(options) {
  // Symphony user ids are large integers, still exact as JSON numbers.
  const { people, byId, byEmail } = vendorDirectory(options.users, function (_user, index) {
    return 349026222340001 + index * 7;
  });

  function presence(person) {
    return {
      category: WORDS[storyOf(person.user, person.index, options.now())],
      userId: person.id,
      timestamp: Math.floor(options.now())
    };
  }

  function users(call) {
    const emails = (call.url.searchParams.get('email') || '').split(',').filter(Boolean);
    if (emails.length === 0 || emails.length > EMAILS_PER_LOOKUP) {
      return {
        status: 400,
        body: badRequest(
          'Search lists may contain 1 to ' + EMAILS_PER_LOOKUP + ' elements; this one had ' + emails.length + '.'
        )
      };
    }
    const found = emails
      .map(function (email) {
        return byEmail.get(email.toLowerCase());
      })
      .filter(Boolean);
    return {
      status: 200,
      body: {
        users: found.map(function (p) {
          return {
            id: p.id,
            emailAddress: p.user.email,
            displayName: p.user.name,
            username: p.user.email.split('@')[0],
            company: 'Acme'
          };
        })
      }
    };
  }

  function userPresence(call) {
    const person = byId.get(Number(/^\/pod\/v3\/user\/(\d+)\/presence$/.exec(call.url.pathname)[1]));
    return person
      ? { status: 200, body: presence(person) }
      : { status: 404, body: symphonyError(404)('Not Found: user id cannot be located.') };
  }

  function allPresence(call) {
    const limit = call.url.searchParams.has('limit') ? Number(call.url.searchParams.get('limit')) : DEFAULT_LIMIT;
    if (!(limit >= 1 && limit <= MAX_LIMIT)) {
      return { status: 400, body: badRequest('limit must be between 1 and ' + MAX_LIMIT + '.') };
    }
    const after = Number(call.url.searchParams.get('lastUserId')) || 0;
    return {
      status: 200,
      body: people
        .filter(function (p) {
          return p.id > after;
        })
        .slice(0, limit)
        .map(presence)
    };
  }

  function authenticate(call, issue) {
    const body = jsonBody(call);
    if (!body || body.token !== 'demo-jwt') {
      return { status: 401, body: symphonyError(401)('Invalid JWT.') };
    }
    return { status: 200, body: { name: 'sessionToken', token: issue().token } };
  }

  return createFakeVendor({
    now: options.now,
    tokenLifetimeS: 14 * 24 * 3600,
    limits: { pod: { requests: 1000, windowMs: 60 * 1000 } },
    errors: {
      unauthorized: symphonyError(401),
      tooMany: symphonyError(429),
      down: symphonyError(503),
      notFound: symphonyError(404)
    },
    tokenOf: function (req) {
      return req.headers.sessiontoken;
    },
    tokenRoute: function (method, pathname) {
      return method === 'POST' && pathname === '/login/pubkey/authenticate' ? authenticate : undefined;
    },
    route: function (method, pathname) {
      if (method !== 'GET') {
        return undefined;
      }
      if (pathname === '/pod/v3/users') {
        return { group: 'pod', handle: users };
      }
      if (pathname === '/pod/v2/users/presence') {
        return { group: 'pod', handle: allPresence };
      }
      return /^\/pod\/v3\/user\/\d+\/presence$/.test(pathname) ? { group: 'pod', handle: userPresence } : undefined;
    }
  });
}

module.exports = { createSymphony, WORDS };
