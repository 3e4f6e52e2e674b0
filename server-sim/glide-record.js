/*
 * GlideRecord and GlideRecordSecure over SpSim's in-memory tables: the calls the shipped
 * scripts use, with an instance's habits (values read back as strings, sys_id on insert,
 * unreadable terms of an encoded query dropped unless glide.invalid_query.returns_no_rows).
 * GlideRecordSecure hides rows the table's read rule (SpSim.readRules) refuses, as ACLs do.
 * ES5 and free of Node and Java: it runs under Rhino (tests) and in Node (the demo).
 */
var GlideRecord = (function () {
  function copy(row) {
    var out = {};
    for (var key in row) {
      if (Object.prototype.hasOwnProperty.call(row, key)) {
        out[key] = row[key];
      }
    }
    return out;
  }

  function Record(table, secure) {
    this.table = table;
    this.secure = !!secure;
    this.tests = [];
    this.noRows = false;
    this.limit = undefined;
    this.order = undefined;
    this.rows = [];
    this.index = -1;
    /* the current row: a copy, written back by update() */
    this.current = undefined;
    this.log = { table: table, encoded: [], conditions: [], limit: undefined, orderBy: undefined };
    SpSim.queries.push(this.log);
  }

  Record.prototype.fields = function () {
    var rows = SpSim.rowsOf(this.table);
    return rows.length ? Object.keys(rows[0]).concat(['sys_id']) : ['sys_id'];
  };

  Record.prototype.visible = function (row) {
    var rule = SpSim.readRules[this.table];
    return !this.secure || !rule || rule(row);
  };

  Record.prototype.addQuery = function (field, operatorOrValue, value) {
    var operator = arguments.length > 2 ? String(operatorOrValue) : '=';
    var wanted = arguments.length > 2 ? value : operatorOrValue;
    this.log.conditions.push(arguments.length > 2 ? [field, operator, wanted] : [field, wanted]);
    var test = SpSimQuery.condition(
      field,
      operator,
      operator === 'IN' && wanted instanceof Array ? wanted.join(',') : wanted
    );
    if (!test) {
      throw new Error('GlideRecord simulation: unknown operator ' + operator);
    }
    this.tests.push(test);
  };

  /* An empty field is NULL in the database, as an instance stores it. */
  Record.prototype.addNotNullQuery = function (field) {
    this.log.conditions.push([field, 'ISNOTEMPTY']);
    this.tests.push(function (row) {
      return row[field] !== undefined && row[field] !== null && row[field] !== '';
    });
  };

  Record.prototype.addNullQuery = function (field) {
    this.log.conditions.push([field, 'ISEMPTY']);
    this.tests.push(function (row) {
      return row[field] === undefined || row[field] === null || row[field] === '';
    });
  };

  Record.prototype.addActiveQuery = function () {
    this.addQuery('active', 'true');
  };

  Record.prototype.addEncodedQuery = function (encoded) {
    this.log.encoded.push(encoded);
    var parsed = SpSimQuery.parse(encoded, this.fields());
    if (parsed.invalid > 0 && String(SpSim.properties['glide.invalid_query.returns_no_rows']) === 'true') {
      this.noRows = true;
    }
    this.tests.push(parsed.test);
  };

  Record.prototype.isEncodedQueryValid = function (encoded) {
    return SpSimQuery.parse(encoded, this.fields()).invalid === 0;
  };
  Record.prototype.isValidEncodedQuery = Record.prototype.isEncodedQueryValid;

  Record.prototype.setLimit = function (n) {
    this.limit = n;
    this.log.limit = n;
  };

  Record.prototype.orderBy = function (field) {
    this.order = { field: field, sign: 1 };
    this.log.orderBy = field;
  };

  Record.prototype.orderByDesc = function (field) {
    this.order = { field: field, sign: -1 };
    this.log.orderBy = field + ' desc';
  };

  Record.prototype.matching = function () {
    var self = this;
    if (this.noRows) {
      return [];
    }
    var rows = SpSim.rowsOf(this.table).filter(function (row) {
      return (
        self.visible(row) &&
        self.tests.every(function (test) {
          return test(row);
        })
      );
    });
    if (this.order) {
      var order = this.order;
      rows.sort(function (a, b) {
        return order.sign * SpSimQuery.compare(a[order.field], b[order.field]);
      });
    }
    return this.limit === undefined ? rows : rows.slice(0, this.limit);
  };

  Record.prototype.query = function () {
    this.rows = this.matching();
    this.index = -1;
    this.current = undefined;
  };

  Record.prototype.next = function () {
    this.index++;
    this.current = this.index < this.rows.length ? copy(this.rows[this.index]) : undefined;
    return this.current !== undefined;
  };

  Record.prototype.hasNext = function () {
    return this.index + 1 < this.rows.length;
  };

  Record.prototype.getRowCount = function () {
    return this.rows.length;
  };

  /* get(sysId) or get(field, value): the first readable match becomes the current row. */
  Record.prototype.get = function (fieldOrId, value) {
    this.tests = [];
    this.noRows = false;
    if (arguments.length > 1) {
      this.addQuery(fieldOrId, value);
    } else {
      this.addQuery('sys_id', fieldOrId);
    }
    this.query();
    return this.next();
  };

  Record.prototype.initialize = function () {
    this.current = {};
  };
  Record.prototype.newRecord = Record.prototype.initialize;

  Record.prototype.isValidRecord = function () {
    return this.current !== undefined;
  };

  Record.prototype.getValue = function (field) {
    var cell = this.current ? this.current[field] : undefined;
    return cell === undefined || cell === null ? null : String(cell);
  };
  Record.prototype.getDisplayValue = function (field) {
    return this.getValue(field);
  };
  Record.prototype.getUniqueValue = function () {
    return this.getValue('sys_id');
  };

  Record.prototype.setValue = function (field, value) {
    if (!this.current) {
      this.current = {};
    }
    this.current[field] = value === undefined || value === null ? '' : String(value);
  };

  Record.prototype.insert = function () {
    var row = copy(this.current);
    row.sys_id = row.sys_id || SpSim.newSysId();
    SpSim.rowsOf(this.table).push(row);
    this.current = copy(row);
    return row.sys_id;
  };

  Record.prototype.update = function () {
    var id = this.current.sys_id;
    var rows = SpSim.rowsOf(this.table);
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].sys_id === id) {
        rows[i] = copy(this.current);
        return id;
      }
    }
    return this.insert();
  };

  /* Writes the values set with setValue to every matching row in one step, as one SQL UPDATE does. */
  Record.prototype.updateMultiple = function () {
    var changes = this.current || {};
    this.matching().forEach(function (row) {
      for (var key in changes) {
        if (Object.prototype.hasOwnProperty.call(changes, key) && key !== 'sys_id') {
          row[key] = changes[key];
        }
      }
    });
  };

  Record.prototype.deleteRecord = function () {
    var id = this.current && this.current.sys_id;
    SpSim.tables[this.table] = SpSim.rowsOf(this.table).filter(function (row) {
      return row.sys_id !== id;
    });
    return true;
  };

  Record.prototype.deleteMultiple = function () {
    var gone = this.matching();
    SpSim.tables[this.table] = SpSim.rowsOf(this.table).filter(function (row) {
      return gone.indexOf(row) < 0;
    });
  };

  Record.prototype.canRead = function () {
    return this.current !== undefined && this.visible(this.current);
  };

  function GlideRecord(table) {
    Record.call(this, table, false);
  }
  GlideRecord.prototype = Record.prototype;
  GlideRecord.Secure = function GlideRecordSecure(table) {
    Record.call(this, table, true);
  };
  GlideRecord.Secure.prototype = Record.prototype;
  return GlideRecord;
})();
var GlideRecordSecure = GlideRecord.Secure;
