api.controller = function (spUserPresence) {
  /* People presence: applies this instance's options, then lets <sp-presence-dot> do the rest. */
  var c = this;
  var sizes = { small: true, medium: true, large: true };
  c.avatarSize = sizes[c.options.avatar_size] ? c.options.avatar_size : 'medium';
  c.showNames = c.options.show_names !== false && c.options.show_names !== 'false';

  /* Options are typed by admins: a bad value keeps the page-wide defaults and says why once. */
  var settings = c.data.settings || {};
  try {
    spUserPresence.configure(settings);
  } catch (e) {
    console.warn(e.message + ' (People presence widget options); using the defaults');
    if (settings.labels) {
      spUserPresence.configure({ labels: settings.labels });
    }
  }
};
