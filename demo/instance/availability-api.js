// The simulated availability endpoint: what an admin's Scripted REST API on the instance would
// answer after asking Microsoft Teams, RingCentral or Symphony (README, "Availability
// endpoint"). POST {users: [sys_id, ...]} -> {result: {vendor, users: {sys_id: record}}}, each
// record in the vendor's own vocabulary. A few people have fixed states for the demo (Beth in a
// meeting, Abel on do-not-disturb, Luis on the phone, Priya hiding her presence on RingCentral);
// the others cycle through the vendor's states over the instance's clock.
const VENDORS = {
  teams: {
    label: 'Microsoft Teams',
    meeting: { availability: 'Busy', activity: 'InAMeeting' },
    dnd: { availability: 'DoNotDisturb', activity: 'DoNotDisturb' },
    phone: { availability: 'Busy', activity: 'InACall' },
    hidden: { availability: 'Available', activity: 'Available' },
    cycle: [
      { availability: 'Available', activity: 'Available' },
      { availability: 'Busy', activity: 'Busy' },
      { availability: 'Away', activity: 'Away' },
      { availability: 'BeRightBack', activity: 'BeRightBack' },
      { availability: 'Offline', activity: 'OffWork' },
      { availability: 'PresenceUnknown', activity: 'PresenceUnknown' }
    ]
  },
  ringcentral: {
    label: 'RingCentral',
    meeting: { userStatus: 'Busy', dndStatus: 'TakeAllCalls', telephonyStatus: 'NoCall', allowSeeMyPresence: true },
    dnd: { userStatus: 'Available', dndStatus: 'DoNotAcceptAnyCalls', telephonyStatus: 'NoCall', allowSeeMyPresence: true },
    phone: { userStatus: 'Available', dndStatus: 'TakeAllCalls', telephonyStatus: 'CallConnected', allowSeeMyPresence: true },
    hidden: { userStatus: 'Busy', dndStatus: 'DoNotAcceptAnyCalls', telephonyStatus: 'OnHold', allowSeeMyPresence: false },
    cycle: [
      { userStatus: 'Available', dndStatus: 'TakeAllCalls', telephonyStatus: 'NoCall', allowSeeMyPresence: true },
      { userStatus: 'Busy', dndStatus: 'TakeAllCalls', telephonyStatus: 'NoCall', allowSeeMyPresence: true },
      { userStatus: 'Available', dndStatus: 'TakeAllCalls', telephonyStatus: 'Ringing', allowSeeMyPresence: true },
      { userStatus: 'Offline', dndStatus: 'TakeAllCalls', telephonyStatus: 'NoCall', allowSeeMyPresence: true }
    ]
  },
  symphony: {
    label: 'Symphony',
    meeting: { category: 'IN_A_MEETING' },
    dnd: { category: 'DO_NOT_DISTURB' },
    phone: { category: 'ON_THE_PHONE' },
    hidden: { category: 'AVAILABLE' },
    cycle: [{ category: 'AVAILABLE' }, { category: 'BUSY' }, { category: 'BE_RIGHT_BACK' }, { category: 'AWAY' }, { category: 'OUT_OF_OFFICE' }, { category: 'OFF_WORK' }, { category: 'OFFLINE' }]
  }
};

const FIXED = { 'Beth Anglin': 'meeting', 'Abel Tuter': 'dnd', 'Luis Ortega': 'phone', 'Priya Raman': 'hidden' };

/** Each cycling person holds a state for 2 minutes of the instance's clock. */
const STEP_MS = 2 * 60 * 1000;

function createAvailabilityApi(options) {
  const directory = options.directory;
  const clock = options.clock;
  const token = options.token;
  const state = { vendor: 'teams', requests: [] };

  function record(user, index, vendor) {
    const fixed = FIXED[user.name];
    if (fixed) {
      return vendor[fixed];
    }
    const cycle = vendor.cycle;
    return cycle[(index + Math.floor(clock.now() / STEP_MS)) % cycle.length];
  }

  return {
    state: state,
    vendors: Object.keys(VENDORS).reduce(function (all, key) { all[key] = VENDORS[key].label; return all; }, { off: 'Off (no integration)' }),
    setVendor: function (vendor) {
      if (vendor !== 'off' && !VENDORS[vendor]) {
        throw new Error('unknown vendor ' + vendor);
      }
      state.vendor = vendor;
    },
    handle: function (req, res, body) {
      state.requests.push({ at: Date.now() });
      const send = function (status, value) {
        res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(value));
      };
      if (req.method !== 'POST' || req.headers['x-usertoken'] !== token) {
        return send(401, { error: { message: 'User Not Authenticated' }, status: 'failure' });
      }
      let ids;
      try {
        ids = JSON.parse(body || '{}').users;
      } catch (e) {
        return send(400, { error: { message: 'Invalid JSON' }, status: 'failure' });
      }
      const users = {};
      if (state.vendor !== 'off' && Array.isArray(ids)) {
        const vendor = VENDORS[state.vendor];
        directory.users.forEach(function (user, index) {
          if (ids.indexOf(user.sys_id) >= 0) {
            users[user.sys_id] = record(user, index, vendor);
          }
        });
      }
      return send(200, { result: { vendor: state.vendor === 'off' ? undefined : state.vendor, users: users } });
    }
  };
}

module.exports = { createAvailabilityApi, AVAILABILITY_PATH: '/api/x_acme/presence/availability' };
