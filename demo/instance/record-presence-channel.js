// The record's presence channel, a stand-in for the platform's AMB channel /sn/rp/<table>/<sys_id>
// (servicenow.md §1d): each page subscribes with server-sent events and publishes its user's
// status (entered, viewing, typing, exited); every message goes to every subscriber as
// {presences: [...]}, each presence stamped by the server with the session's user. A page that
// closes its stream has exited. Two simulated colleagues come and go on a believable cycle.
const crypto = require('crypto');

const PREFIX = '/sn/rp/';
const STATUSES = ['entered', 'viewing', 'typing', 'exited'];
const FIELDS = ['comments', 'work_notes'];

// [name, first arrival ms, cycle ms, steps [at ms, status, field]]: read, write a work note, read it over, go.
const COLLEAGUES = [
  [
    'Fred Luddy',
    1000,
    50000,
    [
      [0, 'entered'],
      [1500, 'viewing'],
      [9000, 'typing', 'work_notes'],
      [19000, 'viewing'],
      [38000, 'exited']
    ]
  ],
  [
    'Priya Raman',
    4000,
    65000,
    [
      [0, 'entered'],
      [1500, 'viewing'],
      [20000, 'typing', 'work_notes'],
      [27000, 'viewing'],
      [52000, 'exited']
    ]
  ]
];

/** A user's picture as the instance serves it (a same-origin path), for users who have one. */
function avatarPath(user) {
  return user.photo ? '/' + user.sys_id + '.iix' : '';
}

function portrait(user) {
  const colour = '#' + user.sys_id.slice(0, 6);
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#dfe6ee"/>' +
    '<circle cx="20" cy="15" r="8" fill="' +
    colour +
    '"/><path d="M4 40c2-10 9-14 16-14s14 4 16 14z" fill="' +
    colour +
    '"/></svg>'
  );
}

function createRecordPresenceChannel(options) {
  const directory = options.directory;
  const token = options.token;
  const record = options.record;
  const sessions = {}; // session id -> user sys_id, for pages the instance served
  const present = {}; // session id -> the last presence published
  const streams = [];
  const timers = new Set();
  let started = false;

  function presence(sessionId, userId, status, field) {
    const user = directory.get(userId);
    return {
      status: status,
      session_id: sessionId,
      user_id: user.sys_id,
      user_name: user.name.toLowerCase().replace(/[^a-z]+/g, '.'),
      user_display_name: user.name,
      user_initials: user.initials,
      user_avatar: avatarPath(user),
      table: record.table,
      sys_id: record.sys_id,
      field_type: field || ''
    };
  }

  function broadcast(p) {
    if (p.status === 'exited') {
      delete present[p.session_id];
    } else {
      present[p.session_id] = p;
    }
    const frame = 'data: ' + JSON.stringify({ presences: [p] }) + '\n\n';
    streams.forEach(function (res) {
      res.write(frame);
    });
  }

  function later(ms, fn) {
    const timer = setTimeout(function () {
      timers.delete(timer);
      fn();
    }, ms);
    timer.unref();
    timers.add(timer);
  }

  /** Each colleague replays their steps every cycle, from their first arrival. */
  function startColleagues() {
    COLLEAGUES.forEach(function (c) {
      const user = directory.users.find(function (u) {
        return u.name === c[0];
      });
      const sessionId = 'colleague-' + user.sys_id.slice(0, 8);
      (function cycle(delay) {
        later(delay, function () {
          c[3].forEach(function (step) {
            later(step[0], function () {
              broadcast(presence(sessionId, user.sys_id, step[1], step[2]));
            });
          });
          cycle(c[2]);
        });
      })(c[1]);
    });
  }

  function subscribe(res, sessionId) {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // Who is here already: a real client learns it from the others' next publish (every 20 s).
    res.write(
      'data: ' +
        JSON.stringify({
          presences: Object.keys(present).map(function (id) {
            return present[id];
          })
        }) +
        '\n\n'
    );
    streams.push(res);
    if (!started) {
      started = true;
      startColleagues();
    }
    res.on('close', function () {
      streams.splice(streams.indexOf(res), 1);
      if (present[sessionId]) {
        broadcast(presence(sessionId, sessions[sessionId], 'exited'));
      }
    });
  }

  function publish(req, res, sessionId, body) {
    let input;
    try {
      input = JSON.parse(body);
    } catch (e) {
      input = {};
    }
    if (req.headers['x-usertoken'] !== token || STATUSES.indexOf(input.status) < 0) {
      res.writeHead(400).end();
      return;
    }
    broadcast(
      presence(
        sessionId,
        sessions[sessionId],
        input.status,
        FIELDS.indexOf(input.field_type) >= 0 ? input.field_type : ''
      )
    );
    res.writeHead(204).end();
  }

  return {
    record: record,
    /** A new page session of `userId`: its id goes into the page. */
    openSession: function (userId) {
      const id = crypto.randomBytes(16).toString('hex');
      sessions[id] = userId;
      return id;
    },
    present: present,
    handles: function (pathname) {
      return pathname.startsWith(PREFIX) || /^\/[0-9a-f]{32}\.iix$/.test(pathname);
    },
    handle: function (req, res, url, body) {
      const avatar = /^\/([0-9a-f]{32})\.iix$/.exec(url.pathname);
      if (avatar) {
        const user = directory.get(avatar[1]);
        res.writeHead(user && user.photo ? 200 : 404, { 'Content-Type': 'image/svg+xml' });
        res.end(user && user.photo ? portrait(user) : '');
        return;
      }
      const sessionId = url.searchParams.get('session');
      if (url.pathname !== PREFIX + record.table + '/' + record.sys_id || !sessions[sessionId]) {
        res.writeHead(404).end();
      } else if (req.method === 'GET') {
        subscribe(res, sessionId);
      } else {
        publish(req, res, sessionId, body);
      }
    },
    stop: function () {
      timers.forEach(clearTimeout);
      streams.slice().forEach(function (res) {
        res.end();
      });
    }
  };
}

module.exports = { createRecordPresenceChannel };
