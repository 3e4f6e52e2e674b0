/* Symphony presence (reference 003_*): per user for a handful of people, else the whole pod's
 * presence, paged (expensive on the pod's side, and it needs the service account's User
 * Provisioning role). People are looked up by email among the pod's own users: external users
 * would need a presence interest registered first. The session token comes from the `http`
 * function (a `sessionToken` header), never from here. */
var SpPresenceSymphony = (function () {
  var kit = SpPresenceConnectorKit;
  var words = SpPresenceVocabulary;
  var LABEL = 'Symphony';
  var EMAILS_PER_LOOKUP = 100;
  // Up to this many people, one call each beats paging through the whole pod.
  var HANDFUL = 10;
  var PAGE_LIMIT = 5000;

  var CATEGORY = {
    UNDEFINED: ['unknown'],
    AVAILABLE: ['available'],
    BUSY: ['busy'],
    DO_NOT_DISTURB: ['dnd'],
    ON_THE_PHONE: ['busy', 'onThePhone'],
    BE_RIGHT_BACK: ['away', 'beRightBack'],
    IN_A_MEETING: ['busy', 'inAMeeting'],
    AWAY: ['away'],
    OUT_OF_OFFICE: ['away', 'outOfOffice'],
    OFF_WORK: ['offline', 'offWork'],
    OFFLINE: ['offline']
  };

  function answer(presence) {
    var pair = words.lookup(CATEGORY, presence.category) || ['unknown'];
    return words.answer(pair[0], pair[1]);
  }

  function mapUsers(users, http) {
    var byEmail = kit.usersByEmail(users);
    var lookups = kit.chunks(Object.keys(byEmail), EMAILS_PER_LOOKUP);
    var mapped = {};
    var what = LABEL + ' user lookup';
    for (var l = 0; l < lookups.length; l++) {
      var result = kit.call(
        http,
        { method: 'GET', path: '/pod/v3/users?local=true&email=' + lookups[l].map(encodeURIComponent).join(',') },
        what
      );
      if (result.failure) {
        return { mapped: {}, failure: result.failure };
      }
      // Nobody found may come back empty or without a users list.
      var found = result.json === null || result.json.users === undefined ? [] : result.json.users;
      if (!kit.isArray(found)) {
        return { mapped: {}, failure: kit.malformed(what, 'no users list') };
      }
      for (var i = 0; i < found.length; i++) {
        if (found[i] && found[i].emailAddress && found[i].id !== undefined) {
          kit.give(mapped, byEmail, String(found[i].emailAddress).toLowerCase(), String(found[i].id));
        }
      }
    }
    return { mapped: mapped };
  }

  /** One call per person; a person the pod no longer knows (404) is absent. */
  function eachUser(http, ids, presences, owners) {
    for (var i = 0; i < ids.length; i++) {
      var result = kit.call(
        http,
        { method: 'GET', path: '/pod/v3/user/' + encodeURIComponent(ids[i]) + '/presence' },
        LABEL + ' presence'
      );
      if (result.failure && result.failure.status !== 404) {
        return result.failure;
      }
      if (!result.failure) {
        if (!result.json || typeof result.json !== 'object') {
          return kit.malformed(LABEL + ' presence', 'no presence');
        }
        kit.give(presences, owners, ids[i], answer(result.json));
      }
    }
    return undefined;
  }

  /** The pod's presence, sorted by user id, from just below the smallest id we need until past
   * the largest (lastUserId read as inclusive or exclusive, the first page starts right). */
  function wholePod(http, ids, presences, owners) {
    var numbers = ids.map(Number).sort(function (a, b) {
      return a - b;
    });
    var last = numbers[0] - 1;
    var largest = numbers[numbers.length - 1];
    for (;;) {
      var result = kit.list(
        http,
        { method: 'GET', path: '/pod/v2/users/presence?limit=' + PAGE_LIMIT + '&lastUserId=' + last },
        LABEL + ' presence'
      );
      if (result.failure) {
        return result.failure;
      }
      var page = result.list;
      for (var i = 0; i < page.length; i++) {
        if (page[i] && page[i].userId !== undefined) {
          kit.give(presences, owners, String(page[i].userId), answer(page[i]));
        }
      }
      var next = page.length ? Number(page[page.length - 1] && page[page.length - 1].userId) : NaN;
      // A short page is the last; a page that does not move on would repeat for ever.
      if (page.length < PAGE_LIMIT || !(next > last) || next >= largest) {
        return undefined;
      }
      last = next;
    }
  }

  function fetchPresence(mapping, http) {
    var owners = kit.usersByVendorId(mapping);
    var ids = Object.keys(owners);
    var presences = {};
    var failure =
      ids.length === 0 ? undefined : (ids.length <= HANDFUL ? eachUser : wholePod)(http, ids, presences, owners);
    return failure ? { presences: {}, failure: failure } : { presences: presences };
  }

  return { id: 'symphony', label: LABEL, mapUsers: mapUsers, fetchPresence: fetchPresence };
})();
