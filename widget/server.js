(function () {
  /* People presence: reads the users to show (ACL-checked) and sends only what the template needs. */
  var MAX_LIMIT = 100;
  var SYS_ID = /^[0-9a-f]{32}$/;

  /* Options only, never client input: the query must stay what the admin configured. */
  function option(name) {
    var value = options[name];
    return value === undefined || value === null ? '' : String(value);
  }

  function limit() {
    var n = parseInt(option('limit'), 10);
    return isNaN(n) || n < 1 ? 20 : Math.min(n, MAX_LIMIT);
  }

  function number(name) {
    var text = option(name);
    if (text === '') {
      return undefined;
    }
    var n = Number(text);
    return isNaN(n) ? text : n;
  }

  function idList(text) {
    var ids = [];
    var parts = text.split(',');
    for (var i = 0; i < parts.length; i++) {
      var id = parts[i].trim().toLowerCase();
      if (SYS_ID.test(id) && ids.indexOf(id) < 0) {
        ids.push(id);
      }
    }
    return ids;
  }

  function readUsers(query, max) {
    var users = [];
    var user = new GlideRecordSecure('sys_user');
    user.addActiveQuery();
    user.addEncodedQuery(query);
    user.orderBy('name');
    user.setLimit(max);
    user.query();
    while (user.next()) {
      users.push({ sys_id: user.getUniqueValue(), name: user.getDisplayValue('name') });
    }
    return users;
  }

  function groupMembers(groupId, max) {
    var ids = [];
    var member = new GlideRecordSecure('sys_user_grmember');
    member.addQuery('group', groupId);
    member.setLimit(MAX_LIMIT * 2);
    member.query();
    while (member.next()) {
      ids.push(String(member.getValue('user')));
    }
    return ids.length ? readUsers('sys_idIN' + ids.join(','), max) : [];
  }

  var source = option('user_source') || 'list';
  var max = limit();
  data.title = option('title') || gs.getMessage('People');
  data.users = [];
  /* The Diagnostics panel (one poll's findings) and configuration messages are for administrators. */
  data.isAdmin = gs.hasRole('admin');

  if (source === 'group') {
    var group = option('group').trim().toLowerCase();
    data.users = SYS_ID.test(group) ? groupMembers(group, max) : [];
  } else if (source === 'query') {
    var query = option('query');
    /* An instance drops the terms of an invalid query it cannot read: a typo would list everyone. */
    if (query && !new GlideRecordSecure('sys_user').isEncodedQueryValid(query)) {
      data.message = data.isAdmin
        ? gs.getMessage('The encoded query in this widget\'s options is not valid: {0}', query)
        : gs.getMessage('No people to show');
    } else {
      data.users = query ? readUsers(query, max) : [];
    }
  } else {
    var ids = idList(option('users'));
    data.users = ids.length ? readUsers('sys_idIN' + ids.join(','), max) : [];
  }
  if (!data.users.length && !data.message) {
    data.message = gs.getMessage('No people to show');
  }

  /* Only the overrides an admin set; the client validates them. */
  data.settings = {
    labels: {
      online: gs.getMessage('Online'),
      away: gs.getMessage('Away'),
      offline: gs.getMessage('Offline'),
      busy: gs.getMessage('Busy'),
      dnd: gs.getMessage('Do not disturb'),
      activeNow: gs.getMessage('{0}, active now'),
      activeAgo: gs.getMessage('{0}, active {1} ago'),
      lastSeen: gs.getMessage('Last seen {0} ago'),
      fromSource: gs.getMessage('{0} ({1})'),
      doing: gs.getMessage('{0}, {1} ({2})'),
      lastKnown: gs.getMessage('Last known: {0}'),
      seconds: gs.getMessage('{0} s'),
      minutes: gs.getMessage('{0} min'),
      hours: gs.getMessage('{0} h'),
      days: gs.getMessage('{0} d'),
      inAMeeting: gs.getMessage('In a meeting'),
      onThePhone: gs.getMessage('On the phone'),
      presenting: gs.getMessage('Presenting'),
      focusing: gs.getMessage('Focusing'),
      beRightBack: gs.getMessage('Be right back'),
      outOfOffice: gs.getMessage('Out of office'),
      offWork: gs.getMessage('Off work'),
      officeToday: gs.getMessage('in the office today'),
      officeAt: gs.getMessage('in the office today ({0})'),
      remoteToday: gs.getMessage('remote today')
    }
  };
  if (option('thresholds') === 'ui16') {
    data.settings.thresholds = 'ui16';
  }
  /* Availability (busy, do not disturb, ...) from the admin's endpoint on this instance. */
  if (option('availability_endpoint')) {
    data.settings.availability = { endpoint: option('availability_endpoint'), vendor: option('availability_vendor') || 'teams' };
    var availabilitySeconds = number('availability_interval_s');
    if (availabilitySeconds !== undefined) {
      data.settings.availability.intervalMs = typeof availabilitySeconds === 'number' ? availabilitySeconds * 1000 : availabilitySeconds;
    }
  }
  var overrides = { onlineMs: number('online_ms'), awayMs: number('away_ms'), intervalSeconds: number('interval_s') };
  for (var key in overrides) {
    if (overrides[key] !== undefined) {
      data.settings[key] = overrides[key];
    }
  }
})();
