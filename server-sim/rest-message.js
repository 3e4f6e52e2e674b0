/*
 * sn_ws.RESTMessageV2 over a REST Message record (SpSim.restMessages) and sn_auth's OAuth client
 * over Application Registry entries (SpSim.oauthEntities): the instance's outbound HTTP, with
 * real requests through SpSim.transport. Like the instance, a message whose record names an
 * OAuth profile carries the access token ServiceNow holds for it, fetched from the token URL
 * when there is none yet; GlideOAuthClient.requestToken fetches a new one.
 * ES5; the wire (SpSim.transport) is Java's under Rhino (java-http.js).
 */
var SpSimOAuth = {
  /* Asks the entity's token URL for a new token; the token, or undefined with SpSim.oauthError set. */
  fetch: function (entityName) {
    var entity = SpSim.oauthEntities[entityName];
    if (!entity) {
      SpSim.oauthError = 'no Application Registry entry named ' + entityName;
      return undefined;
    }
    var form = [];
    for (var key in entity.form) {
      if (Object.prototype.hasOwnProperty.call(entity.form, key)) {
        form.push(encodeURIComponent(key) + '=' + encodeURIComponent(entity.form[key]));
      }
    }
    var headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (entity.basicUser) {
      headers.authorization = 'Basic ' + SpSimBase64.encode(entity.basicUser + ':' + entity.basicPassword);
    }
    var answer = SpSim.transport({
      method: 'POST',
      url: entity.tokenUrl,
      headers: headers,
      body: form.join('&'),
      timeoutMs: 10000
    });
    var token;
    try {
      token = JSON.parse(answer.body).access_token;
    } catch (e) {
      token = undefined;
    }
    if (answer.status !== 200 || !token) {
      SpSim.oauthError = 'token endpoint answered ' + answer.status;
      delete SpSim.oauthTokens[entityName];
      return undefined;
    }
    SpSim.oauthTokens[entityName] = String(token);
    return SpSim.oauthTokens[entityName];
  }
};

var SpSimBase64 = {
  encode: function (text) {
    var chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    var out = '';
    for (var i = 0; i < text.length; i += 3) {
      var n = (text.charCodeAt(i) << 16) | ((text.charCodeAt(i + 1) || 0) << 8) | (text.charCodeAt(i + 2) || 0);
      out += chars.charAt((n >> 18) & 63) + chars.charAt((n >> 12) & 63);
      out += i + 1 < text.length ? chars.charAt((n >> 6) & 63) : '=';
      out += i + 2 < text.length ? chars.charAt(n & 63) : '=';
    }
    return out;
  }
};

var sn_ws = (function () {
  function Response(answer, error) {
    this.answer = answer;
    this.error = error;
  }
  Response.prototype.getStatusCode = function () {
    return this.answer.status;
  };
  Response.prototype.getBody = function () {
    return this.answer.body;
  };
  Response.prototype.getHeader = function (name) {
    return this.answer.headers[String(name).toLowerCase()] || null;
  };
  Response.prototype.getHeaders = function () {
    return this.answer.headers;
  };
  Response.prototype.haveError = function () {
    return !!this.error || this.answer.status === 0;
  };
  Response.prototype.getErrorMessage = function () {
    return this.error || '';
  };

  function RESTMessageV2(name, functionName) {
    var record = SpSim.restMessages[name];
    if (!record) {
      throw new Error('Invalid REST Message name: ' + name);
    }
    var fn = (record.functions || {})[functionName];
    if (!fn) {
      throw new Error('Invalid REST Message function: ' + name + ' ' + functionName);
    }
    this.record = record;
    this.method = fn.method;
    this.endpoint = fn.endpoint || record.endpoint;
    this.headers = {};
    this.body = undefined;
    this.timeoutMs = 30000;
  }
  RESTMessageV2.prototype.getEndpoint = function () {
    return this.endpoint;
  };
  RESTMessageV2.prototype.setEndpoint = function (url) {
    this.endpoint = url;
  };
  RESTMessageV2.prototype.setHttpMethod = function (method) {
    this.method = String(method).toUpperCase();
  };
  RESTMessageV2.prototype.setRequestHeader = function (name, value) {
    this.headers[String(name).toLowerCase()] = String(value);
  };
  RESTMessageV2.prototype.setRequestBody = function (body) {
    this.body = body;
  };
  RESTMessageV2.prototype.setHttpTimeout = function (ms) {
    this.timeoutMs = ms;
  };
  RESTMessageV2.prototype.execute = function () {
    var headers = {};
    for (var key in this.headers) {
      if (Object.prototype.hasOwnProperty.call(this.headers, key)) {
        headers[key] = this.headers[key];
      }
    }
    var entity = this.record.oauthEntity;
    if (entity) {
      var token = SpSim.oauthTokens[entity] || SpSimOAuth.fetch(entity);
      if (!token) {
        return new Response({ status: 401, headers: {}, body: '' }, 'OAuth token unavailable: ' + SpSim.oauthError);
      }
      headers.authorization = 'Bearer ' + token;
    }
    var answer = SpSim.transport({
      method: this.method,
      url: this.endpoint,
      headers: headers,
      body: this.body,
      timeoutMs: this.timeoutMs
    });
    return new Response(answer, answer.status === 0 ? answer.error : undefined);
  };

  return { RESTMessageV2: RESTMessageV2 };
})();

var sn_auth = (function () {
  function GlideOAuthClientRequest() {}

  function GlideOAuthClient() {}
  GlideOAuthClient.prototype.requestToken = function (entityName) {
    var token = SpSimOAuth.fetch(entityName);
    return {
      getErrorMessage: function () {
        return token ? '' : SpSim.oauthError;
      },
      getToken: function () {
        return {
          getAccessToken: function () {
            return token || null;
          }
        };
      }
    };
  };

  /* JWT providers sign with a keystore's key; here the JWT for a provider sys_id is given (SpSim.jwts). */
  function GlideJWTAPI() {}
  GlideJWTAPI.prototype.generateJWT = function (providerSysId) {
    return SpSim.jwts[providerSysId] || '';
  };

  return {
    GlideOAuthClient: GlideOAuthClient,
    GlideOAuthClientRequest: GlideOAuthClientRequest,
    GlideJWTAPI: GlideJWTAPI
  };
})();
