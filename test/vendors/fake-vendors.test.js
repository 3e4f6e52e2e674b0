// What every fake vendor does alike: tokens required, the switches (down, rate-limited,
// expired tokens) and the call counts the demo's control panel shows.
const test = require('node:test');
const assert = require('node:assert');
const { startWith, login, cheapCall } = require('./vendor-client');
const { STORIES } = require('../../demo/vendors/scenario');

const WORDS = {
  teams: require('../../demo/vendors/graph').WORDS,
  ringcentral: require('../../demo/vendors/ringcentral').WORDS,
  symphony: require('../../demo/vendors/symphony').WORDS
};

for (const vendor of ['teams', 'ringcentral', 'symphony']) {
  test.describe('the fake ' + vendor, function () {
    let fake;
    let url;
    let control;
    test.beforeEach(async function () {
      fake = await startWith(5);
      url = fake.vendors[vendor].url;
      control = fake.vendors[vendor].control;
    });
    test.afterEach(function () {
      return fake.vendors.close();
    });

    test.it('tells every story of the scenario, and only those, in its own words', function () {
      assert.deepStrictEqual(Object.keys(WORDS[vendor]).sort(), STORIES.slice().sort());
    });

    test.it('answers a call with a token it issued, and 401 without one or with another', async function () {
      const token = await login(vendor, url);
      assert.ok(token);
      assert.strictEqual((await cheapCall(vendor, url, token)).status, 200);
      assert.strictEqual((await cheapCall(vendor, url, undefined)).status, 401);
      assert.strictEqual((await cheapCall(vendor, url, token + 'x')).status, 401);
    });

    test.it('refuses tokens after expireTokens(), until the caller logs in again', async function () {
      const token = await login(vendor, url);
      control.expireTokens();
      assert.strictEqual((await cheapCall(vendor, url, token)).status, 401);
      assert.strictEqual((await cheapCall(vendor, url, await login(vendor, url))).status, 200);
    });

    test.it('lets tokens run out on its clock', async function () {
      const token = await login(vendor, url);
      fake.advance(15 * 24 * 3600 * 1000);
      assert.strictEqual((await cheapCall(vendor, url, token)).status, 401);
    });

    test.it('answers 429 with Retry-After while rate-limited, then serves again', async function () {
      const token = await login(vendor, url);
      control.setRateLimited(true);
      const limited = await cheapCall(vendor, url, token);
      assert.strictEqual(limited.status, 429);
      assert.strictEqual(limited.headers.get('retry-after'), '30');
      control.setRateLimited(false);
      assert.strictEqual((await cheapCall(vendor, url, token)).status, 200);
    });

    test.it('answers 503 while down, drops connections when told to, then serves again', async function () {
      const token = await login(vendor, url);
      control.setDown(true);
      assert.strictEqual((await cheapCall(vendor, url, token)).status, 503);
      control.setDown('drop');
      await assert.rejects(cheapCall(vendor, url, token));
      control.setDown(false);
      assert.strictEqual((await cheapCall(vendor, url, token)).status, 200);
    });

    test.it(
      'counts API calls, refused ones included and token calls not, and calls in the last minute',
      async function () {
        const token = await login(vendor, url);
        await cheapCall(vendor, url, token);
        await cheapCall(vendor, url, undefined);
        assert.strictEqual(control.calls(), 2);
        assert.strictEqual(control.callsPerMinute(), 2);
        fake.advance(61 * 1000);
        await cheapCall(vendor, url, token);
        assert.strictEqual(control.calls(), 3);
        assert.strictEqual(control.callsPerMinute(), 1);
      }
    );
  });
}
