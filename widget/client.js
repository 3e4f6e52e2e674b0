api.controller = function (spUserPresence, $scope) {
  /* People presence: applies this instance's options, then lets <sp-presence-dot> do the rest. */
  var c = this;
  var sizes = { small: true, medium: true, large: true };
  c.avatarSize = sizes[c.options.avatar_size] ? c.options.avatar_size : 'medium';
  c.showNames = c.options.show_names !== false && c.options.show_names !== 'false';
  c.showOffline = c.options.show_offline === true || c.options.show_offline === 'true';

  /* Options are typed by admins: each bad one keeps its page-wide default and says why once;
     the valid ones still apply. */
  var settings = c.data.settings || {};
  function apply(changes, option) {
    try {
      spUserPresence.configure(changes);
      return true;
    } catch (e) {
      console.warn(e.message + ' (People presence option ' + option + '); keeping the page-wide default');
      return false;
    }
  }
  apply({ labels: settings.labels || {} }, 'labels');
  if (settings.thresholds !== undefined) {
    apply({ thresholds: settings.thresholds }, '"Status rule"');
  }
  var pair = {};
  if (settings.onlineMs !== undefined) {
    pair.onlineMs = settings.onlineMs;
  }
  if (settings.awayMs !== undefined) {
    pair.awayMs = settings.awayMs;
  }
  if ((pair.onlineMs !== undefined || pair.awayMs !== undefined) && !apply(pair, '"Online/Away if active within"')) {
    /* Together they failed: keep whichever is valid on its own. */
    if (pair.onlineMs !== undefined && pair.awayMs !== undefined) {
      try { spUserPresence.configure({ awayMs: pair.awayMs }); } catch (e) { /* already reported */ }
      try { spUserPresence.configure({ onlineMs: pair.onlineMs }); } catch (e) { /* already reported */ }
    }
  }
  if (settings.availability !== undefined) {
    apply({ availability: settings.availability }, '"Availability endpoint"');
  }
  var seconds = settings.intervalSeconds;
  if (seconds !== undefined) {
    var valid = typeof seconds === 'number' && seconds >= 5 && seconds <= 3600;
    if (valid) {
      apply({ intervalMs: seconds * 1000 }, '"Refresh every (seconds)"');
    } else {
      console.warn('[sp-presence] People presence option "Refresh every (seconds)" must be a number of seconds from 5 to 3600 (got ' +
        JSON.stringify(String(seconds)) + '); keeping the page-wide interval');
    }
  }

  /* The status line under each name: what each dot says, kept current. */
  c.statusLine = c.options.show_status_line === true || c.options.show_status_line === 'true';
  c.words = {};
  if (c.statusLine) {
    var stops = (c.data.users || []).map(function (user) {
      return spUserPresence.watch(user.sys_id, function (status, presence) {
        c.words[user.sys_id] = spUserPresence.describe(presence);
      });
    });
    $scope.$on('$destroy', function () {
      stops.forEach(function (stop) { stop(); });
    });
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
