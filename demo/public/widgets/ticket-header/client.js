api.controller = function ($rootScope, $timeout) {
  /* The ticket's conversation box: what the user types must survive whatever the presence
     endpoint does. Like the portal's own, it tells the platform's record presence when its
     text starts changing ("typing") and when it has rested for a while ("viewing"). */
  var c = this;
  var params = new URLSearchParams(window.location.search);
  var resting;
  c.draft = '';
  c.notes = [];

  function typing(status) {
    $rootScope.$emit('record.typing', {
      status: status,
      field_type: 'comments',
      table: params.get('table'),
      sys_id: params.get('sys_id')
    });
  }

  c.changed = function () {
    if (!resting) {
      typing('typing');
    }
    $timeout.cancel(resting);
    resting = $timeout(function () {
      resting = undefined;
      typing('viewing');
    }, 5000);
  };

  c.post = function () {
    if (c.draft) {
      c.notes.push(c.draft);
      c.draft = '';
    }
    if (resting) {
      $timeout.cancel(resting);
      resting = undefined;
      typing('viewing');
    }
  };
};
