// The three fake vendors the demo's server scripts talk to, each on its own 127.0.0.1 port,
// all telling the one story of scenario.js. Paths are the vendor's own under the returned url:
// Graph /v1.0/… (token at /oauth2/v2.0/token), RingCentral /restapi/… (token at
// /restapi/oauth/token), Symphony /pod/… (session at /login/pubkey/authenticate).
const { createGraph } = require('./graph');
const { createRingCentral } = require('./ringcentral');
const { createSymphony } = require('./symphony');

/**
 * startFakeVendors({users: [{sysId, email, name}], now?: () => ms})
 *   -> Promise<{teams: {url, control}, ringcentral: {url, control}, symphony: {url, control}, close()}>
 */
async function startFakeVendors(options) {
  const settings = { users: options.users, now: options.now || Date.now };
  const fakes = {
    teams: createGraph(settings),
    ringcentral: createRingCentral(settings),
    symphony: createSymphony(settings)
  };
  const started = {
    close: function () {
      return Promise.all(
        Object.keys(fakes).map(function (key) {
          return fakes[key].close();
        })
      );
    }
  };
  for (const key of Object.keys(fakes)) {
    started[key] = { url: await fakes[key].listen(), control: fakes[key].control };
  }
  return started;
}

module.exports = { startFakeVendors };
