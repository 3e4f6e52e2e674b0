/*
 * The one module that touches sp-presence's tables, shared by every application node:
 *
 * - u_sp_presence_snapshot, one row per vendor: the last presence snapshot as JSON with its
 *   taken-at time, the refresh claim, and the vendor's failure state (Retry-After, backoff,
 *   off with a reason). One row so that a refresh is one write and an answer one read: a
 *   reader never sees half a refresh, and 2 000 users of JSON fit one large string field.
 * - u_sp_presence_user, one row per (vendor, user): the vendor id with when it was mapped,
 *   and when someone last asked about the user. Apart from the snapshot so that requests on
 *   different nodes touching different users never overwrite each other's marks.
 *
 * Times are epoch milliseconds stored as text (13 digits: they compare in order as text too).
 */
var SpPresenceSnapshotStore = (function () {
  var SNAPSHOT = 'u_sp_presence_snapshot';
  var USERS = 'u_sp_presence_user';

  function number(record, field) {
    var n = Number(record.getValue(field));
    return isNaN(n) ? 0 : n;
  }

  function json(record, field, fallback) {
    var text = record.getValue(field);
    if (!text) {
      return fallback;
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      return fallback;
    }
  }

  /* The vendor's snapshot row, created on first use. */
  function snapshotRow(vendor) {
    var record = new GlideRecord(SNAPSHOT);
    record.addQuery('u_vendor', vendor);
    record.orderBy('sys_id');
    record.setLimit(1);
    record.query();
    if (record.next()) {
      return record;
    }
    record.initialize();
    record.setValue('u_vendor', vendor);
    record.setValue('u_claim_until', '0');
    record.setValue('u_blocked_until', '0');
    record.setValue('u_failures', '0');
    record.insert();
    return record;
  }

  /* What an answer and a refresh decision need: the snapshot and the vendor's state. */
  function read(vendor) {
    var row = snapshotRow(vendor);
    return {
      vendor: vendor,
      takenAt: number(row, 'u_taken_at'),
      presences: json(row, 'u_presences', {}),
      claimUntil: number(row, 'u_claim_until'),
      blockedUntil: number(row, 'u_blocked_until'),
      failures: number(row, 'u_failures'),
      lastFailure: json(row, 'u_last_failure', null),
      offReason: row.getValue('u_off_reason') || ''
    };
  }

  /*
   * Takes the refresh for `holdMs` unless someone else holds it: a token, or '' when not ours.
   * The write is conditional (only where the claim has expired), so of two nodes claiming at
   * once only one row update matches; reading the token back tells each node which it was.
   * A refresher that dies leaves a claim that simply expires.
   */
  function claim(vendor, now, holdMs) {
    snapshotRow(vendor);
    var token = gs.generateGUID();
    var update = new GlideRecord(SNAPSHOT);
    update.addQuery('u_vendor', vendor);
    update.addQuery('u_claim_until', '<', String(now));
    update.setValue('u_claim_until', String(now + holdMs));
    update.setValue('u_claim_token', token);
    update.updateMultiple();
    var row = snapshotRow(vendor);
    return row.getValue('u_claim_token') === token ? token : '';
  }

  /* Writes `fields` (name -> value) to the vendor's row if the claim is still ours, and ends it. */
  function finish(vendor, token, fields) {
    var row = snapshotRow(vendor);
    if (row.getValue('u_claim_token') !== token) {
      return false;
    }
    for (var name in fields) {
      if (Object.prototype.hasOwnProperty.call(fields, name)) {
        row.setValue(name, fields[name]);
      }
    }
    row.setValue('u_claim_until', '0');
    row.setValue('u_claim_token', '');
    row.update();
    return true;
  }

  /* A successful refresh: the new snapshot; the vendor is healthy again. */
  function saveSnapshot(vendor, token, presences, takenAt) {
    return finish(vendor, token, {
      u_presences: JSON.stringify(presences),
      u_taken_at: String(takenAt),
      u_failures: '0',
      u_blocked_until: '0',
      u_off_reason: ''
    });
  }

  /* A failed refresh: the snapshot stays (and ages); every node waits until `blockedUntil`. */
  function saveFailure(vendor, token, state) {
    return finish(vendor, token, {
      u_blocked_until: String(state.blockedUntil),
      u_failures: String(state.failures),
      u_last_failure: JSON.stringify(state.lastFailure),
      u_off_reason: state.offReason || ''
    });
  }

  function userRows(vendor, sysIds) {
    var record = new GlideRecord(USERS);
    record.addQuery('u_vendor', vendor);
    if (sysIds) {
      record.addQuery('u_user', 'IN', sysIds.join(','));
    }
    record.query();
    return record;
  }

  /*
   * Marks users as asked about at `now`. A mark younger than `keepMs` is left alone, so a
   * steady stream of requests writes each user's row about once per `keepMs`, not per request.
   */
  function markRequested(vendor, sysIds, now, keepMs) {
    var seen = {};
    var rows = userRows(vendor, sysIds);
    while (rows.next()) {
      seen[rows.getValue('u_user')] = true;
      if (now - number(rows, 'u_requested_at') >= keepMs) {
        rows.setValue('u_requested_at', String(now));
        rows.update();
      }
    }
    for (var i = 0; i < sysIds.length; i++) {
      if (!seen[sysIds[i]]) {
        seen[sysIds[i]] = true;
        var row = new GlideRecord(USERS);
        row.initialize();
        row.setValue('u_vendor', vendor);
        row.setValue('u_user', sysIds[i]);
        row.setValue('u_vendor_id', '');
        row.setValue('u_mapped_at', '0');
        row.setValue('u_requested_at', String(now));
        row.insert();
      }
    }
  }

  /* Users asked about since `since`: [{sysId, vendorId ('' when unknown), mappedAt}]. */
  function requestedSince(vendor, since) {
    var users = [];
    var rows = new GlideRecord(USERS);
    rows.addQuery('u_vendor', vendor);
    rows.addQuery('u_requested_at', '>=', String(since));
    rows.query();
    while (rows.next()) {
      users.push({
        sysId: rows.getValue('u_user'),
        vendorId: rows.getValue('u_vendor_id') || '',
        mappedAt: number(rows, 'u_mapped_at')
      });
    }
    return users;
  }

  /* The outcome of looking `sysIds` up at `now`: their vendor ids, '' for those not found. */
  function saveMapping(vendor, sysIds, mapped, now) {
    var rows = userRows(vendor, sysIds);
    while (rows.next()) {
      var sysId = rows.getValue('u_user');
      rows.setValue('u_vendor_id', Object.prototype.hasOwnProperty.call(mapped, sysId) ? mapped[sysId] : '');
      rows.setValue('u_mapped_at', String(now));
      rows.update();
    }
  }

  /* How many users the vendor knows (for diagnostics). */
  function mappedCount(vendor) {
    var rows = new GlideRecord(USERS);
    rows.addQuery('u_vendor', vendor);
    rows.addNotNullQuery('u_vendor_id');
    rows.query();
    return rows.getRowCount();
  }

  return {
    read: read,
    claim: claim,
    saveSnapshot: saveSnapshot,
    saveFailure: saveFailure,
    markRequested: markRequested,
    requestedSince: requestedSince,
    saveMapping: saveMapping,
    mappedCount: mappedCount
  };
})();
