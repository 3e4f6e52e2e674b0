// The demo's application node: the shipped server scripts under Mozilla Rhino (the engine of
// ServiceNow's server scripts) on the same Glide simulation the Rhino specs use, in a child
// process the demo talks to over JSON lines (server-sim/instance-node.js). A child process,
// not Node itself: the scripts' outbound HTTP is synchronous, as on the instance, and the fake
// vendors answering it live in the demo's own event loop, which must stay free meanwhile.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { findOrInstallRhino } = require('../../scripts/rhino');

const root = path.join(__dirname, '..', '..');

/** The simulation, then the shipped scripts in the order they name each other, then the node's loop. */
const FILES = [
  'server-sim/sim.js',
  'server-sim/encoded-query.js',
  'server-sim/glide-record.js',
  'server-sim/gs.js',
  'server-sim/rest-message.js',
  'server-sim/java-http.js',
  'server-sim/rest-api.js',
  'server-sim/vendor-setup.js',
  'server/availability/vendors/vocabulary.js',
  'server/availability/vendors/connector-kit.js',
  'server/availability/vendors/teams.js',
  'server/availability/vendors/ringcentral.js',
  'server/availability/vendors/symphony.js',
  'server/availability/availability-settings.js',
  'server/availability/snapshot-store.js',
  'server/availability/vendor-http.js',
  'server/availability/availability-service.js',
  'server-sim/instance-node.js'
];

/**
 * startRhinoInstance({vendors: {teams, ringcentral, symphony}, users: [{sys_id, name, email}]})
 *   -> {call({now, session, properties, body}) -> Promise<{status, body}>, close()}
 */
function startRhinoInstance(setup) {
  const args = ['-version', '180'];
  FILES.forEach(function (f) {
    args.push('-f', path.join(root, f));
  });
  // A file, not the environment: thousands of users are over what one variable may hold.
  const setupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-presence-instance-'));
  const setupFile = path.join(setupDir, 'setup.json');
  fs.writeFileSync(setupFile, JSON.stringify(setup));
  const child = spawn(findOrInstallRhino(), args, {
    cwd: root,
    env: Object.assign({}, process.env, { SP_ROOT: root, SP_INSTANCE_SETUP: setupFile }),
    stdio: ['pipe', 'pipe', 'inherit']
  });
  const pending = new Map();
  let nextId = 0;
  let exited = false;
  readline.createInterface({ input: child.stdout }).on('line', function (line) {
    let reply;
    try {
      reply = JSON.parse(line);
    } catch (e) {
      console.error('[demo] the Rhino instance said: ' + line);
      return;
    }
    const waiting = pending.get(reply.id);
    if (waiting) {
      pending.delete(reply.id);
      waiting({ status: reply.status, body: reply.body });
    }
  });
  child.on('exit', function () {
    exited = true;
    fs.rmSync(setupDir, { recursive: true, force: true });
    pending.forEach(function (waiting) {
      waiting({ status: 503, body: { error: { message: 'the Rhino instance stopped' }, status: 'failure' } });
    });
    pending.clear();
  });
  return {
    call: function (message) {
      if (exited) {
        return Promise.resolve({
          status: 503,
          body: { error: { message: 'the Rhino instance stopped' }, status: 'failure' }
        });
      }
      const id = ++nextId;
      return new Promise(function (resolve) {
        pending.set(id, resolve);
        child.stdin.write(JSON.stringify(Object.assign({ id: id }, message)) + '\n');
      });
    },
    close: function () {
      if (exited) {
        return Promise.resolve();
      }
      return new Promise(function (resolve) {
        child.once('exit', function () {
          resolve();
        });
        child.stdin.end();
      });
    }
  };
}

module.exports = { startRhinoInstance };
