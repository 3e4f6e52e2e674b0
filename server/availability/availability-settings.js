/*
 * The admin's system properties for availability, read and checked in one place:
 *   sp_presence.availability.enabled           'true' | 'false' (the on/off switch)
 *   sp_presence.availability.vendor            'teams' | 'ringcentral' | 'symphony' | '' (none)
 *   sp_presence.availability.interval_seconds  at least 30, default 60
 * A value out of range is not an error: it is replaced and the replacement is reported, so
 * the Diagnostics panel can say what the admin's value became.
 */
var SpPresenceAvailabilitySettings = (function () {
  var VENDORS = ['teams', 'ringcentral', 'symphony'];
  var MIN_INTERVAL_S = 30;
  var DEFAULT_INTERVAL_S = 60;
  /* Longer would show a day-old "in a meeting": a cap, as the browser has (3 600 s). */
  var MAX_INTERVAL_S = 3600;

  function read() {
    var notes = [];
    var enabled = String(gs.getProperty('sp_presence.availability.enabled', 'true')) !== 'false';
    var vendor = String(gs.getProperty('sp_presence.availability.vendor', '') || '').toLowerCase();
    if (vendor !== '' && VENDORS.indexOf(vendor) < 0) {
      notes.push(
        'sp_presence.availability.vendor "' + vendor + '" is not one of ' + VENDORS.join(', ') + ': no vendor'
      );
      vendor = '';
    }
    var given = String(gs.getProperty('sp_presence.availability.interval_seconds', String(DEFAULT_INTERVAL_S)));
    var seconds = parseInt(given, 10);
    if (isNaN(seconds)) {
      notes.push(
        'sp_presence.availability.interval_seconds "' + given + '" is not a number: ' + DEFAULT_INTERVAL_S + ' s used'
      );
      seconds = DEFAULT_INTERVAL_S;
    } else if (seconds < MIN_INTERVAL_S || seconds > MAX_INTERVAL_S) {
      var clamped = Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, seconds));
      notes.push(
        'sp_presence.availability.interval_seconds ' +
          seconds +
          ' is outside ' +
          MIN_INTERVAL_S +
          '..' +
          MAX_INTERVAL_S +
          ': ' +
          clamped +
          ' s used'
      );
      seconds = clamped;
    }
    return { enabled: enabled, vendor: enabled ? vendor : '', intervalMs: seconds * 1000, notes: notes };
  }

  return { read: read, VENDORS: VENDORS };
})();
