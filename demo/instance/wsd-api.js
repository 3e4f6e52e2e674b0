// The simulated WSD Presence API (reference 001) for the demo's signed-in user: their
// collaborators with routine and exceptions (GET), following someone (POST collaborator_ids)
// and no longer (DELETE /{id}). Today's exceptions are dated on this machine's local date, the
// browser's too. With the plugin "removed" every call answers 404, as on an instance without
// Workplace Service Delivery.
const COLLABORATORS_PATH = '/api/sn_wsd_concierge/v1/presence/collaborator';

function localDate(ms) {
  const d = new Date(ms);
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}

const ALL_WEEK = {
  monday: true,
  tuesday: true,
  wednesday: true,
  thursday: true,
  friday: true,
  saturday: true,
  sunday: true
};
const NEVER = {
  monday: false,
  tuesday: false,
  wednesday: false,
  thursday: false,
  friday: false,
  saturday: false,
  sunday: false
};

/** Each demo collaborator's schedule, by name: `today` is an exception for the current date. */
const SCHEDULES = {
  'Beth Anglin': { routine: NEVER, today: { in_office: true, location: 'Building B' } },
  'Charlie Whitherspoon': { routine: ALL_WEEK, today: { in_office: false, location: '' } },
  'Luis Ortega': { routine: ALL_WEEK },
  'Oscar Nilsen': { routine: NEVER },
  'Priya Raman': { private: true },
  'Emeka Obi': { routine: ALL_WEEK, today: { in_office: true, location: 'HQ, floor 3' } }
};

function createWsdApi(options) {
  const directory = options.directory;
  const token = options.token;
  const state = { plugin: true, following: new Set(), requests: [] };

  function reset() {
    state.plugin = true;
    state.following = new Set(
      directory.users
        .filter(function (u) {
          return SCHEDULES[u.name];
        })
        .map(function (u) {
          return u.sys_id;
        })
    );
    state.requests.length = 0;
  }
  reset();

  function collaborator(user) {
    const schedule = SCHEDULES[user.name] || { routine: null };
    if (schedule.private) {
      return { sys_id: user.sys_id, name: user.name, privacy_enabled: true, routine: null, exceptions: [] };
    }
    const exceptions = schedule.today
      ? [
          {
            sys_id: user.sys_id.slice(0, 24) + 'e0ce0ce0',
            date: localDate(Date.now()),
            in_office: schedule.today.in_office,
            origin: 'user',
            location: schedule.today.location
          }
        ]
      : [];
    return {
      sys_id: user.sys_id,
      name: user.name,
      privacy_enabled: false,
      routine: schedule.routine,
      exceptions: exceptions
    };
  }

  function list() {
    return directory.users
      .filter(function (u) {
        return state.following.has(u.sys_id);
      })
      .map(collaborator);
  }

  return {
    state: state,
    reset: reset,
    handles: function (pathname) {
      return pathname === COLLABORATORS_PATH || pathname.indexOf(COLLABORATORS_PATH + '/') === 0;
    },
    handle: function (req, res, pathname, body) {
      state.requests.push({ at: Date.now(), method: req.method });
      const send = function (status, value) {
        res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(value));
      };
      if (!state.plugin) {
        return send(404, {
          error: { message: 'Requested URI does not represent any resource', detail: '' },
          status: 'failure'
        });
      }
      if (req.headers['x-usertoken'] !== token) {
        return send(401, { error: { message: 'User Not Authenticated' }, status: 'failure' });
      }
      if (req.method === 'GET' && pathname === COLLABORATORS_PATH) {
        const collaborators = list();
        return send(200, { result: { count: collaborators.length, collaborators: collaborators } });
      }
      if (req.method === 'POST' && pathname === COLLABORATORS_PATH) {
        let ids;
        try {
          ids = JSON.parse(body || '{}').collaborator_ids;
        } catch (e) {
          return send(400, { error: { message: 'Invalid JSON' }, status: 'failure' });
        }
        if (!Array.isArray(ids) || !ids.length) {
          return send(400, { error: { message: 'collaborator_ids is required' }, status: 'failure' });
        }
        const users = ids.map(function (id) {
          return directory.get(String(id));
        });
        if (
          users.some(function (u) {
            return !u;
          })
        ) {
          return send(404, { error: { message: 'User not found' }, status: 'failure' });
        }
        users.forEach(function (u) {
          state.following.add(u.sys_id);
        });
        return send(200, {
          result: { message: users.length + ' collaborator(s) added', collaborators: users.map(collaborator) }
        });
      }
      if (req.method === 'DELETE') {
        const id = pathname.slice(COLLABORATORS_PATH.length + 1);
        if (!state.following.has(id)) {
          return send(404, { error: { message: 'Collaborator not found' }, status: 'failure' });
        }
        state.following.delete(id);
        return send(200, { result: { message: '1 collaborator(s) removed' } });
      }
      return send(405, { error: { message: 'Method not allowed' }, status: 'failure' });
    }
  };
}

module.exports = { createWsdApi, COLLABORATORS_PATH };
