// A stand-in for the platform's record presence (snRecordPresence in sn.common.presence,
// servicenow.md §1d), our own code following what ServiceNow's client does: on a page whose URL
// carries table and sys_id, it joins the record's channel (here server-sent events standing in
// for AMB), publishes this user's entered, viewing, and typing / viewing on `record.typing`,
// and after every message emits `sp.sessions` (and `sn.sessions`) on the root scope: the other
// users' sessions keyed by session id, one per user, the most telling. A tab idle for four
// intervals (NOW.record_presence_interval, 20 s) leaves the channel and announces no one; it
// rejoins on the next key, pointer or focus. Off with PRESENCE_DISABLED; absent with the
// platform client (window.DEMO.platform 'off').
(function () {
  'use strict';
  if (window.DEMO && window.DEMO.platform === 'off') {
    return;
  }
  const RANK = { typing: 0, viewing: 1, entered: 2 };

  angular
    .module('sn.common.presence')
    .factory('snRecordPresence', [
      '$rootScope',
      '$window',
      '$timeout',
      'PRESENCE_DISABLED',
      function ($rootScope, $window, $timeout, disabled) {
        const params = new URLSearchParams($window.location.search);
        const table = params.get('table');
        const sysId = params.get('sys_id');
        const self = $window.NOW.user_id;
        const channel = '/sn/rp/' + table + '/' + sysId + '?session=' + encodeURIComponent($window.DEMO.session);
        const idleMs = 4 * ($window.NOW.record_presence_interval || 20) * 1000;
        let sessions = {};
        let source;
        let idle;
        let published = '';
        // One publish after another, so the channel hears them in order.
        let queue = Promise.resolve();

        function publish(status, field) {
          const body = JSON.stringify({ status: status, field_type: field || '' });
          if (body === published) {
            return;
          }
          published = body;
          queue = queue
            .then(function () {
              return fetch(channel, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-UserToken': $window.g_ck },
                body: body
              });
            })
            .catch(function () {
              /* the next change publishes again */
            });
        }

        /** One session per other user: the most telling of theirs. */
        function uniqueSessions() {
          const byUser = {};
          Object.keys(sessions).forEach(function (id) {
            const s = sessions[id];
            const kept = byUser[s.user_id];
            if (!kept || RANK[s.status] < RANK[kept.status]) {
              byUser[s.user_id] = s;
            }
          });
          const unique = {};
          Object.keys(byUser).forEach(function (user) {
            unique[byUser[user].session_id] = byUser[user];
          });
          return unique;
        }

        function receive(message) {
          const now = Date.now();
          (message.presences || []).forEach(function (p) {
            if (p.user_id === self) {
              return;
            }
            if (p.status === 'exited') {
              delete sessions[p.session_id];
            } else {
              sessions[p.session_id] = Object.assign({}, sessions[p.session_id], p, { time: now, lastUpdated: now });
            }
          });
          announce(uniqueSessions());
        }

        function announce(unique) {
          $rootScope.$emit('sp.sessions', unique);
          $rootScope.$emit('sn.sessions', unique);
        }

        function join() {
          source = new EventSource(channel);
          source.onmessage = function (event) {
            receive(JSON.parse(event.data));
          };
          source.onopen = function () {
            published = '';
            publish('entered');
            publish('viewing');
          };
        }

        /** Idle: leave (the server hears the stream close as exited) and show no one; any activity rejoins. */
        function active() {
          $timeout.cancel(idle);
          idle = $timeout(
            function () {
              source.close();
              source = undefined;
              sessions = {};
              announce({});
            },
            idleMs,
            false
          );
          if (!source) {
            join();
          }
        }

        return {
          init: function () {
            if (disabled || !table || !sysId) {
              return;
            }
            active();
            ['keydown', 'pointerdown', 'pointermove', 'focus'].forEach(function (name) {
              $window.addEventListener(name, active, true);
            });
            // The ticket's conversation box says when its text starts and stops changing.
            $rootScope.$on('record.typing', function (_e, data) {
              if (data && data.table === table && data.sys_id === sysId) {
                publish(data.status === 'typing' ? 'typing' : 'viewing', data.field_type);
              }
            });
          }
        };
      }
    ])
    // The portal's page controller starts it with snRecordWatcher.init() on a record's page.
    .run([
      'snRecordPresence',
      function (snRecordPresence) {
        snRecordPresence.init();
      }
    ]);
})();
