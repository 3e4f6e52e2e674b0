// A fake RingCentral: the JWT bearer token flow, the account's extension list and presence
// list, paged as RingCentral pages (`paging`, `navigation.nextPage`, perPage at most 1 000),
// rate-limited by group (presence is Heavy: 10 calls a minute; extensions Medium: 40), with
// RingCentral's error shape {errorCode, message, errors}.
const { createFakeVendor, formBody } = require('./fake-vendor');
const { storyOf } = require('./scenario');

const SERVER = 'https://platform.ringcentral.com';
const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const MAX_PER_PAGE = 1000;

// The story in RingCentral's words (reference 004_*). RingCentral has no "away": a phone
// ringing unanswered is the nearest it says; out of office and off work are Offline.
const AVAILABLE = {
  userStatus: 'Available',
  dndStatus: 'TakeAllCalls',
  telephonyStatus: 'NoCall',
  meetingStatus: 'Disconnected'
};
const WORDS = {
  available: {},
  busy: { userStatus: 'Busy' },
  inAMeeting: { userStatus: 'Busy', meetingStatus: 'Connected' },
  dnd: { dndStatus: 'DoNotAcceptAnyCalls' },
  onThePhone: { telephonyStatus: 'CallConnected' },
  hidden: {
    userStatus: 'Busy',
    dndStatus: 'DoNotAcceptAnyCalls',
    telephonyStatus: 'OnHold',
    allowSeeMyPresence: false
  },
  away: { telephonyStatus: 'Ringing' },
  beRightBack: { telephonyStatus: 'Ringing' },
  outOfOffice: { userStatus: 'Offline' },
  offWork: { userStatus: 'Offline' },
  offline: { userStatus: 'Offline' }
};

function rcError(errorCode) {
  return function (message) {
    return { errorCode: errorCode, message: message, errors: [{ errorCode: errorCode, message: message }] };
  };
}

/** One page of `records` as RingCentral answers a list: records, paging and navigation. */
function page(call, records) {
  const path = call.url.pathname;
  const number = Math.max(1, Number(call.url.searchParams.get('page')) || 1);
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(call.url.searchParams.get('perPage')) || 100));
  const totalPages = Math.max(1, Math.ceil(records.length / perPage));
  const link = function (n) {
    return { uri: SERVER + path + '?page=' + n + '&perPage=' + perPage };
  };
  const navigation = { firstPage: link(1), lastPage: link(totalPages) };
  if (number < totalPages) {
    navigation.nextPage = link(number + 1);
  }
  if (number > 1) {
    navigation.previousPage = link(number - 1);
  }
  const slice = records.slice((number - 1) * perPage, number * perPage);
  const paging = { page: number, totalPages: totalPages, perPage: perPage, totalElements: records.length };
  if (slice.length) {
    paging.pageStart = (number - 1) * perPage;
    paging.pageEnd = paging.pageStart + slice.length - 1;
  }
  return {
    status: 200,
    body: {
      uri: SERVER + path + '?page=' + number + '&perPage=' + perPage,
      records: slice,
      paging: paging,
      navigation: navigation
    }
  };
}

function createRingCentral(options) {
  const people = options.users.map(function (user, index) {
    return { user: user, index: index, id: 248111004 + index, number: String(101 + index) };
  });

  function extensionUri(person) {
    return SERVER + '/restapi/v1.0/account/37439510/extension/' + person.id;
  }

  function extensions(call) {
    return page(
      call,
      people.map(function (person) {
        const names = String(person.user.name || '').split(' ');
        return {
          uri: extensionUri(person),
          id: person.id,
          extensionNumber: person.number,
          name: person.user.name,
          type: 'User',
          status: 'Enabled',
          contact: { firstName: names[0], lastName: names.slice(1).join(' '), email: person.user.email || undefined }
        };
      })
    );
  }

  function presences(call) {
    const detailed = call.url.searchParams.get('detailedTelephonyState') === 'true';
    return page(
      call,
      people.map(function (person) {
        const words = Object.assign(
          { allowSeeMyPresence: true },
          AVAILABLE,
          WORDS[storyOf(person.user, person.index, options.now())]
        );
        // The aggregated status: a call, a meeting or do-not-disturb make the person busy.
        const onACall = words.telephonyStatus !== 'NoCall' && words.telephonyStatus !== 'Ringing';
        const engaged = words.dndStatus === 'DoNotAcceptAnyCalls' || onACall || words.meetingStatus === 'Connected';
        const record = Object.assign(
          {
            uri: extensionUri(person) + '/presence',
            extension: { uri: extensionUri(person), id: person.id, extensionNumber: person.number }
          },
          words
        );
        record.presenceStatus = engaged && words.userStatus !== 'Offline' ? 'Busy' : words.userStatus;
        // Without detailedTelephonyState, held and parked calls are just calls.
        if (!detailed && (record.telephonyStatus === 'OnHold' || record.telephonyStatus === 'ParkedCall')) {
          record.telephonyStatus = 'CallConnected';
        }
        record.ringOnMonitoredCall = false;
        record.pickUpCallsOnHold = false;
        return record;
      })
    );
  }

  function token(call, issue) {
    const basic = Buffer.from('demo-client:demo-secret').toString('base64');
    if (call.headers.authorization !== 'Basic ' + basic) {
      return {
        status: 401,
        body: {
          error: 'invalid_client',
          error_description: 'Invalid client credentials',
          errors: [{ errorCode: 'OAU-123', message: 'Invalid client credentials' }]
        }
      };
    }
    const form = formBody(call);
    if (form.grant_type !== JWT_GRANT || form.assertion !== 'demo-jwt') {
      return {
        status: 400,
        body: {
          error: 'invalid_grant',
          error_description: 'Invalid JWT token',
          errors: [{ errorCode: 'OAU-213', message: 'Invalid JWT token' }]
        }
      };
    }
    const issued = issue();
    return {
      status: 200,
      body: {
        access_token: issued.token,
        token_type: 'bearer',
        expires_in: issued.expiresIn,
        scope: 'ReadAccounts ReadPresence',
        owner_id: '248111004',
        endpoint_id: 'demo-endpoint'
      }
    };
  }

  return createFakeVendor({
    now: options.now,
    tokenLifetimeS: 3600,
    limits: { heavy: { requests: 10, windowMs: 60 * 1000 }, medium: { requests: 40, windowMs: 60 * 1000 } },
    errors: {
      unauthorized: rcError('TokenInvalid'),
      tooMany: rcError('CMN-301'),
      down: rcError('CMN-211'),
      notFound: rcError('CMN-102')
    },
    tokenOf: function (req) {
      const match = /^Bearer (.+)$/i.exec(req.headers.authorization || '');
      return match ? match[1] : undefined;
    },
    tokenRoute: function (method, pathname) {
      return method === 'POST' && pathname === '/restapi/oauth/token' ? token : undefined;
    },
    route: function (method, pathname) {
      if (method === 'GET' && pathname === '/restapi/v1.0/account/~/presence') {
        return { group: 'heavy', handle: presences };
      }
      return method === 'GET' && pathname === '/restapi/v1.0/account/~/extension'
        ? { group: 'medium', handle: extensions }
        : undefined;
    }
  });
}

module.exports = { createRingCentral, WORDS };
