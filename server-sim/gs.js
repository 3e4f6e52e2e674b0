/*
 * gs (GlideSystem) and GlideDateTime as far as the shipped scripts use them, over SpSim's
 * session, properties and clock.
 * ES5 and free of Node and Java: it runs under Rhino (tests) and in Node (the demo).
 */
var gs = {
  getUserID: function () {
    return SpSim.session.userId;
  },
  getUserName: function () {
    return SpSim.session.userName;
  },
  getSession: function () {
    return {
      isLoggedIn: function () {
        return SpSim.session.userId !== '';
      }
    };
  },
  hasRole: function (role) {
    return SpSim.session.userId !== '' && SpSim.hasRole(role === undefined ? 'admin' : role);
  },
  getProperty: function (name, fallback) {
    var value = SpSim.properties[name];
    return value === undefined ? fallback : String(value);
  },
  getMessage: function (text, args) {
    var values = [].concat(args === undefined ? [] : args);
    return String(text).replace(/\{(\d+)\}/g, function (m, i) {
      return values[i] === undefined ? m : String(values[i]);
    });
  },
  generateGUID: function () {
    return SpSim.newSysId();
  },
  info: function (message) {
    SpSim.logs.push({ level: 'info', message: gs.getMessage(message, [].slice.call(arguments, 1)) });
  },
  warn: function (message) {
    SpSim.logs.push({ level: 'warn', message: gs.getMessage(message, [].slice.call(arguments, 1)) });
  },
  error: function (message) {
    SpSim.logs.push({ level: 'error', message: gs.getMessage(message, [].slice.call(arguments, 1)) });
  },
  nowDateTime: function () {
    return new GlideDateTime().getValue();
  }
};

/* Instance time in UTC; getNumericValue() is what the shipped scripts compute with. */
function GlideDateTime(value) {
  this.ms = value === undefined ? SpSim.now() : Date.parse(String(value).replace(' ', 'T') + 'Z');
}
GlideDateTime.prototype.getNumericValue = function () {
  return this.ms;
};
GlideDateTime.prototype.setNumericValue = function (ms) {
  this.ms = ms;
};
GlideDateTime.prototype.getValue = function () {
  return new Date(this.ms).toISOString().slice(0, 19).replace('T', ' ');
};
