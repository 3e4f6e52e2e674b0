/* RingCentral presence (reference 004_*): the account's presence list, every page, read with
 * the app's ReadPresence permission; extensions are people by their contact email. The JWT
 * token comes from the `http` function's OAuth profile, never from here. */
var SpPresenceRingCentral = (function () {
  var kit = SpPresenceConnectorKit;
  var words = SpPresenceVocabulary;
  var LABEL = 'RingCentral';
  // RingCentral's largest page: fewer calls in the Heavy rate-limit group (10 a minute).
  var PER_PAGE = 1000;

  var STATUS = { Available: 'available', Busy: 'busy', Offline: 'offline' };
  // Of dndStatus's words (TakeAllCalls, DoNotAcceptDepartmentCalls, TakeDepartmentCallsOnly,
  // DoNotAcceptAnyCalls, Unknown) only DoNotAcceptAnyCalls keeps every call away.
  var DND = 'DoNotAcceptAnyCalls';
  // telephonyStatus words that mean a call is under way (NoCall and Ringing do not).
  var ON_THE_PHONE = { CallConnected: true, OnHold: true, ParkedCall: true };

  /** One presence record in neutral words: the person's own status (userStatus, else the
   * aggregated presenceStatus), do-not-disturb above all, then a call or a meeting make an
   * online person busy. Unknown dnd, telephony or meeting words add nothing. */
  function answer(record) {
    var status =
      words.lookup(STATUS, record.userStatus !== undefined ? record.userStatus : record.presenceStatus) || 'unknown';
    var activity;
    if (status !== 'offline') {
      activity = words.lookup(ON_THE_PHONE, record.telephonyStatus)
        ? 'onThePhone'
        : record.meetingStatus === 'Connected'
          ? 'inAMeeting'
          : undefined;
    }
    if (record.dndStatus === DND) {
      return words.answer('dnd', activity);
    }
    return activity ? words.answer('busy', activity) : words.answer(status);
  }

  /** Reads every page of a RingCentral list (`path` has its own query), handing each record to
   * `visit`; the failure that stopped it, if any. Pages go on while `navigation.nextPage` does. */
  function eachPage(http, path, what, visit) {
    for (var page = 1; ; page++) {
      var result = kit.list(
        http,
        { method: 'GET', path: path + '&page=' + page + '&perPage=' + PER_PAGE },
        what,
        'records'
      );
      if (result.failure) {
        return result.failure;
      }
      var records = result.list;
      for (var i = 0; i < records.length; i++) {
        if (records[i]) {
          visit(records[i]);
        }
      }
      if (records.length === 0 || !(result.json.navigation && result.json.navigation.nextPage)) {
        return undefined;
      }
    }
  }

  // Both lists are account-wide: with nobody to look up or to read, they are not fetched.
  function mapUsers(users, http) {
    var byEmail = kit.usersByEmail(users);
    var mapped = {};
    if (Object.keys(byEmail).length === 0) {
      return { mapped: mapped };
    }
    var failure = eachPage(
      http,
      '/restapi/v1.0/account/~/extension?type=User',
      LABEL + ' extension list',
      function (extension) {
        var email = extension.contact && extension.contact.email;
        if (email && extension.id !== undefined) {
          kit.give(mapped, byEmail, String(email).toLowerCase(), String(extension.id));
        }
      }
    );
    return failure ? { mapped: {}, failure: failure } : { mapped: mapped };
  }

  function fetchPresence(mapping, http) {
    var owners = kit.usersByVendorId(mapping);
    var presences = {};
    if (Object.keys(owners).length === 0) {
      return { presences: presences };
    }
    var failure = eachPage(
      http,
      '/restapi/v1.0/account/~/presence?detailedTelephonyState=true',
      LABEL + ' presence',
      function (record) {
        // allowSeeMyPresence false: the person hides it, so they are absent, not "unknown".
        if (record.extension && record.extension.id !== undefined && record.allowSeeMyPresence !== false) {
          kit.give(presences, owners, String(record.extension.id), answer(record));
        }
      }
    );
    return failure ? { presences: {}, failure: failure } : { presences: presences };
  }

  return { id: 'ringcentral', label: LABEL, mapUsers: mapUsers, fetchPresence: fetchPresence };
})();
