// The fake RingCentral: JWT bearer login, lists paged as RingCentral pages, the Heavy group's
// 10 calls a minute, hidden presence and the demo's story in RingCentral's words.
const test = require('node:test');
const assert = require('node:assert');
const { startWith, login, api } = require('./vendor-client');

test.describe('the fake RingCentral', function () {
  let fake;
  let url;
  let token;
  test.beforeEach(async function () {
    fake = await startWith(1201);
    url = fake.vendors.ringcentral.url;
    token = await login('ringcentral', url);
  });
  test.afterEach(function () {
    return fake.vendors.close();
  });

  test.it('issues a token only for the demo client (HTTP Basic) and the demo JWT', async function () {
    const form = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion: 'demo-jwt'
    });
    const noClient = await fetch(url + '/restapi/oauth/token', { method: 'POST', body: form });
    assert.strictEqual(noClient.status, 401);
    form.set('assertion', 'other-jwt');
    const badJwt = await fetch(url + '/restapi/oauth/token', {
      method: 'POST',
      body: form,
      headers: { Authorization: 'Basic ' + Buffer.from('demo-client:demo-secret').toString('base64') }
    });
    assert.strictEqual(badJwt.status, 400);
  });

  test.it('pages the presence list: perPage at most 1 000, nextPage until the last page', async function () {
    const first = await api(
      'ringcentral',
      url,
      token,
      'GET /restapi/v1.0/account/~/presence?detailedTelephonyState=true&page=1&perPage=5000'
    );
    assert.deepStrictEqual(
      [first.json.records.length, first.json.paging.perPage, first.json.paging.totalPages],
      [1000, 1000, 2]
    );
    assert.match(first.json.navigation.nextPage.uri, /page=2/);
    const last = await api(
      'ringcentral',
      url,
      token,
      'GET /restapi/v1.0/account/~/presence?detailedTelephonyState=true&page=2&perPage=1000'
    );
    assert.strictEqual(last.json.records.length, 201);
    assert.strictEqual(last.json.navigation.nextPage, undefined);
  });

  test.it('pages the extension list with contact emails', async function () {
    const answer = await api(
      'ringcentral',
      url,
      token,
      'GET /restapi/v1.0/account/~/extension?type=User&page=2&perPage=1000'
    );
    assert.strictEqual(answer.json.records.length, 201);
    assert.strictEqual(answer.json.records[200].contact.email, 'person.1200@example.com');
  });

  test.it(
    "tells the demo's story, Priya hiding her presence, and detailed telephony only when asked",
    async function () {
      const detailed = await api(
        'ringcentral',
        url,
        token,
        'GET /restapi/v1.0/account/~/presence?detailedTelephonyState=true&page=1&perPage=4'
      );
      const pick = function (r) {
        return [
          r.userStatus,
          r.presenceStatus,
          r.dndStatus,
          r.telephonyStatus,
          r.meetingStatus,
          r.allowSeeMyPresence
        ].join('/');
      };
      assert.deepStrictEqual(detailed.json.records.map(pick), [
        'Available/Busy/DoNotAcceptAnyCalls/NoCall/Disconnected/true',
        'Busy/Busy/TakeAllCalls/NoCall/Connected/true',
        'Available/Busy/TakeAllCalls/CallConnected/Disconnected/true',
        'Busy/Busy/DoNotAcceptAnyCalls/OnHold/Disconnected/false'
      ]);
      const plain = await api('ringcentral', url, token, 'GET /restapi/v1.0/account/~/presence?page=1&perPage=4');
      assert.strictEqual(plain.json.records[3].telephonyStatus, 'CallConnected');
    }
  );

  test.it(
    'allows the Heavy group 10 presence calls a minute, then 429 with Retry-After, the extension list apart',
    async function () {
      for (let i = 0; i < 10; i++) {
        assert.strictEqual(
          (await api('ringcentral', url, token, 'GET /restapi/v1.0/account/~/presence?page=1&perPage=1')).status,
          200
        );
        fake.advance(1000);
      }
      const limited = await api('ringcentral', url, token, 'GET /restapi/v1.0/account/~/presence?page=1&perPage=1');
      assert.strictEqual(limited.status, 429);
      assert.strictEqual(limited.json.errorCode, 'CMN-301');
      assert.strictEqual(limited.headers.get('retry-after'), '50');
      assert.strictEqual(
        (await api('ringcentral', url, token, 'GET /restapi/v1.0/account/~/extension?page=1&perPage=1')).status,
        200
      );
      fake.advance(50 * 1000);
      assert.strictEqual(
        (await api('ringcentral', url, token, 'GET /restapi/v1.0/account/~/presence?page=1&perPage=1')).status,
        200
      );
    }
  );
});
