api.controller = function () {
  /* A work-notes box: what the user types must survive whatever the presence endpoint does. */
  var c = this;
  c.draft = '';
  c.notes = [];
  c.post = function () {
    if (c.draft) {
      c.notes.push(c.draft);
      c.draft = '';
    }
  };
};
