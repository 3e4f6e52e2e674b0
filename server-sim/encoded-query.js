/*
 * The Glide simulation's reader of encoded queries, as an instance reads them: terms
 * `field=value`, `field!=value`, `field<value`, `field>value`, `fieldINa,b`, `fieldSTARTSWITHx`,
 * joined with `^` (and), `^OR` (or with the previous term) and `^NQ` (a new query, or-ed).
 * Like an instance, a term it cannot read (unknown field or operator) is counted as invalid so
 * the caller can drop it or, with glide.invalid_query.returns_no_rows, return nothing.
 * ES5 and free of Node and Java: it runs under Rhino (tests) and in Node (the demo).
 */
var SpSimQuery = (function () {
  /* Numbers compare as numbers, everything else as text, as the database does per column type. */
  function compare(cell, value) {
    var a = Number(cell);
    var b = Number(value);
    if (String(cell) !== '' && String(value) !== '' && !isNaN(a) && !isNaN(b)) {
      return a < b ? -1 : a > b ? 1 : 0;
    }
    return String(cell) < String(value) ? -1 : String(cell) > String(value) ? 1 : 0;
  }

  var OPERATORS = {
    STARTSWITH: function (cell, value) {
      return String(cell).indexOf(value) === 0;
    },
    '!=': function (cell, value) {
      return String(cell) !== String(value);
    },
    IN: function (cell, value) {
      return String(value).split(',').indexOf(String(cell)) >= 0;
    },
    '<=': function (cell, value) {
      return compare(cell, value) <= 0;
    },
    '>=': function (cell, value) {
      return compare(cell, value) >= 0;
    },
    '<': function (cell, value) {
      return compare(cell, value) < 0;
    },
    '>': function (cell, value) {
      return compare(cell, value) > 0;
    },
    '=': function (cell, value) {
      return String(cell) === String(value);
    }
  };
  /* Longest first, so `!=` is not read as `=` and `<=` not as `<`. */
  var ORDER = ['STARTSWITH', '!=', 'IN', '<=', '>=', '<', '>', '='];

  function cellOf(row, field) {
    var cell = row[field];
    return cell === undefined || cell === null ? '' : cell;
  }

  /* A test on one field, or undefined when the operator is unknown. */
  function condition(field, operator, value) {
    var test = OPERATORS[operator];
    if (!test) {
      return undefined;
    }
    return function (row) {
      return test(cellOf(row, field), value);
    };
  }

  /* One term as a row test, or undefined when it cannot be read. */
  function parseTerm(term, fields) {
    for (var i = 0; i < ORDER.length; i++) {
      var at = term.indexOf(ORDER[i]);
      if (at > 0) {
        var field = term.slice(0, at);
        if (/^\w+$/.test(field) && fields.indexOf(field) >= 0) {
          return condition(field, ORDER[i], term.slice(at + ORDER[i].length));
        }
        return undefined;
      }
    }
    return undefined;
  }

  /* The query as {test(row), invalid}: or-ed groups of and-ed clauses of or-ed terms. */
  function parse(encoded, fields) {
    var invalid = 0;
    var groups = String(encoded)
      .split('^NQ')
      .map(function (group) {
        var clauses = [];
        group
          .split('^')
          .filter(Boolean)
          .forEach(function (part) {
            var isOr = part.indexOf('OR') === 0 && clauses.length > 0;
            var term = parseTerm(isOr ? part.slice(2) : part, fields);
            if (!term) {
              invalid++;
            } else if (isOr) {
              clauses[clauses.length - 1].push(term);
            } else {
              clauses.push([term]);
            }
          });
        return clauses;
      });
    return {
      invalid: invalid,
      test: function (row) {
        return groups.some(function (clauses) {
          return clauses.every(function (terms) {
            return terms.some(function (t) {
              return t(row);
            });
          });
        });
      }
    };
  }

  return { parse: parse, condition: condition, compare: compare };
})();
