// The simulated Activity Subscriptions API (reference 002): GET /api/now/actsub/activities with
// a context (Consumer) and context_instance (a csm_consumer record) lists that consumer's latest
// activities, at most `last`. With the plugin "removed" it answers 404.
const ACTIVITIES_PATH = '/api/now/actsub/activities';

const TITLES = [
  'Opened case {n}: printer offline',
  'Commented on case {n}',
  'Rated the answer to case {n}: helpful',
  'Viewed article KB0010042',
  'Ordered a replacement charger',
  'Closed case {n}',
  'Joined the community thread "VPN on hotel Wi-Fi"'
];

function createActivitiesApi(options) {
  const directory = options.directory;
  const token = options.token;
  const state = { plugin: true, requests: [] };

  return {
    state: state,
    handle: function (req, res, query) {
      state.requests.push({ at: Date.now() });
      const send = function (status, value) {
        res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(value));
      };
      if (!state.plugin) {
        return send(404, { error: { message: 'Requested URI does not represent any resource' }, status: 'failure' });
      }
      if (req.method !== 'GET' || req.headers['x-usertoken'] !== token) {
        return send(401, { error: { message: 'User Not Authenticated' }, status: 'failure' });
      }
      const context = directory.activityContexts.find(function (c) {
        return c.sys_id === query.get('context');
      });
      const consumer = directory.consumers.find(function (c) {
        return c.sys_id === query.get('context_instance');
      });
      if (!context || !consumer) {
        return send(400, {
          result: { message: 'Make sure a valid context and context_instance are passed', status: 400 }
        });
      }
      const last = Math.max(0, Math.min(50, parseInt(query.get('last'), 10) || 10));
      const seed = parseInt(consumer.sys_id.slice(0, 4), 16);
      const activities = [];
      for (let i = 0; i < last; i++) {
        const n = 'CS00' + (10000 + ((seed + i * 7) % 9000));
        activities.push({
          sys_id: consumer.sys_id.slice(0, 28) + String(1000 + i),
          title: TITLES[(seed + i) % TITLES.length].replace('{n}', n),
          created: '2026-' + String(23 - i).padStart(2, '0') + '-11 09:' + String(10 + i * 7).padStart(2, '0') + ':00',
          icon: 'icon-document',
          source_table_name: 'sn_customerservice_case'
        });
      }
      return send(200, { result: { activities: activities, hasMoreRecords: 'true', status: 200 } });
    }
  };
}

module.exports = { createActivitiesApi, ACTIVITIES_PATH };
