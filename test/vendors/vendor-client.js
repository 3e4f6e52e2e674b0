// For the fake-vendor tests: started fakes on a clock the test moves, the demo's story people
// plus as many others as a test needs, and a small client that logs in and calls each vendor
// as the server scripts would.
const { startFakeVendors } = require('../../demo/vendors');

const STORY_PEOPLE = ['Abel Tuter', 'Beth Anglin', 'Luis Ortega', 'Priya Raman'];

function someUsers(count) {
  const users = [];
  for (let i = 0; i < count; i++) {
    const name = i < STORY_PEOPLE.length ? STORY_PEOPLE[i] : 'Person ' + i;
    users.push({ sysId: 'sys' + i, name: name, email: name.toLowerCase().replace(/\s+/g, '.') + '@example.com' });
  }
  return users;
}

async function startWith(count) {
  let time = Date.UTC(2026, 11, 7, 9, 0, 0);
  const users = someUsers(count);
  const vendors = await startFakeVendors({
    users: users,
    now: function () {
      return time;
    }
  });
  return {
    vendors: vendors,
    users: users,
    advance: function (ms) {
      time += ms;
    }
  };
}

async function exchange(url, init) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

/** How to log in to each vendor, and how its API calls carry the token. */
const LOGIN = {
  teams: function (url) {
    return exchange(url + '/oauth2/v2.0/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'demo-client',
        client_secret: 'demo-secret',
        scope: 'https://graph.microsoft.com/.default'
      })
    });
  },
  ringcentral: function (url) {
    return exchange(url + '/restapi/oauth/token', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: 'Basic ' + Buffer.from('demo-client:demo-secret').toString('base64')
      },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: 'demo-jwt' })
    });
  },
  symphony: function (url) {
    return exchange(url + '/login/pubkey/authenticate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: 'demo-jwt' })
    });
  }
};

function tokenHeader(vendor, token) {
  return vendor === 'symphony' ? { sessionToken: token } : { Authorization: 'Bearer ' + token };
}

async function login(vendor, url) {
  const answer = await LOGIN[vendor](url);
  return answer.json.access_token || answer.json.token;
}

/** One API call: api(vendor, url, token, 'GET /pod/v3/users?email=…') or with a JSON body. */
function api(vendor, url, token, call, body) {
  const space = call.indexOf(' ');
  const headers = Object.assign(
    { 'Content-Type': 'application/json' },
    token === undefined ? {} : tokenHeader(vendor, token)
  );
  return exchange(url + call.slice(space + 1), {
    method: call.slice(0, space),
    headers: headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  });
}

/** A cheap call that each vendor answers 200 with a valid token. */
const CHEAP_CALL = {
  teams: ['POST /v1.0/communications/getPresencesByUserId', { ids: [] }],
  ringcentral: ['GET /restapi/v1.0/account/~/extension?page=1&perPage=1'],
  symphony: ['GET /pod/v2/users/presence?limit=1']
};

function cheapCall(vendor, url, token) {
  return api(vendor, url, token, CHEAP_CALL[vendor][0], CHEAP_CALL[vendor][1]);
}

module.exports = { startWith, login, api, cheapCall, someUsers, LOGIN };
