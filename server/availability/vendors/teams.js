/* Microsoft Teams presence through Microsoft Graph, with application permissions
 * (User.ReadBasic.All to find people by email, Presence.Read.All to read presence). The token
 * comes from the `http` function's OAuth profile, never from here. */
var SpPresenceTeams = (function () {
  var kit = SpPresenceConnectorKit;
  var words = SpPresenceVocabulary;
  var LABEL = 'Microsoft Teams';
  var LOOKUP = LABEL + ' user lookup';
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
    return words.answer(
      words.lookup(AVAILABILITY, presence.availability) || 'unknown',
      words.lookup(ACTIVITY, presence.activity)
    );
  }

  /** One $batch item of a user lookup: the object id, null when there is no such user (404, or
   * 400 for an email Graph will not take as a UPN: that user only), or a failure. */
  function lookedUp(item) {
    var status = Number(item.status);
    if (status === 404 || status === 400) {
      return { id: null };
    }
    if (status < 200 || status > 299) {
      return { failure: kit.failure(LOOKUP, status, item.headers, item.body) };
    }
    return item.body && item.body.id
      ? { id: String(item.body.id) }
      : { failure: kit.malformed(LOOKUP, 'a user without id') };
  }

  /** Looks one batch of emails up, giving each id found to its users; the failure, if any. */
  function lookUpBatch(http, emails, byEmail, mapped) {
    var requests = emails.map(function (email, i) {
      return { id: String(i), method: 'GET', url: '/users/' + encodeURIComponent(email) + '?$select=id' };
    });
    var result = kit.list(
      http,
      { method: 'POST', path: '/v1.0/$batch', body: { requests: requests } },
      LOOKUP,
      'responses'
    );
    if (result.failure) {
      return result.failure;
    }
    for (var r = 0; r < result.list.length; r++) {
      var item = result.list[r] || {};
      var email = emails[Number(item.id)];
      var found = email === undefined ? { failure: kit.malformed(LOOKUP, 'an answer to no request') } : lookedUp(item);
      if (found.failure) {
        return found.failure;
      }
      if (found.id) {
        kit.give(mapped, byEmail, email, found.id);
      }
    }
    return undefined;
  }

  function mapUsers(users, http) {
    var byEmail = kit.usersByEmail(users);
    var batches = kit.chunks(Object.keys(byEmail), LOOKUPS_PER_BATCH);
    var mapped = {};
    for (var b = 0; b < batches.length; b++) {
      var failure = lookUpBatch(http, batches[b], byEmail, mapped);
      if (failure) {
        return { mapped: {}, failure: failure };
      }
    }
    return { mapped: mapped };
  }

  function fetchPresence(mapping, http) {
    var owners = kit.usersByVendorId(mapping);
    var calls = kit.chunks(Object.keys(owners), IDS_PER_CALL);
    var presences = {};
    for (var c = 0; c < calls.length; c++) {
      var result = kit.list(
        http,
        { method: 'POST', path: '/v1.0/communications/getPresencesByUserId', body: { ids: calls[c] } },
        LABEL + ' presence',
        'value'
      );
      if (result.failure) {
        return { presences: {}, failure: result.failure };
      }
      for (var i = 0; i < result.list.length; i++) {
        var presence = result.list[i];
        if (presence && presence.id) {
          kit.give(presences, owners, String(presence.id), answer(presence));
        }
      }
    }
    return { presences: presences };
  }

  return { id: 'teams', label: LABEL, mapUsers: mapUsers, fetchPresence: fetchPresence };
})();
