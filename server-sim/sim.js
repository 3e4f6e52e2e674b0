/*
 * The simulated instance the Glide stand-ins read: tables, system properties, the signed-in
 * session, the clock, the outbound REST set-up and what was logged. One plain global, reset
 * between specs, so a spec can say exactly what the instance holds.
 * ES5 and free of Node and Java: it runs under Rhino (tests) and in Node (the demo).
 */
var SpSim = {
  reset: function () {
    /* table name -> array of rows, each row an object of string values with a sys_id */
    SpSim.tables = {};
    SpSim.properties = {};
    /* userId empty: nobody signed in */
    SpSim.session = { userId: '', userName: 'guest', roles: [] };
    /* table name -> function (row) -> whether the signed-in user may read it (GlideRecordSecure) */
    SpSim.readRules = {};
    /* function () -> whether the rest_endpoint ACL lets the signed-in user call the API */
    SpSim.restAcl = undefined;
    /* every query run, for specs that check what was asked */
    SpSim.queries = [];
    /* gs.info/warn/error lines */
    SpSim.logs = [];
    /* REST Message name -> {endpoint, oauthEntity?, functions: {name: {method, endpoint?}}} */
    SpSim.restMessages = {};
    /* Application Registry name -> {tokenUrl, form: {…}, basicUser?, basicPassword?} */
    SpSim.oauthEntities = {};
    /* JWT provider sys_id -> the JWT it signs */
    SpSim.jwts = {};
    /* Application Registry name -> the access token ServiceNow holds for it */
    SpSim.oauthTokens = {};
    SpSim.nextId = 0;
    var start = 1765000000000;
    SpSim.now = function () {
      return start;
    };
  },

  /* A 32-hex sys_id, deterministic per run so failures repeat. */
  newSysId: function () {
    SpSim.nextId++;
    var hex = SpSim.nextId.toString(16);
    return '5150' + new Array(29 - hex.length).join('0') + hex;
  },

  rowsOf: function (table) {
    if (!SpSim.tables[table]) {
      SpSim.tables[table] = [];
    }
    return SpSim.tables[table];
  },

  hasRole: function (role) {
    var roles = SpSim.session.roles;
    return roles.indexOf('admin') >= 0 || roles.indexOf(role) >= 0;
  }
};
/* function ({method, url, headers, body, timeoutMs}) -> {status, headers, body}: the wire (java-http.js); kept across resets */
SpSim.transport = undefined;
SpSim.reset();
