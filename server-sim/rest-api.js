/*
 * A Scripted REST operation run as the instance runs it: the platform answers 401 before the
 * script when nobody is signed in (requires authentication) and 403 when the rest_endpoint ACL
 * refuses (SpSim.restAcl); then the route script runs with globals `request` and `response`.
 * setBody(x) answers {"result": x}; setError(ServiceError) answers {"error": {message,
 * detail}, "status": "failure"}; an exception answers 500. Rhino only (the script is load()ed).
 */
var sn_ws_err = (function () {
  function ServiceError() {
    this.status = 500;
    this.message = '';
    this.detail = '';
  }
  ServiceError.prototype.setStatus = function (code) {
    this.status = code;
    return this;
  };
  ServiceError.prototype.setMessage = function (message) {
    this.message = message;
    return this;
  };
  ServiceError.prototype.setDetail = function (detail) {
    this.detail = detail;
    return this;
  };
  return { ServiceError: ServiceError };
})();

var request;
var response;

function failureBody(message, detail) {
  return { error: { message: message, detail: detail }, status: 'failure' };
}

/* Runs the route script in `file` on {body: text, headers}: {status, body: parsed JSON}. */
SpSim.runOperation = function (file, call) {
  if (!SpSim.session.userId) {
    return { status: 401, body: failureBody('User Not Authenticated', 'Required to provide Auth information') };
  }
  if (SpSim.restAcl && !SpSim.restAcl()) {
    return { status: 403, body: failureBody('User Not Authorized', 'ACL rest_endpoint refused the request') };
  }
  var text = call.body === undefined ? '' : String(call.body);
  var answer = { status: 200, body: undefined, headers: {} };
  request = {
    body: {
      dataString: text,
      get data() {
        return text === '' ? undefined : JSON.parse(text);
      }
    },
    getHeader: function (name) {
      return (call.headers || {})[String(name).toLowerCase()] || null;
    },
    queryParams: {},
    pathParams: {}
  };
  response = {
    setStatus: function (code) {
      answer.status = code;
    },
    setBody: function (body) {
      answer.body = JSON.parse(JSON.stringify({ result: body }));
    },
    setHeader: function (name, value) {
      answer.headers[String(name).toLowerCase()] = String(value);
    },
    setContentType: function (type) {
      answer.headers['content-type'] = type;
    },
    setError: function (error) {
      answer.status = error.status;
      answer.body = failureBody(error.message, error.detail);
    }
  };
  try {
    load(file);
  } catch (e) {
    return { status: 500, body: failureBody('Script Evaluation Exception', String(e)) };
  }
  return answer;
};
