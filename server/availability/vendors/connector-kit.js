/* What every vendor connector does the same way: one call through the `http` function it is
 * given (which adds credentials and never throws), the failure that stops the work, batches,
 * and the users behind an email or a vendor id. A failure is {status, retryAfterSeconds?,
 * message}: status 0 when the vendor did not answer, 200 when it answered something unreadable. */
var SpPresenceConnectorKit = (function () {
  var MESSAGE_LIMIT = 300;

  /** A header by name, whatever its case (Graph's $batch items keep the vendor's case). */
  function header(headers, name) {
    for (var key in headers || {}) {
      if (Object.prototype.hasOwnProperty.call(headers, key) && String(key).toLowerCase() === name) {
        return String(headers[key]);
      }
    }
    return undefined;
  }

  /** Retry-After in seconds: a number of seconds or an HTTP date. */
  function retryAfterSeconds(headers) {
    var value = header(headers, 'retry-after');
    if (value === undefined || value === '') {
      return undefined;
    }
    var seconds = Number(value);
    var at = isNaN(seconds) ? Date.parse(value) : NaN;
    if (isNaN(seconds) && isNaN(at)) {
      return undefined;
    }
    return Math.max(0, Math.ceil(isNaN(seconds) ? (at - new Date().getTime()) / 1000 : seconds));
  }

  /** The vendor's own words for what went wrong, where its error body has them
   * (Graph {error: {message}}, RingCentral and Symphony {message}, OAuth {error_description}). */
  function vendorMessage(body) {
    var json = body;
    if (typeof body !== 'object' || body === null) {
      try {
        json = JSON.parse(String(body));
      } catch (e) {
        return '';
      }
    }
    if (typeof json !== 'object' || json === null) {
      return '';
    }
    var text = (json.error && json.error.message) || json.message || json.error_description || json.error;
    return typeof text === 'string' ? text : '';
  }

  function failure(what, status, headers, body) {
    var detail = vendorMessage(body);
    var result = {
      status: status,
      message: (what + ' answered HTTP ' + status + (detail ? ': ' + detail : '')).slice(0, MESSAGE_LIMIT)
    };
    var retryAfter = retryAfterSeconds(headers);
    if (retryAfter !== undefined) {
      result.retryAfterSeconds = retryAfter;
    }
    return result;
  }

  function malformed(what, detail) {
    return { status: 200, message: (what + ' answered something unreadable: ' + detail).slice(0, MESSAGE_LIMIT) };
  }

  /** One call: {json} for a 2xx answer (null when empty), else {failure}. `what` names the call
   * in messages, e.g. "Microsoft Teams presence". */
  function call(http, request, what) {
    var response = http(request) || { status: 0 };
    var status = Number(response.status) || 0;
    if (status === 0) {
      return { failure: { status: 0, message: what + ': no answer (timeout or connection failure)' } };
    }
    if (status < 200 || status > 299) {
      return { failure: failure(what, status, response.headers, response.body) };
    }
    var body = response.body === undefined || response.body === null ? '' : String(response.body);
    if (body.replace(/\s+/g, '') === '') {
      return { json: null };
    }
    try {
      return { json: JSON.parse(body) };
    } catch (e) {
      return { failure: malformed(what, 'not JSON') };
    }
  }

  /** One call whose answer holds a list, in `field` or as the whole body: {list, json} or {failure}. */
  function list(http, request, what, field) {
    var result = call(http, request, what);
    if (result.failure) {
      return result;
    }
    var found = field ? result.json && result.json[field] : result.json;
    return isArray(found)
      ? { list: found, json: result.json }
      : { failure: malformed(what, field ? 'no ' + field + ' list' : 'no list') };
  }

  function chunks(list, size) {
    var result = [];
    for (var i = 0; i < list.length; i += size) {
      result.push(list.slice(i, i + size));
    }
    return result;
  }

  /** {key: [sysId, ...]}: several users may share an email or a vendor id. */
  function group(pairs) {
    var result = {};
    for (var i = 0; i < pairs.length; i++) {
      var key = pairs[i][0];
      if (!Object.prototype.hasOwnProperty.call(result, key)) {
        result[key] = [];
      }
      result[key].push(pairs[i][1]);
    }
    return result;
  }

  /** Users by lower-cased email; users without one cannot be looked up and are left out. */
  function usersByEmail(users) {
    var pairs = [];
    for (var i = 0; i < users.length; i++) {
      var email = users[i].email
        ? String(users[i].email)
            .replace(/^\s+|\s+$/g, '')
            .toLowerCase()
        : '';
      if (email) {
        pairs.push([email, users[i].sysId]);
      }
    }
    return group(pairs);
  }

  /** Users by vendor id, from a {sysId: vendorId} mapping. */
  function usersByVendorId(mapping) {
    var pairs = [];
    for (var sysId in mapping) {
      if (Object.prototype.hasOwnProperty.call(mapping, sysId)) {
        pairs.push([String(mapping[sysId]), sysId]);
      }
    }
    return group(pairs);
  }

  /** Gives `value` to every user in `owners[key]`, if any. */
  function give(target, owners, key, value) {
    var sysIds = Object.prototype.hasOwnProperty.call(owners, key) ? owners[key] : [];
    for (var i = 0; i < sysIds.length; i++) {
      target[sysIds[i]] = value;
    }
  }

  function isArray(value) {
    return Object.prototype.toString.call(value) === '[object Array]';
  }

  return {
    call: call,
    list: list,
    failure: failure,
    malformed: malformed,
    chunks: chunks,
    usersByEmail: usersByEmail,
    usersByVendorId: usersByVendorId,
    give: give,
    isArray: isArray
  };
})();
