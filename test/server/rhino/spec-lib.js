/* A small describe/it/expect for specs that run under Mozilla Rhino (ES5, no modules), the
 * engine of ServiceNow's server scripts. Loaded first by test/server/run.js; the runner calls
 * __runSpecs() last, which prints one line `@@SPEC-RESULT {"passed":n,"failed":m}`. */
var __specs = [];
var __prefix = [];
var __beforeEach = [[]];

function describe(name, body) {
  __prefix.push(name);
  __beforeEach.push([]);
  body();
  __beforeEach.pop();
  __prefix.pop();
}

function beforeEach(fn) {
  __beforeEach[__beforeEach.length - 1].push(fn);
}

function it(name, body) {
  var hooks = [];
  for (var i = 0; i < __beforeEach.length; i++) {
    hooks = hooks.concat(__beforeEach[i]);
  }
  __specs.push({ name: __prefix.concat([name]).join(' '), body: body, hooks: hooks });
}

function __show(value) {
  try {
    return JSON.stringify(value);
  } catch (e) {
    return String(value);
  }
}

function __equal(a, b) {
  return __show(a) === __show(b);
}

function expect(actual) {
  function check(ok, words, expected) {
    if (!ok) {
      throw new Error(
        'expected ' + __show(actual) + ' ' + words + (arguments.length > 2 ? ' ' + __show(expected) : '')
      );
    }
  }
  function matchers(negate) {
    function verdict(ok) {
      return negate ? !ok : ok;
    }
    var not = negate ? 'not ' : '';
    return {
      toBe: function (expected) {
        check(verdict(actual === expected), not + 'to be', expected);
      },
      toEqual: function (expected) {
        check(verdict(__equal(actual, expected)), not + 'to equal', expected);
      },
      toBeTruthy: function () {
        check(verdict(!!actual), not + 'to be truthy');
      },
      toBeFalsy: function () {
        check(verdict(!actual), not + 'to be falsy');
      },
      toBeUndefined: function () {
        check(verdict(actual === undefined), not + 'to be undefined');
      },
      toBeNull: function () {
        check(verdict(actual === null), not + 'to be null');
      },
      toBeGreaterThan: function (expected) {
        check(verdict(actual > expected), not + 'to be greater than', expected);
      },
      toBeLessThan: function (expected) {
        check(verdict(actual < expected), not + 'to be less than', expected);
      },
      toContain: function (expected) {
        var found = typeof actual === 'string' ? actual.indexOf(expected) >= 0 : false;
        if (actual && typeof actual.length === 'number' && typeof actual !== 'string') {
          for (var i = 0; i < actual.length; i++) {
            found = found || __equal(actual[i], expected);
          }
        }
        check(verdict(found), not + 'to contain', expected);
      },
      toMatch: function (pattern) {
        check(verdict(new RegExp(pattern).test(String(actual))), not + 'to match', String(pattern));
      },
      toThrow: function (pattern) {
        var thrown;
        try {
          actual();
        } catch (e) {
          thrown = e;
        }
        var ok =
          thrown !== undefined &&
          (pattern === undefined || new RegExp(pattern).test(String((thrown && thrown.message) || thrown)));
        if (negate ? ok : !ok) {
          throw new Error(
            'expected the function ' +
              not +
              'to throw' +
              (pattern ? ' ' + pattern : '') +
              (thrown ? ', it threw ' + String(thrown.message || thrown) : '')
          );
        }
      }
    };
  }
  var m = matchers(false);
  m.not = matchers(true);
  return m;
}

function __runSpecs() {
  var passed = 0;
  var failed = 0;
  for (var i = 0; i < __specs.length; i++) {
    var spec = __specs[i];
    try {
      for (var h = 0; h < spec.hooks.length; h++) {
        spec.hooks[h]();
      }
      spec.body();
      passed++;
      print('  \u2714 ' + spec.name);
    } catch (e) {
      failed++;
      print(
        '  \u2716 ' + spec.name + '\n      ' + String((e && e.message) || e) + (e && e.stack ? '\n' + e.stack : '')
      );
    }
  }
  print('@@SPEC-RESULT ' + JSON.stringify({ passed: passed, failed: failed }));
}
