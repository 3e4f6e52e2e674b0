// The benchmark's simulated instance: the demo's presence endpoint over `users` generated users
// whose activity the runner sets (steady unless told otherwise), plus the bench page.
const fs = require('fs');
const http = require('http');
const path = require('path');
const { AVAILABILITY_PATH, createAvailabilityServer } = require('../demo/instance/availability-server');
const { createWsdApi } = require('../demo/instance/wsd-api');
const { createPresenceApi } = require('../demo/instance/presence-api');

const root = path.join(__dirname, '..');

function benchDirectory(count) {
  const users = [];
  for (let i = 0; i < count; i++) {
    users.push({
      sys_id: 'b' + i.toString(16).padStart(31, '0'),
      name: 'Bench user ' + i,
      email: 'bench.user' + i + '@example.com',
      active: 'true'
    });
  }
  const byId = new Map(
    users.map(function (u) {
      return [u.sys_id, u];
    })
  );
  const agoMs = new Map();
  return {
    users: users,
    get: function (id) {
      return byId.get(id);
    },
    /** Everyone active 5 s ago unless set: nothing changes from one poll to the next. */
    lastOn: function (user, now) {
      return now - (agoMs.has(user.sys_id) ? agoMs.get(user.sys_id) : 5000);
    },
    setAgo: function (ids, ms) {
      ids.forEach(function (id) {
        agoMs.set(id, ms);
      });
    }
  };
}

const FILES = {
  '/bench/page.js': path.join(__dirname, 'public', 'page.js'),
  '/bench/minimal.js': path.join(__dirname, 'public', 'minimal.js'),
  '/bench/article-provider.js': path.join(__dirname, 'public', 'article-provider.js'),
  '/dist/providers/spUserPresence.js': path.join(root, 'dist', 'providers', 'spUserPresence.js'),
  '/dist/providers/spPresenceDot.js': path.join(root, 'dist', 'providers', 'spPresenceDot.js'),
  '/dist/providers/spPresenceWorkplace.js': path.join(root, 'dist', 'providers', 'spPresenceWorkplace.js'),
  '/vendor/angular.js': path.join(root, 'node_modules', 'angular', 'angular.js')
};

/**
 * options.availability: run the instance's availability (the shipped server scripts under Rhino
 * and the fake vendors). Off unless asked: a JVM starting beside a measured page is noise.
 * options.against: provider scripts by file name, served under /against/providers/ (another
 * release's, to measure beside this one).
 */
function createBenchServer(userCount, options) {
  const withAvailability = !!(options && options.availability);
  const directory = benchDirectory(userCount);
  const token = 'bench-token';
  const clock = {
    now: function () {
      return Date.now();
    }
  };
  const presence = createPresenceApi({ directory: directory, clock: clock, token: token });
  // The shipped server scripts under Rhino against the fake vendors, refreshing every 30 s like the bench page asks.
  const availability =
    withAvailability &&
    createAvailabilityServer({
      directory: directory,
      clock: clock,
      token: token,
      sessionUser: directory.users[0].sys_id,
      intervalSeconds: 30
    });
  const wsd = createWsdApi({ directory: directory, token: token });
  const page = fs.readFileSync(path.join(__dirname, 'public', 'page.html'), 'utf8').replace(
    '/*GLOBALS*/',
    'window.g_ck = "' +
      token +
      '"; window.BENCH_USERS = ' +
      JSON.stringify(
        directory.users.map(function (u) {
          return u.sys_id;
        })
      ) +
      ';'
  );
  const server = http.createServer(function (req, res) {
    const chunks = [];
    req.on('data', function (c) {
      chunks.push(c);
    });
    req.on('end', function () {
      const pathname = new URL(req.url, 'http://localhost').pathname;
      if (pathname === '/api/now/ui/presence') {
        return presence.handle(req, res, Buffer.concat(chunks).toString('utf8'));
      }
      if (availability && pathname === AVAILABILITY_PATH) {
        return availability.handle(req, res, Buffer.concat(chunks).toString('utf8'));
      }
      if (wsd.handles(pathname)) {
        return wsd.handle(req, res, pathname, Buffer.concat(chunks).toString('utf8'));
      }
      if (pathname === '/bench/page.html') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return res.end(page);
      }
      const against = options && options.against && options.against[pathname.replace('/against/providers/', '')];
      if (against && pathname.indexOf('/against/providers/') === 0) {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        return res.end(against);
      }
      if (FILES[pathname]) {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        return res.end(fs.readFileSync(FILES[pathname]));
      }
      res.writeHead(404);
      return res.end();
    });
  });
  return {
    directory: directory,
    requests: function () {
      return presence.state.requests.length;
    },
    availabilityRequests: function () {
      return availability ? availability.state.requests.length : 0;
    },
    vendorCallLog: function () {
      return availability ? availability.vendorCallLog() : [];
    },
    officeRequests: function () {
      return wsd.state.requests.length;
    },
    listen: async function () {
      if (availability) {
        await availability.start();
      }
      return new Promise(function (resolve) {
        server.listen(0, '127.0.0.1', function () {
          resolve('http://127.0.0.1:' + server.address().port);
        });
      });
    },
    close: function () {
      server.closeAllConnections();
      return Promise.all([
        new Promise(function (resolve) {
          server.close(resolve);
        }),
        availability && availability.close()
      ]);
    }
  };
}

module.exports = { createBenchServer };
