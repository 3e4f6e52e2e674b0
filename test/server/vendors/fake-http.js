/* Test helpers for the connector specs: a scripted `http` function that keeps every request,
 * vendor answers, users, and the failures every connector must stop on. */

/** `answer(request, n)` decides the n-th answer (n from 1); `http.requests` keeps the requests. */
function fakeHttp(answer) {
  var http = function (request) {
    http.requests.push(request);
    return answer(request, http.requests.length);
  };
  http.requests = [];
  return http;
}

function jsonAnswer(status, value, headers) {
  return { status: status, headers: headers || {}, body: JSON.stringify(value) };
}

/** The decoded query of a request path, e.g. {page: '2'}. */
function queryOf(path) {
  var query = {};
  var text = path.indexOf('?') < 0 ? '' : path.slice(path.indexOf('?') + 1);
  text.split('&').forEach(function (pair) {
    if (pair) {
      var eq = pair.indexOf('=');
      query[decodeURIComponent(pair.slice(0, eq))] = decodeURIComponent(pair.slice(eq + 1));
    }
  });
  return query;
}

function pathOf(path) {
  return path.split('?')[0];
}

/** n users: sysId 'u<i>', email 'user<i>@example.com'. */
function someUsers(n) {
  var users = [];
  for (var i = 0; i < n; i++) {
    users.push({ sysId: 'u' + i, email: 'user' + i + '@example.com' });
  }
  return users;
}

/** The answers that must stop a connector, and what it must report for each. */
var STOPPING_ANSWERS = [
  {
    name: '401',
    answer: jsonAnswer(401, { message: 'Token expired' }),
    expect: { status: 401, message: 'Token expired' }
  },
  {
    name: '429 with Retry-After',
    answer: jsonAnswer(429, { message: 'Too many' }, { 'retry-after': '30' }),
    expect: { status: 429, retryAfterSeconds: 30 }
  },
  { name: '503', answer: { status: 503, headers: {}, body: '<html>down</html>' }, expect: { status: 503 } },
  {
    name: 'no answer (status 0)',
    answer: { status: 0, headers: {}, body: '' },
    expect: { status: 0, message: 'no answer' }
  },
  {
    name: 'a 200 that is not JSON',
    answer: { status: 200, headers: {}, body: '<html>login</html>' },
    expect: { status: 200, message: 'unreadable' }
  }
];

/**
 * Specs for every stopping answer: `run(http)` calls the connector, whose n-th call fails after
 * `good(request)` answered the earlier ones; the result holds the failure and an empty `key`
 * (no partial result), and no call follows the failing one.
 */
function itStopsOnFailures(run, key, good, failingCall) {
  STOPPING_ANSWERS.forEach(function (stop) {
    it('stops on ' + stop.name + ' (call ' + failingCall + '), with no partial ' + key, function () {
      var http = fakeHttp(function (request, n) {
        return n === failingCall ? stop.answer : good(request);
      });
      var result = run(http);
      expect(http.requests.length).toBe(failingCall);
      expect(result[key]).toEqual({});
      expect(result.failure.status).toBe(stop.expect.status);
      expect(result.failure.retryAfterSeconds).toBe(stop.expect.retryAfterSeconds);
      if (stop.expect.message) {
        expect(result.failure.message).toContain(stop.expect.message);
      }
    });
  });
}

/** Every neutral word a connector answers with is one the browser knows. */
function expectNeutral(presence) {
  expect(SpPresenceVocabulary.AVAILABILITIES).toContain(presence.availability);
  if (presence.activity !== undefined) {
    expect(SpPresenceVocabulary.ACTIVITIES).toContain(presence.activity);
  }
}
