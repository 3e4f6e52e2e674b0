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

  /* Administrators only (the server decides): what one poll shows on this instance. */
  c.diagnostics = { id: 'sp-presence-diagnostics-' + Math.random().toString(36).slice(2), open: false, running: false, report: null };
  c.toggleDiagnostics = function () {
    c.diagnostics.open = !c.diagnostics.open;
    if (c.diagnostics.open && !c.diagnostics.running) {
      c.diagnostics.running = true;
      spUserPresence.diagnose().then(function (report) {
        c.diagnostics.report = report;
      })['finally'](function () {
        c.diagnostics.running = false;
      });
    }
  };
};
