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

  /* Activity Subscriptions contexts a person card can list activities of: each user's record of
     the context, read through ACLs (a contact is a sys_user extension: same sys_id). */
  var CONTEXTS = {
    consumer: { name: 'Consumer', table: 'csm_consumer', userField: 'user' },
    contact: { name: 'Contact', table: 'customer_contact', userField: 'sys_id' }
  };

  function mapToActivityContext(kind, users) {
    var context = CONTEXTS[kind];
    if (!context || !users.length) {
      return;
    }
    var found = new GlideRecordSecure('sn_actsub_activity_context');
    found.addQuery('name', context.name);
    found.setLimit(1);
    found.query();
    if (!found.next()) {
      return;
    }
    data.activityContext = found.getUniqueValue();
    var ids = [];
    for (var i = 0; i < users.length; i++) {
      ids.push(users[i].sys_id);
    }
    var instanceOf = {};
    var record = new GlideRecordSecure(context.table);
    record.addEncodedQuery(context.userField + 'IN' + ids.join(','));
    record.setLimit(users.length);
    record.query();
    while (record.next()) {
      instanceOf[String(record.getValue(context.userField))] = record.getUniqueValue();
    }
    for (var j = 0; j < users.length; j++) {
      if (instanceOf[users[j].sys_id]) {
        users[j].activityInstance = instanceOf[users[j].sys_id];
      }
    }
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
        ? gs.getMessage("The encoded query in this widget's options is not valid: {0}", query)
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
  mapToActivityContext(option('activity_context'), data.users);

  /* Why following someone's office days failed, in words an employee understands. */
  data.followErrors = {
    'signed-out': gs.getMessage('Your session has ended. Sign in again, then try once more.'),
    forbidden: gs.getMessage(
      'You cannot follow office days here. Ask your administrator for access to Workplace Service Delivery.'
    ),
    'not-found': gs.getMessage('This person is not in Workplace Service Delivery.'),
    server: gs.getMessage('Something went wrong on the server. Try again in a moment.'),
    network: gs.getMessage('The server could not be reached. Check your connection and try again.')
  };

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
      presenceOff: gs.getMessage('Presence is off on this instance'),
      unavailable: gs.getMessage('Presence unavailable'),
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
      remoteToday: gs.getMessage('remote today'),
      alsoHere: gs.getMessage('Also on this ticket'),
      typingWorkNote: gs.getMessage('typing a work note'),
      typingComment: gs.getMessage('typing a comment'),
      typingOther: gs.getMessage('typing'),
      viewing: gs.getMessage('viewing'),
      entered: gs.getMessage('just arrived'),
      probablyLeft: gs.getMessage('probably left'),
      more: gs.getMessage('+{0} more'),
      moreNamed: gs.getMessage('{0} more: {1}'),
      startedTyping: gs.getMessage('{0} started typing')
    }
  };
  if (option('thresholds') === 'ui16') {
    data.settings.thresholds = 'ui16';
  }
  /* Availability (busy, do not disturb, ...) from sp-presence's API on this instance: the shipped endpoint unless the admin names another. */
  if (option('show_availability') !== 'false') {
    data.settings.availability = {};
    if (option('availability_endpoint')) {
      data.settings.availability.endpoint = option('availability_endpoint');
    }
    var availabilitySeconds = number('availability_interval_s');
    if (availabilitySeconds !== undefined) {
      data.settings.availability.intervalMs =
        typeof availabilitySeconds === 'number' ? availabilitySeconds * 1000 : availabilitySeconds;
    }
  }
  var overrides = { onlineMs: number('online_ms'), awayMs: number('away_ms'), intervalSeconds: number('interval_s') };
  for (var key in overrides) {
    if (overrides[key] !== undefined) {
      data.settings[key] = overrides[key];
    }
  }
})();
