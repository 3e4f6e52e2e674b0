/*
 * Availability for the REST operation: at most one vendor refresh per interval for the whole
 * instance, whatever the number of viewers, tabs and nodes. An answer reads the shared
 * snapshot; only when it is stale, and the vendor is not waiting out a failure, does a request
 * claim the refresh (SpPresenceSnapshotStore.claim) and call the configured connector; every
 * other request answers from the snapshot as it is. Answers carry the snapshot's taken-at time
 * and the server's clock, so the browser drops availability older than two intervals while
 * the vendor is down.
 */
var SpPresenceAvailability = (function () {
  var store = SpPresenceSnapshotStore;
  var words = SpPresenceVocabulary;
  /* A refresh makes a few calls, each capped by the instance's outbound timeout (believed 30 s). */
  var CLAIM_MS = 2 * 60 * 1000;
  /* Only users someone asked about within this window are fetched. */
  var RECENT_MS = 10 * 60 * 1000;
  /* Vendor ids hardly change: each user is looked up again after a day. */
  var MAPPING_MS = 24 * 60 * 60 * 1000;
  /* Refused credentials or permissions need an admin: try again after an hour, not every minute. */
  var OFF_MS = 60 * 60 * 1000;
  var BACKOFF_CAP_MS = 15 * 60 * 1000;
  var DEFAULT_RETRY_AFTER_S = 60;

  /* Script Includes load on demand when named, so each connector is named, never looked up by string. */
  function connectorFor(vendor) {
    switch (vendor) {
      case 'teams':
        return SpPresenceTeams;
      case 'ringcentral':
        return SpPresenceRingCentral;
      default:
        return SpPresenceSymphony;
    }
  }

  /* What the next refresh must wait for after `failure`, as stored for every node. */
  function afterFailure(failure, state, settings, now) {
    var status = Number(failure.status) || 0;
    var next = {
      failures: state.failures,
      offReason: '',
      lastFailure: { at: now, status: status, message: String(failure.message || '') }
    };
    if (status === 429) {
      var seconds = failure.retryAfterSeconds === undefined ? DEFAULT_RETRY_AFTER_S : Number(failure.retryAfterSeconds);
      next.blockedUntil = now + Math.max(0, seconds) * 1000;
    } else if (status === 0 || status >= 500 || (status >= 200 && status < 300)) {
      /* No answer, a server error or an unreadable answer: back off, doubling up to a cap. */
      next.failures = state.failures + 1;
      next.blockedUntil = now + Math.min(BACKOFF_CAP_MS, settings.intervalMs * Math.pow(2, next.failures - 1));
    } else {
      /* 401 after a renewed token, 403, other 4xx: the set-up is wrong; off until someone fixes it. */
      next.offReason =
        String(failure.message || 'HTTP ' + status) +
        ' (check the REST Message, its OAuth profile or credentials, and the vendor permissions)';
      next.blockedUntil = now + OFF_MS;
    }
    return next;
  }

  /* sys_id -> email for the users to look up (system read: mapping is the instance's own work). */
  function emailsOf(sysIds) {
    var users = [];
    var record = new GlideRecord('sys_user');
    record.addQuery('sys_id', 'IN', sysIds.join(','));
    record.query();
    while (record.next()) {
      users.push({ sysId: record.getUniqueValue(), email: record.getValue('email') || '' });
    }
    return users;
  }

  /* The neutral words only, whatever a connector returned. */
  function neutral(presences) {
    var clean = {};
    for (var sysId in presences) {
      var p = presences[sysId];
      if (
        Object.prototype.hasOwnProperty.call(presences, sysId) &&
        p &&
        words.AVAILABILITIES.indexOf(p.availability) >= 0
      ) {
        clean[sysId] = words.answer(p.availability, words.ACTIVITIES.indexOf(p.activity) >= 0 ? p.activity : undefined);
      }
    }
    return clean;
  }

  /* One refresh under our claim: map users not looked up for a day, then fetch the recent ones. */
  function refresh(vendor, token, state, settings, now) {
    var connector = connectorFor(vendor);
    var http = SpPresenceVendorHttp.forVendor(vendor);
    var users = store.requestedSince(vendor, now - RECENT_MS);
    var toMap = users
      .filter(function (u) {
        return now - u.mappedAt >= MAPPING_MS;
      })
      .map(function (u) {
        return u.sysId;
      });
    var mapped = {};
    if (toMap.length) {
      var lookup = connector.mapUsers(emailsOf(toMap), http);
      if (lookup.failure) {
        return store.saveFailure(vendor, token, afterFailure(lookup.failure, state, settings, now));
      }
      mapped = lookup.mapped || {};
      store.saveMapping(vendor, toMap, mapped, now);
    }
    var mapping = {};
    var count = 0;
    users.forEach(function (u) {
      var id = toMap.indexOf(u.sysId) >= 0 ? mapped[u.sysId] : u.vendorId;
      if (id) {
        mapping[u.sysId] = id;
        count++;
      }
    });
    var fetched = count ? connector.fetchPresence(mapping, http) : { presences: {} };
    if (fetched.failure) {
      return store.saveFailure(vendor, token, afterFailure(fetched.failure, state, settings, now));
    }
    return store.saveSnapshot(vendor, token, neutral(fetched.presences), now);
  }

  /* The server half's state for the Diagnostics panel: never a secret, never a vendor id. */
  function diagnostics(settings, state) {
    return {
      enabled: settings.enabled,
      vendor: settings.vendor,
      intervalSeconds: settings.intervalMs / 1000,
      notes: settings.notes,
      lastRefresh: state ? state.takenAt : 0,
      usersMapped: state ? store.mappedCount(settings.vendor) : 0,
      lastFailure: state ? state.lastFailure : null,
      off: state ? state.offReason : '',
      waitUntil: state ? state.blockedUntil : 0
    };
  }

  /*
   * Availability of `sysIds` (already checked readable by the caller) at instance time `now`:
   * {vendor, takenAt, serverTime, intervalSeconds, users: {sysId: {availability, activity?, vendor}}, server}.
   */
  function answer(sysIds, now) {
    var settings = SpPresenceAvailabilitySettings.read();
    var vendor = settings.vendor;
    if (!vendor) {
      return {
        vendor: '',
        takenAt: 0,
        serverTime: now,
        intervalSeconds: settings.intervalMs / 1000,
        users: {},
        server: diagnostics(settings, undefined)
      };
    }
    store.markRequested(vendor, sysIds, now, RECENT_MS / 4);
    var state = store.read(vendor);
    if (now - state.takenAt >= settings.intervalMs && now >= state.blockedUntil) {
      var token = store.claim(vendor, now, CLAIM_MS);
      if (token) {
        refresh(vendor, token, state, settings, now);
        state = store.read(vendor);
      }
    }
    var users = {};
    sysIds.forEach(function (sysId) {
      var p = Object.prototype.hasOwnProperty.call(state.presences, sysId) ? state.presences[sysId] : undefined;
      if (p) {
        users[sysId] = p.activity
          ? { availability: p.availability, activity: p.activity, vendor: vendor }
          : { availability: p.availability, vendor: vendor };
      }
    });
    return {
      vendor: vendor,
      takenAt: state.takenAt,
      serverTime: now,
      intervalSeconds: settings.intervalMs / 1000,
      users: users,
      server: diagnostics(settings, state)
    };
  }

  return {
    answer: answer,
    RECENT_MS: RECENT_MS,
    MAPPING_MS: MAPPING_MS,
    CLAIM_MS: CLAIM_MS,
    OFF_MS: OFF_MS,
    BACKOFF_CAP_MS: BACKOFF_CAP_MS
  };
})();
