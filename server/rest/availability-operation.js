/*
 * POST /api/global/sp_presence/availability  {"users": ["<sys_id>", …]}
 * The route script of sp-presence's Scripted REST API: signed-in users only (the route
 * requires authentication and a rest_endpoint ACL; this script refuses a guest session too),
 * answers only for users the viewer may read (GlideRecordSecure on sys_user), at most
 * MAX_USERS a request, one call to SpPresenceAvailability. The server half's state (vendor,
 * last refresh, users mapped, last vendor failure) goes to admins only.
 */
(function process(request, response) {
  /* The most dots one page shows (the browser asks for no more); one GlideRecordSecure query reads them. */
  var MAX_USERS = 2000;
  var SYS_ID = /^[0-9a-f]{32}$/;

  function refuse(status, message, detail) {
    var error = new sn_ws_err.ServiceError();
    error.setStatus(status);
    error.setMessage(message);
    error.setDetail(detail);
    response.setError(error);
  }

  /* The body's user list, or a message saying what is wrong with it. */
  function usersOf() {
    var body;
    try {
      body = request.body.data;
    } catch (e) {
      return { error: 'the body is not JSON' };
    }
    if (typeof body !== 'object' || body === null || Object.prototype.toString.call(body.users) !== '[object Array]') {
      return { error: 'expected {"users": ["<sys_id>", …]}' };
    }
    if (body.users.length > MAX_USERS) {
      return { error: 'at most ' + MAX_USERS + ' users a request (got ' + body.users.length + ')' };
    }
    var ids = [];
    for (var i = 0; i < body.users.length; i++) {
      var id = body.users[i];
      if (typeof id !== 'string' || !SYS_ID.test(id)) {
        return { error: 'users[' + i + '] is not a sys_id (32 lower-case hex characters)' };
      }
      if (ids.indexOf(id) < 0) {
        ids.push(id);
      }
    }
    return { ids: ids };
  }

  /* Of `ids`, those the signed-in user may read, as the instance's ACLs decide. */
  function readable(ids) {
    var found = [];
    if (!ids.length) {
      return found;
    }
    var users = new GlideRecordSecure('sys_user');
    users.addQuery('sys_id', 'IN', ids.join(','));
    users.query();
    while (users.next()) {
      found.push(users.getUniqueValue());
    }
    return found;
  }

  if (!gs.getSession().isLoggedIn() || gs.getUserName() === 'guest') {
    return refuse(401, 'Sign in to see availability', 'sp-presence availability answers signed-in users only');
  }
  var asked = usersOf();
  if (asked.error) {
    return refuse(400, 'Bad availability request', asked.error);
  }
  var answer = SpPresenceAvailability.answer(readable(asked.ids), new GlideDateTime().getNumericValue());
  if (!gs.hasRole('admin')) {
    delete answer.server;
  }
  response.setStatus(200);
  response.setBody(answer);
})(request, response);
