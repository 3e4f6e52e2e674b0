// The fake Symphony pod: session tokens, users by email (at most 100), one user's presence,
// the whole pod paged by lastUserId (limit at most 5 000), and the demo's story in categories.
const test = require('node:test');
const assert = require('node:assert');
const { startWith, login, api } = require('./vendor-client');
const { STEP_MS } = require('../../demo/vendors/scenario');

test.describe('the fake Symphony pod', function () {
  let fake;
  let url;
  let token;
  test.beforeEach(async function () {
    fake = await startWith(6001);
    url = fake.vendors.symphony.url;
    token = await login('symphony', url);
  });
  test.afterEach(function () {
    return fake.vendors.close();
  });

  test.it('opens a session for the demo JWT only', async function () {
    const bad = await fetch(url + '/login/pubkey/authenticate', {
      method: 'POST',
      body: JSON.stringify({ token: 'other' })
    });
    assert.strictEqual(bad.status, 401);
    assert.strictEqual((await bad.json()).code, 401);
  });

  test.it('finds users by email, case aside, at most 100 a call', async function () {
    const found = await api(
      'symphony',
      url,
      token,
      'GET /pod/v3/users?local=true&email=BETH.ANGLIN%40example.com,nobody%40example.com'
    );
    assert.deepStrictEqual(
      found.json.users.map(function (u) {
        return u.emailAddress;
      }),
      ['beth.anglin@example.com']
    );
    const emails = fake.users
      .slice(0, 101)
      .map(function (u) {
        return encodeURIComponent(u.email);
      })
      .join(',');
    assert.strictEqual((await api('symphony', url, token, 'GET /pod/v3/users?email=' + emails)).status, 400);
  });

  test.it("tells one user's presence, and 404 for a user it does not know", async function () {
    const beth = (await api('symphony', url, token, 'GET /pod/v3/users?email=beth.anglin%40example.com')).json.users[0];
    const presence = await api('symphony', url, token, 'GET /pod/v3/user/' + beth.id + '/presence');
    assert.deepStrictEqual([presence.json.category, presence.json.userId], ['IN_A_MEETING', beth.id]);
    assert.strictEqual((await api('symphony', url, token, 'GET /pod/v3/user/12/presence')).status, 404);
  });

  test.it('pages the whole pod by lastUserId in user id order, limit at most 5 000', async function () {
    const first = await api('symphony', url, token, 'GET /pod/v2/users/presence?limit=5000');
    assert.strictEqual(first.json.length, 5000);
    const last = first.json[4999].userId;
    const rest = await api('symphony', url, token, 'GET /pod/v2/users/presence?limit=5000&lastUserId=' + last);
    assert.strictEqual(rest.json.length, 1001);
    assert.ok(rest.json[0].userId > last);
    assert.deepStrictEqual(
      first.json.slice(0, 4).map(function (p) {
        return p.category;
      }),
      ['DO_NOT_DISTURB', 'IN_A_MEETING', 'ON_THE_PHONE', 'AVAILABLE']
    );
    assert.strictEqual((await api('symphony', url, token, 'GET /pod/v2/users/presence?limit=5001')).status, 400);
  });

  test.it("moves everyone else through the day's states on its clock", async function () {
    const before = (await api('symphony', url, token, 'GET /pod/v2/users/presence?limit=10')).json;
    fake.advance(STEP_MS);
    const after = (await api('symphony', url, token, 'GET /pod/v2/users/presence?limit=10')).json;
    assert.strictEqual(after[1].category, before[1].category);
    assert.notStrictEqual(after[5].category, before[5].category);
  });

  test.it('answers 429 with Retry-After past 1 000 calls a minute', async function () {
    for (let round = 0; round < 20; round++) {
      await Promise.all(
        new Array(50).fill(0).map(function () {
          return api('symphony', url, token, 'GET /pod/v2/users/presence?limit=1');
        })
      );
    }
    const limited = await api('symphony', url, token, 'GET /pod/v3/user/12/presence');
    assert.strictEqual(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });
});
