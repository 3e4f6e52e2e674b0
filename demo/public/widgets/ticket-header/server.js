(function () {
  /* The header of an incident: number, caller, assignee and watchers. */
  function userByName(name) {
    var user = new GlideRecordSecure('sys_user');
    user.addQuery('name', name);
    user.query();
    return user.next() ? { sys_id: user.getUniqueValue(), name: user.getDisplayValue('name') } : null;
  }
  data.number = 'INC0010042';
  data.short_description = 'Email not syncing on mobile';
  data.state = 'In Progress';
  data.roles = [
    { label: gs.getMessage('Caller'), user: userByName('Grace Hopper') },
    { label: gs.getMessage('Assigned to'), user: userByName('Beth Anglin') }
  ];
  data.watchers = [
    userByName('Fred Luddy'),
    userByName('Mei Chen'),
    userByName('<img src=x onerror="window.__spPresencePwned=1">')
  ];
})();
