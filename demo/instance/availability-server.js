// The instance's availability as sp-presence's update set installs it: POST
// /api/global/sp_presence/availability answered by the shipped server scripts under Rhino
// (rhino-instance.js), which call the fake vendors (demo/vendors/, started here) with the
// admin's set-up done for them (server-sim/vendor-setup.js). The control panel's switches are
// the admin's (the vendor property) and the vendor's (an outage, a rate limit).
const { startFakeVendors } = require('../vendors');
const { startRhinoInstance } = require('./rhino-instance');

const AVAILABILITY_PATH = '/api/global/sp_presence/availability';
const VENDORS = {
  teams: 'Microsoft Teams',
  ringcentral: 'RingCentral',
  symphony: 'Symphony',
  off: 'Off (no integration)'
};

/**
 * options: {directory, clock, token, sessionUser, intervalSeconds}. start() before the first
 * request (it starts the fakes and the Rhino node), close() at the end.
 */
function createAvailabilityServer(options) {
  // pending: requests the Rhino node has not answered yet (tests wait for none before pausing time).
  const state = { vendor: 'teams', down: false, rateLimited: false, requests: [], pending: 0 };
  let fakes;
  let instance;

  function each(fn) {
    if (fakes) {
      ['teams', 'ringcentral', 'symphony'].forEach(function (key) {
        fn(fakes[key].control);
      });
    }
  }

  function send(res, status, value) {
    res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(value));
  }

  return {
    state: state,
    vendors: VENDORS,
    start: async function () {
      const users = options.directory.users;
      fakes = await startFakeVendors({
        users: users.map(function (u) {
          return { sysId: u.sys_id, email: u.email, name: u.name };
        }),
        now: options.clock.now
      });
      instance = startRhinoInstance({
        vendors: { teams: fakes.teams.url, ringcentral: fakes.ringcentral.url, symphony: fakes.symphony.url },
        users: users.map(function (u) {
          return { sys_id: u.sys_id, name: u.name, email: u.email, active: u.active };
        })
      });
      await instance.call({ warmUp: true });
    },
    setVendor: function (vendor) {
      if (!VENDORS[vendor]) {
        throw new Error('unknown vendor ' + vendor);
      }
      state.vendor = vendor;
    },
    /** Every vendor at once, so a switch of vendor keeps the outage or the limit. */
    /** true: 503 for every call; 'drop': connections closed unanswered (the instance sees no answer). */
    setDown: function (down) {
      state.down = down === 'drop' ? 'drop' : !!down;
      each(function (control) {
        control.setDown(state.down);
      });
    },
    setRateLimited: function (on) {
      state.rateLimited = !!on;
      each(function (control) {
        control.setRateLimited(state.rateLimited);
      });
    },
    /** API calls the current vendor received in the last minute (token calls excluded). */
    vendorCallsPerMinute: function () {
      return fakes && fakes[state.vendor] ? fakes[state.vendor].control.callsPerMinute() : 0;
    },
    vendorCalls: function () {
      return fakes && fakes[state.vendor] ? fakes[state.vendor].control.calls() : 0;
    },
    /** The current vendor's API calls, each {group, at}. */
    vendorCallLog: function () {
      return fakes && fakes[state.vendor] ? fakes[state.vendor].control.callLog() : [];
    },
    /** Forgets the instance's snapshot, mapping and tokens (the panel's Reset). */
    reset: function () {
      state.requests.length = 0;
      this.setVendor('teams');
      this.setDown(false);
      this.setRateLimited(false);
      return instance ? instance.call({ reset: true }) : Promise.resolve();
    },
    handle: function (req, res, body) {
      state.requests.push({ at: Date.now() });
      // The platform's own checks before any script: a session and its token.
      if (req.method !== 'POST' || req.headers['x-usertoken'] !== options.token) {
        return send(res, 401, {
          error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' },
          status: 'failure'
        });
      }
      state.pending++;
      return instance
        .call({
          now: options.clock.now(),
          // The demo's signed-in user set the integration up: an admin, who sees the server half's state.
          session: { userId: options.sessionUser, userName: 'admin', roles: ['admin'] },
          properties: {
            'sp_presence.availability.enabled': 'true',
            'sp_presence.availability.vendor': state.vendor === 'off' ? '' : state.vendor,
            'sp_presence.availability.interval_seconds': String(options.intervalSeconds)
          },
          body: body
        })
        .then(function (reply) {
          state.pending--;
          send(res, reply.status, reply.body);
        });
    },
    close: async function () {
      if (instance) {
        await instance.close();
      }
      if (fakes) {
        await fakes.close();
      }
    }
  };
}

module.exports = { createAvailabilityServer, AVAILABILITY_PATH };
