// For Rhino specs whose second line says `// with: fake-vendors`: the other helper's fake
// vendors (demo/vendors/) on 127.0.0.1 with the demo directory's people, and a small control
// endpoint the Rhino side reaches over HTTP (Rhino cannot call into this Node process):
//   POST <control>/<vendor>/<setDown|setRateLimited|expireTokens>  body: JSON argument
//   GET  <control>/<vendor>/calls  -> number
// The spec reads everything from the environment variable SP_FAKE_VENDORS (JSON):
//   {teams, ringcentral, symphony (base URLs), control (URL), users: [{sysId, email, name}]}
const http = require('http');
const { startFakeVendors } = require('../../demo/vendors');
const { createDirectory } = require('../../demo/instance/directory');

const ACTIONS = ['setDown', 'setRateLimited', 'expireTokens', 'calls'];

async function startFakeVendorsForRhino() {
  const users = createDirectory().users.map(function (u) {
    return { sysId: u.sys_id, email: u.email, name: u.name };
  });
  const fakes = await startFakeVendors({ users: users });
  const control = http.createServer(function (req, res) {
    const chunks = [];
    req.on('data', function (c) {
      chunks.push(c);
    });
    req.on('end', function () {
      const parts = req.url.split('/').filter(Boolean);
      const vendor = fakes[parts[0]];
      if (!vendor || ACTIONS.indexOf(parts[1]) < 0) {
        res.writeHead(404);
        return res.end();
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const result = vendor.control[parts[1]](body ? JSON.parse(body) : undefined);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify(result === undefined ? null : result));
    });
  });
  await new Promise(function (resolve) {
    control.listen(0, '127.0.0.1', resolve);
  });
  const env = {
    teams: fakes.teams.url,
    ringcentral: fakes.ringcentral.url,
    symphony: fakes.symphony.url,
    control: 'http://127.0.0.1:' + control.address().port,
    users: users
  };
  return {
    env: JSON.stringify(env),
    close: function () {
      control.close();
      return fakes.close();
    }
  };
}

module.exports = { startFakeVendorsForRhino };
