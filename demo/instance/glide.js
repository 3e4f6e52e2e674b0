// A GlideRecordSecure stand-in over in-memory tables, for running widget server scripts outside
// ServiceNow (the demo's simulated instance and the widget specs). It understands the encoded
// queries the scripts use: `field=value`, `fieldINa,b`, joined with `^`.
function parseEncoded(encoded) {
  return encoded.split('^').filter(Boolean).map(function (term) {
    const list = /^(\w+)IN(.*)$/.exec(term);
    if (list) {
      const values = list[2].split(',');
      return function (row) { return values.indexOf(row[list[1]]) >= 0; };
    }
    const eq = /^(\w+)=(.*)$/.exec(term);
    if (eq) {
      return function (row) { return row[eq[1]] === eq[2]; };
    }
    // An unknown operator matches nothing, as a bad query on an instance returns nothing useful.
    return function () { return false; };
  });
}

/** Returns the GlideRecordSecure constructor over `tables`; each query is appended to `log`. */
function glideRecordSecure(tables, log) {
  return function GlideRecordSecure(table) {
    const query = { table: table, encoded: [], conditions: [], limit: undefined, orderBy: undefined };
    if (log) {
      log.push(query);
    }
    let tests = [];
    let rows = [];
    let index = -1;
    this.addActiveQuery = function () {
      query.conditions.push(['active', 'true']);
      tests.push(function (row) { return row.active === 'true'; });
    };
    this.addEncodedQuery = function (encoded) {
      query.encoded.push(encoded);
      tests = tests.concat(parseEncoded(encoded));
    };
    this.addQuery = function (field, value) {
      query.conditions.push([field, value]);
      tests.push(function (row) { return row[field] === value; });
    };
    this.orderBy = function (field) {
      query.orderBy = field;
    };
    this.setLimit = function (n) {
      query.limit = n;
    };
    this.query = function () {
      rows = (tables[table] || []).filter(function (row) {
        return tests.every(function (test) { return test(row); });
      });
      if (query.orderBy) {
        const field = query.orderBy;
        rows.sort(function (a, b) { return String(a[field]).localeCompare(String(b[field])); });
      }
      rows = rows.slice(0, query.limit);
    };
    this.next = function () {
      index++;
      return index < rows.length;
    };
    this.getUniqueValue = function () { return rows[index].sys_id; };
    this.getValue = function (field) { return rows[index][field]; };
    this.getDisplayValue = function (field) { return rows[index][field]; };
  };
}

/**
 * Runs a widget server script the way the instance does: globals options, input, data, gs.
 * `session.admin`: whether the signed-in user has the admin role.
 */
function runServerScript(source, options, tables, log, session) {
  const data = {};
  const admin = !!(session && session.admin);
  const gs = {
    getMessage: function (text) { return text; },
    hasRole: function (role) { return admin && (role === 'admin' || role === undefined); }
  };
  new Function('options', 'input', 'data', 'gs', 'GlideRecordSecure', source)(options, undefined, data, gs, glideRecordSecure(tables, log));
  return data;
}

module.exports = { glideRecordSecure, runServerScript };
