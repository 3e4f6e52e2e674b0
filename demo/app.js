// The demo's simulated instance: serves the portal-like page, the shipped dist/ and widget/
// files, the presence endpoint (with its failure modes), availability from the shipped server
// scripts under Rhino talking to fake vendors, and a small admin API for the control panel and
// the end-to-end tests. Plain node:http: nothing here needs a framework.
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');
const { createClock } = require('./instance/clock');
const { createDirectory } = require('./instance/directory');
const { runServerScript } = require('./instance/glide');
const { AVAILABILITY_PATH, createAvailabilityServer } = require('./instance/availability-server');
const { createPresenceApi } = require('./instance/presence-api');
const { createWsdApi } = require('./instance/wsd-api');
const { ACTIVITIES_PATH, createActivitiesApi } = require('./instance/activities-api');
const { createRecordPresenceChannel } = require('./instance/record-presence-channel');

const root = path.join(__dirname, '..');

const ANGULAR = {
  1.5: path.join(root, 'node_modules', 'angular-15', 'angular.js'),
  1.8: path.join(root, 'node_modules', 'angular', 'angular.js')
};

// URL prefix -> folder; only files inside these folders are served.
const STATIC = {
  '/dist/': path.join(root, 'dist'),
  '/widget/': path.join(root, 'widget'),
  '/demo/': path.join(__dirname, 'public'),
  '/vendor/bootstrap/': path.join(root, 'node_modules', 'bootstrap', 'dist', 'css')
};

const WIDGET_SERVER_SCRIPTS = {
  'sp-presence-people': path.join(root, 'widget', 'server.js'),
  'activity-stream': path.join(__dirname, 'public', 'widgets', 'activity-stream', 'server.js'),
  'ticket-header': path.join(__dirname, 'public', 'widgets', 'ticket-header', 'server.js')
};

const TYPES = {
  '.html': 'text/html;charset=UTF-8',
  '.js': 'text/javascript;charset=UTF-8',
  '.css': 'text/css;charset=UTF-8',
  '.scss': 'text/plain;charset=UTF-8',
  '.json': 'application/json;charset=UTF-8',
  '.xml': 'application/xml;charset=UTF-8'
};

const MAX_BODY = 64 * 1024;

