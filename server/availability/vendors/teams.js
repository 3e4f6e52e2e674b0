/* Microsoft Teams presence through Microsoft Graph, with application permissions
 * (User.ReadBasic.All to find people by email, Presence.Read.All to read presence). The token
 * comes from the `http` function's OAuth profile, never from here. */
var SpPresenceTeams = (function () {
  var kit = SpPresenceConnectorKit;
  var words = SpPresenceVocabulary;
  var LABEL = 'Microsoft Teams';
  // Graph's limits: 650 ids per getPresencesByUserId, 20 requests per JSON batch.
  var IDS_PER_CALL = 650;
  var LOOKUPS_PER_BATCH = 20;

  // Unlike ServiceNow's own Teams mapping, do-not-disturb stays apart from busy, and
  // PresenceUnknown stays unknown (not offline) so the instance's activity decides.
  var AVAILABILITY = {
    Available: 'available',
    AvailableIdle: 'available',
    Busy: 'busy',
    BusyIdle: 'busy',
    DoNotDisturb: 'dnd',
    Away: 'away',
    BeRightBack: 'away',
    Offline: 'offline',
    PresenceUnknown: 'unknown'
  };

  // Activities not listed (Available, Away, Busy, DoNotDisturb, Inactive, Offline,
  // PresenceUnknown) only repeat the availability: nothing more to say.
  var ACTIVITY = {
    InAMeeting: 'inAMeeting',
    InACall: 'onThePhone',
    InAConferenceCall: 'onThePhone',
    Presenting: 'presenting',
    Focusing: 'focusing',
    UrgentInterruptionsOnly: 'focusing',
    BeRightBack: 'beRightBack',
    OutOfOffice: 'outOfOffice',
    OffWork: 'offWork'
  };

  /** Graph's {availability, activity} in neutral words; an unknown activity is left out. */
  function answer(presence) {
    return words.answer(words.lookup(AVAILABILITY, presence.availability) || 'unknown', words.lookup(ACTIVITY, presence.activity));
  }

  /** One $batch item of a user lookup: the object id, null when there is no such user (404, or
   * 400 for an email Graph will not take as a UPN: that user only), or a failure. */
  function lookedUp(item) {
    var status = Number(item.status);
    if (status === 404 || status === 400) {
      return { id: null };
    }
    if (status < 200 || status > 299) {
      return { failure: kit.failure(LABEL + ' user lookup', status, item.headers, item.body) };
    }
    return item.body && item.body.id ? { id: String(item.body.id) } : { failure: kit.malformed(LABEL + ' user lookup', 'a user without id') };
  }

  function mapUsers(users, http) {
    var byEmail = kit.usersByEmail(users);
    var batches = kit.chunks(Object.keys(byEmail), LOOKUPS_PER_BATCH);
    var mapped = {};
    for (var b = 0; b < batches.length; b++) {
      var batch = batches[b];
      var requests = batch.map(function (email, i) {
        return { id: String(i), method: 'GET', url: '/users/' + encodeURIComponent(email) + '?$select=id' };
      });
      var result = kit.call(http, { method: 'POST', path: '/v1.0/$batch', body: { requests: requests } }, LABEL + ' user lookup');
      var responses = result.json && result.json.responses;
      if (!result.failure && !kit.isArray(responses)) {
        result.failure = kit.malformed(LABEL + ' user lookup', 'no responses list');
      }
      for (var r = 0; !result.failure && r < responses.length; r++) {
        var item = responses[r] || {};
        var email = batch[Number(item.id)];
        var found = email === undefined ? { failure: kit.malformed(LABEL + ' user lookup', 'an answer to no request') } : lookedUp(item);
        result.failure = found.failure;
        if (found.id) {
          kit.give(mapped, byEmail, email, found.id);
        }
      }
      if (result.failure) {
        return { mapped: {}, failure: result.failure };
      }
    }
    return { mapped: mapped };
  }

  function fetchPresence(mapping, http) {
    var owners = kit.usersByVendorId(mapping);
    var calls = kit.chunks(Object.keys(owners), IDS_PER_CALL);
    var presences = {};
    for (var c = 0; c < calls.length; c++) {
      var result = kit.call(http, { method: 'POST', path: '/v1.0/communications/getPresencesByUserId', body: { ids: calls[c] } }, LABEL + ' presence');
      var value = result.json && result.json.value;
      if (!result.failure && !kit.isArray(value)) {
        result.failure = kit.malformed(LABEL + ' presence', 'no value list');
      }
      if (result.failure) {
        return { presences: {}, failure: result.failure };
      }
      for (var i = 0; i < value.length; i++) {
        if (value[i] && value[i].id) {
          kit.give(presences, owners, String(value[i].id), answer(value[i]));
        }
      }
    }
    return { presences: presences };
  }

  return { id: 'teams', label: LABEL, mapUsers: mapUsers, fetchPresence: fetchPresence };
})();
