// The fake Microsoft Graph: its token endpoint, user lookups in batches, the 650-id limit, its
// real rate limit, and the demo's story in Graph's words.
const test = require('node:test');
const assert = require('node:assert');
const { startWith, login, api, LOGIN } = require('./vendor-client');
const { objectId } = require('../../demo/vendors/graph');

test.describe('the fake Microsoft Graph', function () {
  let fake;
  let url;
  let token;
  test.beforeEach(async function () {
    fake = await startWith(700);
    url = fake.vendors.teams.url;
    token = await login('teams', url);
  });
  test.afterEach(function () {
    return fake.vendors.close();
  });

  test.it('issues a Bearer token for the demo client credentials only', async function () {
    const good = await LOGIN.teams(url);
    assert.deepStrictEqual([good.json.token_type, good.json.expires_in > 0], ['Bearer', true]);
    const bad = await fetch(url + '/oauth2/v2.0/token', {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'demo-client',
        client_secret: 'nope',
        scope: 'https://graph.microsoft.com/.default'
      })
    });
    assert.strictEqual(bad.status, 401);
    assert.strictEqual((await bad.json()).error, 'invalid_client');
  });

  test.it("answers 401 in Graph's error shape", async function () {
    const answer = await api('teams', url, undefined, 'POST /v1.0/communications/getPresencesByUserId', { ids: [] });
    assert.strictEqual(answer.status, 401);
    assert.strictEqual(answer.json.error.code, 'InvalidAuthenticationToken');
  });

  test.it('looks users up by UPN in batches of at most 20, answering by request id in any order', async function () {
    const requests = [
      { id: '0', method: 'GET', url: '/users/beth.anglin%40example.com?$select=id' },
      { id: '1', method: 'GET', url: '/users/nobody%40example.com?$select=id' }
    ];
    const answer = await api('teams', url, token, 'POST /v1.0/$batch', { requests: requests });
    const byId = Object.fromEntries(
      answer.json.responses.map(function (r) {
        return [r.id, r];
      })
    );
    assert.deepStrictEqual([byId['0'].status, byId['0'].body.id], [200, objectId('sys1')]);
    assert.strictEqual(byId['1'].status, 404);
    const tooMany = await api('teams', url, token, 'POST /v1.0/$batch', { requests: new Array(21).fill(requests[0]) });
    assert.strictEqual(tooMany.status, 400);
  });

  test.it("answers getPresencesByUserId for up to 650 ids and refuses 651 with Graph's BadRequest", async function () {
    const ids = fake.users.map(function (u) {
      return objectId(u.sysId);
    });
    const ok = await api('teams', url, token, 'POST /v1.0/communications/getPresencesByUserId', {
      ids: ids.slice(0, 650)
    });
    assert.strictEqual(ok.json.value.length, 650);
    const refused = await api('teams', url, token, 'POST /v1.0/communications/getPresencesByUserId', {
      ids: ids.slice(0, 651)
    });
    assert.strictEqual(refused.status, 400);
    assert.strictEqual(refused.json.error.code, 'BadRequest');
    assert.match(refused.json.error.message, /650/);
  });

  test.it(
    "tells the demo's story: Beth in a meeting, Abel on do-not-disturb, Luis in a call, Priya available",
    async function () {
      const ids = ['sys0', 'sys1', 'sys2', 'sys3'].map(objectId);
      const answer = await api('teams', url, token, 'POST /v1.0/communications/getPresencesByUserId', { ids: ids });
      const words = answer.json.value.map(function (p) {
        return p.availability + '/' + p.activity;
      });
      assert.deepStrictEqual(words, [
        'DoNotDisturb/DoNotDisturb',
        'Busy/InAMeeting',
        'Busy/InACall',
        'Available/Available'
      ]);
    }
  );

  test.it(
    'answers 429 with Retry-After past 1 500 presence calls in 30 s, and serves once the window moves on',
    async function () {
      for (let round = 0; round < 30; round++) {
        await Promise.all(
          new Array(50).fill(0).map(function () {
            return api('teams', url, token, 'POST /v1.0/communications/getPresencesByUserId', { ids: [] });
          })
        );
      }
      const limited = await api('teams', url, token, 'POST /v1.0/communications/getPresencesByUserId', { ids: [] });
      assert.strictEqual(limited.status, 429);
      assert.strictEqual(limited.json.error.code, 'TooManyRequests');
      const wait = Number(limited.headers.get('retry-after'));
      assert.ok(wait >= 1 && wait <= 30, 'Retry-After ' + wait);
      fake.advance(wait * 1000);
      assert.strictEqual(
        (await api('teams', url, token, 'POST /v1.0/communications/getPresencesByUserId', { ids: [] })).status,
        200
      );
    }
  );
});