function createDemoApp(options) {
  const opts = options || {};
  const clock = createClock({ speed: opts.speed });
  const directory = createDirectory();
  const token = crypto.randomBytes(16).toString('hex');
  // The signed-in user of the demo page (the ticket's caller): whose activity a non-automatic poll would fake.
  const sessionUser = directory.users[0].sys_id;
  const presence = createPresenceApi({
    directory: directory,
    clock: clock,
    token: token,
    sessionUser: sessionUser,
    retryAfterSeconds: opts.retryAfterSeconds
  });
  // The People widget asks every 30 s (its option on the demo page): the instance refreshes as often.
  const availability = createAvailabilityServer({
    directory: directory,
    clock: clock,
    token: token,
    sessionUser: sessionUser,
    intervalSeconds: 30
  });
  const wsd = createWsdApi({ directory: directory, token: token });
  const activities = createActivitiesApi({ directory: directory, token: token });
  // The demo's ticket (INC0010042): its page carries table and sys_id, so the platform joins its presence channel.
  const ticket = {
    table: 'incident',
    sys_id: crypto.createHash('md5').update('sp-presence-demo/incident/INC0010042').digest('hex')
  };
  const recordPresence = createRecordPresenceChannel({ directory: directory, token: token, record: ticket });

  /** ?as=<first.last> or a sys_id: a second tab signed in as another demo user. */
  function signedInAs(query) {
    const as = String(query.get('as') || '').toLowerCase();
    const user = directory.users.find(function (u) {
      return u.sys_id === as || u.name.toLowerCase().replace(/[^a-z]+/g, '.') === as;
    });
    return user ? user.sys_id : sessionUser;
  }

  function send(res, status, type, body) {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(body);
  }

  function json(res, status, value) {
    send(res, status, TYPES['.json'], JSON.stringify(value));
  }

  function serveFile(res, file) {
    fs.readFile(file, function (err, data) {
      if (err) {
        return send(res, 404, 'text/plain', 'Not found');
      }
      return send(res, 200, TYPES[path.extname(file)] || 'application/octet-stream', data);
    });
  }

  function serveStatic(res, pathname) {
    const prefix = Object.keys(STATIC).find(function (p) {
      return pathname.startsWith(p);
    });
    if (!prefix) {
      return false;
    }
    const base = STATIC[prefix];
    const file = path.resolve(base, '.' + decodeURIComponent(pathname.slice(prefix.length - 1)));
    if (!file.startsWith(base + path.sep)) {
      send(res, 403, 'text/plain', 'Forbidden');
    } else {
      serveFile(res, file);
    }
    return true;
  }

  function page(res, query, file) {
    if (file === 'index.html' && !query.get('sys_id')) {
      // The demo page is a ticket page, as the portal addresses one.
      query.set('id', 'ticket');
      query.set('table', ticket.table);
      query.set('sys_id', ticket.sys_id);
      res.writeHead(302, { Location: '/?' + query.toString(), 'Cache-Control': 'no-store' });
      return res.end();
    }
    const userId = signedInAs(query);
    const version = ANGULAR[query.get('angular')] ? query.get('angular') : '1.8';
    const interval = Number(query.get('interval')) || 5;
    // The platform's own presence client: on (as on every portal page of a signed-in user),
    // off (a page without it), or disabled by the administrator (PRESENCE_DISABLED).
    const platform = ['on', 'off', 'disabled'].indexOf(query.get('platform')) >= 0 ? query.get('platform') : 'on';
    const admin = query.get('admin') === 'true';
    const theme = query.get('theme') === 'dark' ? 'dark' : 'light';
    // ?workplace=off: a page without the spPresenceWorkplace provider (office days, the card's extras).
    const workplace = query.get('workplace') === 'off' ? 'off' : 'on';
    // ?availability=off: the widgets ask for activity only (no Teams, RingCentral or Symphony).
    const withAvailability = query.get('availability') !== 'off';
    fs.readFile(path.join(__dirname, 'public', file), 'utf8', function (err, html) {
      if (err) {
        return send(res, 500, 'text/plain', 'demo page missing');
      }
      const globals =
        'window.g_ck = ' +
        JSON.stringify(token) +
        ';\nwindow.NOW = { presence_interval: ' +
        JSON.stringify(interval) +
        ', user_id: ' +
        JSON.stringify(userId) +
        ' };' +
        '\nwindow.DEMO = ' +
        JSON.stringify({
          platform: platform,
          admin: admin,
          theme: theme,
          workplace: workplace,
          session: recordPresence.openSession(userId)
        }) +
        ';';
      const filled = html
        .replace('/*GLOBALS*/', globals)
        .replace(
          /"availability_interval_s"/g,
          withAvailability ? '$&' : '"show_availability": "false", "availability_interval_s"'
        )
        .replace('{{ANGULAR}}', version)
        .replace(/\{\{GROUP:([^}]+)\}\}/g, function (_m, name) {
          const group = directory.groups.find(function (g) {
            return g.name === name;
          });
          return group ? group.sys_id : '';
        });
      return send(res, 200, TYPES['.html'], filled);
    });
  }

  function state() {
    const now = Date.now();
    const requests = presence.state.requests;
    const lastMinute = requests.filter(function (r) {
      return now - r.at < 60000;
    });
    return {
      mode: presence.state.mode,
      modes: presence.modes,
      vendor: availability.state.vendor,
      vendors: availability.vendors,
      availabilityPerMinute: availability.state.requests.filter(function (r) {
        return now - r.at < 60000;
      }).length,
      vendorDown: availability.state.down,
      vendorRateLimited: availability.state.rateLimited,
      vendorCallsPerMinute: availability.vendorCallsPerMinute(),
      plugins: { wsd: wsd.state.plugin, activities: activities.state.plugin },
      wsdRequests: wsd.state.requests.length,
      activityRequests: activities.state.requests.length,
      serverTime: clock.now(),
      requests: requests.length,
      lastMinute: lastMinute.length,
      perMinute: {
        platform: lastMinute.filter(function (r) {
          return r.client === 'platform';
        }).length,
        'sp-presence': lastMinute.filter(function (r) {
          return r.client === 'sp-presence';
        }).length
      },
      last: requests.length ? requests[requests.length - 1] : null,
      log: requests.slice(-50)
    };
  }

  function admin(req, res, pathname, body) {
    if (pathname === '/demo-api/state') {
      return json(res, 200, state());
    }
    if (pathname === '/demo-api/avatars') {
      return json(
        res,
        200,
        directory.users.map(function (u) {
          return { sys_id: u.sys_id, name: u.name, initials: u.initials, photo: u.photo };
        })
      );
    }
    if (req.method !== 'POST') {
      return json(res, 405, { error: 'POST only' });
    }
    let input;
    try {
      input = JSON.parse(body || '{}');
    } catch (e) {
      return json(res, 400, { error: 'invalid JSON' });
    }
    switch (pathname) {
      case '/demo-api/mode':
        try {
          presence.setMode(String(input.mode));
        } catch (e) {
          return json(res, 400, { error: e.message });
        }
        return json(res, 200, state());
      case '/demo-api/availability':
        try {
          if (input.vendor !== undefined) {
            availability.setVendor(String(input.vendor));
          }
        } catch (e) {
          return json(res, 400, { error: e.message });
        }
        if (typeof input.down === 'boolean' || input.down === 'drop') {
          availability.setDown(input.down);
        }
        if (typeof input.rateLimited === 'boolean') {
          availability.setRateLimited(input.rateLimited);
        }
        return json(res, 200, state());
      case '/demo-api/plugins':
        if (typeof input.wsd === 'boolean') {
          wsd.state.plugin = input.wsd;
        }
        if (typeof input.activities === 'boolean') {
          activities.state.plugin = input.activities;
        }
        return json(res, 200, state());
      case '/demo-api/clock':
        clock.advance(Number(input.advanceMs) || 0);
        return json(res, 200, state());
      case '/demo-api/activity':
        if (!directory.get(input.sys_id)) {
          return json(res, 404, { error: 'no such user' });
        }
        directory.pin(input.sys_id, clock.now() - (Number(input.agoMs) || 0));
        return json(res, 200, state());
      case '/demo-api/reset':
        presence.setMode('ok');
        directory.unpinAll();
        presence.state.requests.length = 0;
        wsd.reset();
        activities.state.plugin = true;
        activities.state.requests.length = 0;
        return availability.reset().then(function () {
          json(res, 200, state());
        });
      case '/demo-api/widget-data': {
        const script = WIDGET_SERVER_SCRIPTS[input.widget];
        if (!script) {
          return json(res, 404, { error: 'no such widget' });
        }
        const data = runServerScript(
          fs.readFileSync(script, 'utf8'),
          input.options || {},
          directory.tables(),
          undefined,
          { admin: input.admin === true }
        );
        return json(res, 200, { data: data });
      }
      default:
        return json(res, 404, { error: 'no such admin call' });
    }
  }

  function route(req, res, body) {
    const url = new URL(req.url, 'http://localhost');
    const pathname = url.pathname;
    if (pathname === '/' || pathname === '/index.html') {
      return page(res, url.searchParams, 'index.html');
    }
    if (pathname === '/standalone.html') {
      return page(res, url.searchParams, 'standalone.html');
    }
    if (pathname === '/api/now/ui/presence') {
      return presence.handle(req, res);
    }
    if (pathname === AVAILABILITY_PATH) {
      return availability.handle(req, res, body);
    }
    if (wsd.handles(pathname)) {
      return wsd.handle(req, res, pathname, body);
    }
    if (recordPresence.handles(pathname)) {
      return recordPresence.handle(req, res, url, body);
    }
    if (pathname === ACTIVITIES_PATH) {
      return activities.handle(req, res, url.searchParams);
    }
    if (pathname === '/vendor/angular.js') {
      return serveFile(res, ANGULAR[url.searchParams.get('v')] || ANGULAR['1.8']);
    }
    if (pathname.startsWith('/demo-api/')) {
      return admin(req, res, pathname, body);
    }
    if (!serveStatic(res, pathname)) {
      send(res, 404, 'text/plain', 'Not found');
    }
    return undefined;
  }

  const server = http.createServer(function (req, res) {
    let size = 0;
    const chunks = [];
    req.on('data', function (chunk) {
      size += chunk.length;
      if (size > MAX_BODY) {
        send(res, 413, 'text/plain', 'Too large');
        req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', function () {
      if (!res.headersSent) {
        route(req, res, Buffer.concat(chunks).toString('utf8'));
      }
    });
  });

  return {
    server: server,
    directory: directory,
    clock: clock,
    presence: presence,
    availability: availability,
    wsd: wsd,
    activities: activities,
    recordPresence: recordPresence,
    token: token,
    listen: async function (port, host) {
      await availability.start();
      return new Promise(function (resolve, reject) {
        server.once('error', reject);
        server.listen(port, host || '127.0.0.1', function () {
          resolve('http://' + (host || '127.0.0.1') + ':' + server.address().port + '/');
        });
      });
    },
    close: function () {
      presence.releaseHeld();
      recordPresence.stop();
      server.closeAllConnections();
      return Promise.all([
        new Promise(function (resolve) {
          server.close(resolve);
        }),
        availability.close()
      ]);
    }
  };
}

module.exports = { createDemoApp };
