// A GlideRecordSecure stand-in over in-memory tables, for running widget server scripts outside
// ServiceNow (the demo's simulated instance and the widget specs). It reads encoded queries as
// an instance does: terms `field=value`, `field!=value`, `fieldINa,b`, `fieldSTARTSWITHx`,
// joined with `^` (and), `^OR` (or with the previous term) and `^NQ` (a new query, or-ed). Like
// an instance, it drops terms it cannot read (an unknown field or operator) unless the property
// glide.invalid_query.returns_no_rows is true, when such a query returns nothing.
const OPERATORS = [
  { name: 'STARTSWITH', test: function (cell, value) { return String(cell).indexOf(value) === 0; } },
  { name: '!=', test: function (cell, value) { return cell !== value; } },
  { name: 'IN', test: function (cell, value) { return value.split(',').indexOf(cell) >= 0; } },
  { name: '=', test: function (cell, value) { return cell === value; } }
];

/** One term as {field, test}, or undefined when it cannot be read. */
function parseTerm(term, fields) {
  for (let i = 0; i < OPERATORS.length; i++) {
    const op = OPERATORS[i];
    const at = term.indexOf(op.name);
    if (at > 0) {
      const field = term.slice(0, at);
      const value = term.slice(at + op.name.length);
      if (/^\w+$/.test(field) && fields.indexOf(field) >= 0) {
        return { field: field, test: function (row) { return op.test(row[field], value); } };
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * The query as a list of or-ed groups, each a list of and-ed clauses, each a list of or-ed
 * terms; `invalid` counts the terms that could not be read.
 */
function parseEncoded(encoded, fields) {
  let invalid = 0;
  const groups = encoded.split('^NQ').map(function (group) {
    const clauses = [];
    group.split('^').filter(Boolean).forEach(function (part) {
      const isOr = part.indexOf('OR') === 0 && clauses.length > 0;
      const term = parseTerm(isOr ? part.slice(2) : part, fields);
      if (!term) {
        invalid++;
        return;
      }
      if (isOr) {
        clauses[clauses.length - 1].push(term);
      } else {
        clauses.push([term]);
      }
    });
    return clauses;
  });
  return { groups: groups, invalid: invalid };
}

function matches(parsed, row) {
  return parsed.groups.some(function (clauses) {
    return clauses.every(function (terms) { return terms.some(function (t) { return t.test(row); }); });
  });
}

/** Returns the GlideRecordSecure constructor over `tables`; each query is appended to `log`. */
function glideRecordSecure(tables, log, properties) {
  const props = properties || {};
  return function GlideRecordSecure(table) {
    const query = { table: table, encoded: [], conditions: [], limit: undefined, orderBy: undefined };
    if (log) {
      log.push(query);
    }
    const rowsOf = tables[table] || [];
    const fields = rowsOf.length ? Object.keys(rowsOf[0]).concat(['sys_id']) : ['sys_id'];
    const tests = [];
    let noRows = false;
    let rows = [];
    let index = -1;
    this.isEncodedQueryValid = function (encoded) {
      return parseEncoded(String(encoded), fields).invalid === 0;
    };
    this.isValidEncodedQuery = this.isEncodedQueryValid;
    this.addActiveQuery = function () {
      query.conditions.push(['active', 'true']);
      tests.push(function (row) { return row.active === 'true'; });
    };
    this.addEncodedQuery = function (encoded) {
      query.encoded.push(encoded);
      const parsed = parseEncoded(String(encoded), fields);
      if (parsed.invalid > 0 && String(props['glide.invalid_query.returns_no_rows']) === 'true') {
        noRows = true;
      }
      tests.push(function (row) { return matches(parsed, row); });
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
      rows = noRows ? [] : rowsOf.filter(function (row) {
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
 * `session.admin`: whether the signed-in user has the admin role; `session.properties`: system
 * properties.
 */
function runServerScript(source, options, tables, log, session) {
  const data = {};
  const admin = !!(session && session.admin);
  const gs = {
    getMessage: function (text, args) {
      const values = [].concat(args === undefined ? [] : args);
      return text.replace(/\{(\d+)\}/g, function (m, i) { return values[i] === undefined ? m : String(values[i]); });
    },
    hasRole: function (role) { return admin && (role === 'admin' || role === undefined); }
  };
  const GlideRecordSecure = glideRecordSecure(tables, log, session && session.properties);
  new Function('options', 'input', 'data', 'gs', 'GlideRecordSecure', source)(options, undefined, data, gs, GlideRecordSecure);
  return data;
}

module.exports = { glideRecordSecure, runServerScript };
