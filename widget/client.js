api.controller = function (spUserPresence, $scope, $timeout) {
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
      try {
        spUserPresence.configure({ awayMs: pair.awayMs });
      } catch (e) {
        /* already reported */
      }
      try {
        spUserPresence.configure({ onlineMs: pair.onlineMs });
      } catch (e) {
        /* already reported */
      }
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
      console.warn(
        '[sp-presence] People presence option "Refresh every (seconds)" must be a number of seconds from 5 to 3600 (got ' +
          JSON.stringify(String(seconds)) +
          '); keeping the page-wide interval'
      );
    }
  }

  /* Each person's presence, kept current: the status line, the card and the follow toggle read it. */
  c.statusLine = c.options.show_status_line === true || c.options.show_status_line === 'true';
  c.showOffice = c.options.show_office === true || c.options.show_office === 'true';
  c.showRecordPresence = c.options.show_record_presence === true || c.options.show_record_presence === 'true';
  c.presence = {};
  /* c.status: the presence in words (the card); c.words: with the office day (the status line). */
  c.status = {};
  c.words = {};
  var stops = (c.data.users || []).map(function (user) {
    return spUserPresence.watch(user.sys_id, function (status, presence) {
      c.presence[user.sys_id] = presence;
      var office = c.showOffice && spUserPresence.describeOffice(presence);
      c.status[user.sys_id] = spUserPresence.describe(presence);
      c.words[user.sys_id] = c.status[user.sys_id] + (office ? ', ' + office : '');
    });
  });
  $scope.$on('$destroy', function () {
    stops.forEach(function (stop) {
      stop();
    });
  });

  /* The person card: opened by click or Enter on a person, closed by Esc or its button, focus back on the person. */
  c.card = { user: null, opener: null, activities: undefined, loading: false };
  c.cardId = 'sp-presence-card-' + Math.random().toString(36).slice(2);
  c.openCard = function (user, $event) {
    if (c.card.user === user) {
      c.closeCard();
      return;
    }
    c.card = { user: user, opener: $event && $event.currentTarget, activities: undefined, loading: false };
    if (c.data.activityContext && user.activityInstance) {
      var card = c.card;
      card.loading = true;
      spUserPresence.recentActivities(c.data.activityContext, user.activityInstance).then(function (list) {
        card.activities = list;
        card.loading = false;
      });
    }
    $timeout(function () {
      var heading = document.getElementById(c.cardId + '-title');
      if (heading) {
        heading.focus();
      }
    });
  };
  c.closeCard = function () {
    var opener = c.card.opener;
    c.card = { user: null, opener: null, activities: undefined, loading: false };
    if (opener) {
      $timeout(function () {
        opener.focus();
      });
    }
  };
  c.cardKeydown = function ($event) {
    if ($event.key === 'Escape' || $event.keyCode === 27) {
      $event.stopPropagation();
      c.closeCard();
    }
  };
  c.officeWords = function (user) {
    return spUserPresence.describeOffice(c.presence[user.sys_id]);
  };

  /* Follow office days: the toggle shows what the server confirmed; while asking, the wanted
     state; a failure reverts it and says why. */
  c.follow = {};
  var FOLLOW_ERRORS = c.data.followErrors || {};
  c.canFollow = function (user) {
    var presence = c.presence[user.sys_id];
    return c.showOffice && !!presence && !!presence.office;
  };
  c.following = function (user) {
    var state = c.follow[user.sys_id];
    if (state && state.pending !== undefined) {
      return state.pending;
    }
    var presence = c.presence[user.sys_id];
    return !!(presence && presence.office && presence.office.following);
  };
  c.toggleFollow = function (user) {
    var state = c.follow[user.sys_id] || (c.follow[user.sys_id] = {});
    if (state.pending !== undefined) {
      return;
    }
    state.pending = !c.following(user);
    state.error = '';
    spUserPresence.follow(user.sys_id, state.pending).then(
      function () {
        state.pending = undefined;
      },
      function (e) {
        state.pending = undefined;
        state.error = FOLLOW_ERRORS[e && e.reason] || FOLLOW_ERRORS.server || String(e && e.message);
      }
    );
  };

  /* Administrators only (the server decides): what one poll shows on this instance, with
     availability's endpoint and the server half's own state (vendor, last refresh, users mapped,
     last vendor failure) as its last answer told it. */
  c.diagnostics = {
    id: 'sp-presence-diagnostics-' + Math.random().toString(36).slice(2),
    open: false,
    running: false,
    report: null,
    availability: null,
    server: null
  };
  c.toggleDiagnostics = function () {
    c.diagnostics.open = !c.diagnostics.open;
    if (c.diagnostics.open && !c.diagnostics.running) {
      c.diagnostics.running = true;
      var diagnosis = spUserPresence.diagnose().then(function (report) {
        var availability = (report.sources && report.sources.availability) || null;
        c.diagnostics.report = report;
        c.diagnostics.availability = availability;
        c.diagnostics.server = (availability && availability.server) || null;
      });
      diagnosis['finally'](function () {
        c.diagnostics.running = false;
      });
    }
  };
};
