/*
 * One simulated application node for the demo, under Rhino: the shipped server scripts (loaded
 * before this file) answer the availability REST operation for requests read from standard
 * input, one JSON line each, and each reply is written to standard output as one JSON line:
 *   in   {"id", "now": ms, "session": {userId, userName, roles}, "properties": {…}, "body": "…"}
 *        or {"id", "reset": true}: forget the snapshot, the mapping and the tokens (the demo's Reset)
 *        or {"id", "warmUp": true}: run the route and one HTTP call once, so Java's classes load
 *           before the first page asks (a cold first call takes most of a second)
 *   out  {"id", "status", "body"}
 * The tables live in this process for its life, as an instance's database would. Set-up (the
 * fake vendors' URLs and the directory's users) comes from the JSON file SP_INSTANCE_SETUP names
 * (a file: a directory of thousands of users is over what one environment variable may hold).
 */
(function () {
  var OPERATION = String(java.lang.System.getenv('SP_ROOT')) + '/server/rest/availability-operation.js';
  var setup = JSON.parse(String(readFile(String(java.lang.System.getenv('SP_INSTANCE_SETUP')))));
  var clock = 0;
  SpSim.now = function () {
    return clock;
  };
  SpSim.connectVendors(setup.vendors);
  SpSim.tables.sys_user = setup.users;

  var input = new java.io.BufferedReader(new java.io.InputStreamReader(java.lang.System['in'], 'UTF-8'));
  var output = new java.io.PrintStream(java.lang.System.out, true, 'UTF-8');
  var line = input.readLine();
  while (line !== null) {
    var message = JSON.parse(String(line));
    var reply;
    try {
      if (message.warmUp) {
        SpSim.transport({ method: 'GET', url: setup.vendors.teams + '/', headers: {}, timeoutMs: 5000 });
        reply = answer({
          now: 0,
          session: { userId: 'warm-up', userName: 'warm-up', roles: [] },
          properties: {},
          body: '{"users": []}'
        });
      } else if (message.reset) {
        SpSim.tables.u_sp_presence_snapshot = [];
        SpSim.tables.u_sp_presence_user = [];
        SpSim.oauthTokens = {};
        reply = { status: 200, body: {} };
      } else {
        reply = answer(message);
      }
    } catch (e) {
      reply = { status: 500, body: { error: { message: String(e) }, status: 'failure' } };
    }
    output.println(JSON.stringify({ id: message.id, status: reply.status, body: reply.body }));
    line = input.readLine();
  }

  function answer(message) {
    clock = message.now;
    SpSim.session = message.session;
    SpSim.properties = message.properties;
    return SpSim.runOperation(OPERATION, { body: message.body });
  }
})();
