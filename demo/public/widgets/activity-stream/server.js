(function () {
  /* A record's activity stream, like the one on a ticket: who did what, and when. */
  var TEXTS = [
    'Added a work note: checked the mail relay, queue is draining.',
    'Changed State from New to In Progress.',
    'Attached mailbox-export.log',
    'Reassigned to Network.',
    'Commented: the user confirms Outlook on the web works.',
    'Updated Priority from 3 - Moderate to 2 - High.',
    'Linked problem PRB0040021.',
    'Added a work note: restarted the sync service on EXCH-02.'
  ];
  var limit = Math.min(parseInt(options.limit, 10) || 10, 30);
  var user = new GlideRecordSecure('sys_user');
  user.addActiveQuery();
  user.orderBy('name');
  user.query();
  var people = [];
  while (user.next()) {
    people.push({ sys_id: user.getUniqueValue(), name: user.getDisplayValue('name') });
  }
  data.entries = [];
  for (var i = 0; i < limit && people.length; i++) {
    data.entries.push({
      user: people[(i * 7) % people.length],
      text: TEXTS[i % TEXTS.length],
      when: i * 4 + 2 + ' min ago'
    });
  }
})();
