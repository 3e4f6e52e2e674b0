// A fake Microsoft Graph: the token endpoint (client credentials), user lookups in JSON
// batches (at most 20 requests a batch) and getPresencesByUserId (at most 650 ids a call,
// 1 500 calls per 30 s), with Graph's error shape {error: {code, message}}.
const crypto = require('node:crypto');
const { createFakeVendor, jsonBody, formBody, vendorDirectory } = require('./fake-vendor');
const { storyOf } = require('./scenario');

// The story in Graph's words: [availability, activity].
const WORDS = {
  available: ['Available', 'Available'],
  busy: ['Busy', 'Busy'],
  inAMeeting: ['Busy', 'InAMeeting'],
  dnd: ['DoNotDisturb', 'DoNotDisturb'],
  onThePhone: ['Busy', 'InACall'],
  hidden: ['Available', 'Available'],
  away: ['Away', 'Away'],
  beRightBack: ['BeRightBack', 'BeRightBack'],
  outOfOffice: ['Away', 'OutOfOffice'],
  offWork: ['Offline', 'OffWork'],
  offline: ['Offline', 'Offline']
};
const IDS_PER_CALL = 650;
const REQUESTS_PER_BATCH = 20;

/** A stable Entra object id (a GUID) for a ServiceNow user. */
function objectId(sysId) {
  const hex = crypto
    .createHash('md5')
    .update('entra/' + sysId)
    .digest('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20, 32)].join('-');
}

function graphError(code) {
  return function (message) {
    return {
      error: {
        code: code,
        message: message,
        innerError: { date: new Date().toISOString(), 'request-id': crypto.randomUUID() }
      }
    };
  };
}
const badRequest = graphError('BadRequest');

function createGraph(options) {
  const { byId, byEmail } = vendorDirectory(options.users, function (user) {
    return objectId(user.sysId);
  });

  function presence(person) {
    const words = WORDS[storyOf(person.user, person.index, options.now())];
    return {
      '@odata.type': '#microsoft.graph.presence',
      id: person.id,
      availability: words[0],
      activity: words[1],
      statusMessage: null
    };
  }

  function getPresences(call) {
    const body = jsonBody(call);
    if (!body || !Array.isArray(body.ids)) {
      return { status: 400, body: badRequest('The request body must hold an ids collection.') };
    }
    if (body.ids.length > IDS_PER_CALL) {
      return {
        status: 400,
        body: badRequest(
          'A maximum of ' + IDS_PER_CALL + ' user ids is supported per request; this one had ' + body.ids.length + '.'
        )
      };
    }
    const value = body.ids
      .filter(function (id) {
        return byId.has(id);
      })
      .map(function (id) {
        return presence(byId.get(id));
      });
    return {
      status: 200,
      body: {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.presence)',
        value: value
      }
    };
  }

  /** One GET /users/{upn}?$select=id inside a batch. */
  function lookUp(item) {
    const match = /^\/users\/([^?/]+)\?\$select=id$/.exec(String(item.url || ''));
    if (item.method !== 'GET' || !match) {
      return {
        id: item.id,
        status: 400,
        headers: {},
        body: badRequest('Unsupported batch request: ' + item.method + ' ' + item.url)
      };
    }
    const upn = decodeURIComponent(match[1]);
    const person = byEmail.get(upn.toLowerCase());
    return person
      ? {
          id: item.id,
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(id)/$entity', id: person.id }
        }
      : {
          id: item.id,
          status: 404,
          headers: {},
          body: graphError('Request_ResourceNotFound')(
            "Resource '" + upn + "' does not exist or one of its queried reference-property objects are not present."
          )
        };
  }

  function batch(call) {
    const body = jsonBody(call);
    if (!body || !Array.isArray(body.requests)) {
      return { status: 400, body: badRequest('The batch request body must hold a requests collection.') };
    }
    if (body.requests.length > REQUESTS_PER_BATCH) {
      return {
        status: 400,
        body: badRequest('The number of batch requests exceeds the limit of ' + REQUESTS_PER_BATCH + '.')
      };
    }
    // Graph answers a batch's requests in any order: callers must match them by id.
    return { status: 200, body: { responses: body.requests.map(lookUp).reverse() } };
  }

  function token(call, issue) {
    const form = formBody(call);
    if (form.grant_type !== 'client_credentials') {
      return {
        status: 400,
        body: {
          error: 'unsupported_grant_type',
          error_description: 'AADSTS70003: The app requested an unsupported grant type.'
        }
      };
    }
    if (form.client_id !== 'demo-client' || form.client_secret !== 'demo-secret') {
      return {
        status: 401,
        body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' }
      };
    }
    if (form.scope !== 'https://graph.microsoft.com/.default') {
      return {
        status: 400,
        body: { error: 'invalid_scope', error_description: 'AADSTS1002012: The provided value for scope is not valid.' }
      };
    }
    const issued = issue();
    return {
      status: 200,
      body: {
        token_type: 'Bearer',
        expires_in: issued.expiresIn,
        ext_expires_in: issued.expiresIn,
        access_token: issued.token
      }
    };
  }

  return createFakeVendor({
    now: options.now,
    tokenLifetimeS: 3599,
    limits: { presence: { requests: 1500, windowMs: 30 * 1000 }, directory: { requests: 1500, windowMs: 30 * 1000 } },
    errors: {
      unauthorized: graphError('InvalidAuthenticationToken'),
      tooMany: graphError('TooManyRequests'),
      down: graphError('ServiceUnavailable'),
      notFound: graphError('UnknownError')
    },
    tokenOf: function (req) {
      const match = /^Bearer (.+)$/.exec(req.headers.authorization || '');
      return match ? match[1] : undefined;
    },
    tokenRoute: function (method, pathname) {
      return method === 'POST' && pathname === '/oauth2/v2.0/token' ? token : undefined;
    },
    route: function (method, pathname) {
      if (method === 'POST' && pathname === '/v1.0/communications/getPresencesByUserId') {
        return { group: 'presence', handle: getPresences };
      }
      return method === 'POST' && pathname === '/v1.0/$batch' ? { group: 'directory', handle: batch } : undefined;
    }
  });
}

module.exports = { createGraph, objectId, WORDS };
