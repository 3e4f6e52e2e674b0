// A stand-in for the platform's own presence client, which every real portal page of a
// signed-in user runs (module sn.common.presence, servicenow.md §1b): our own code, following
// what ServiceNow's client does. Every NOW.presence_interval seconds it uses the browser's
// shared answer (localStorage['snPresence']) while fresh, else posts UI16's request and writes
// the shared answer; either way it emits the presenceArray as `sn.presence` on the root scope.
// PRESENCE_DISABLED stops it. window.DEMO.platform: 'on', 'off' (module absent), 'disabled'.
(function () {
  'use strict';
  const mode = (window.DEMO && window.DEMO.platform) || 'on';
  if (mode === 'off') {
    return;
  }
  angular
    .module('sn.common.presence', [])
    .constant('PRESENCE_DISABLED', mode === 'disabled')
    .factory('snPresence', [
      '$rootScope',
      '$window',
      '$timeout',
      '$http',
      'PRESENCE_DISABLED',
      function ($rootScope, $window, $timeout, $http, disabled) {
        const interval = ($window.NOW.presence_interval || 15) * 1000;
        let presenceArray = [];
        let attempts = 0;

        function shared() {
          try {
            const value = JSON.parse($window.localStorage.getItem('snPresence'));
            return value && value.presenceArray && Date.now() - value.saved < interval ? value.presenceArray : null;
          } catch (e) {
            return null;
          }
        }

        function schedule(ms) {
          $timeout(update, ms);
          $rootScope.$emit('sn.presence', presenceArray);
        }

        function update() {
          const fresh = shared();
          if (fresh) {
            presenceArray = fresh;
            schedule(interval);
            return;
          }
          // Only the browser's primary tab polls (snTabActivity); here: a visible one.
          if (document.visibilityState === 'hidden') {
            schedule(interval);
            return;
          }
          const body = {
            user_agent: navigator.userAgent,
            ua_time: new Date().toISOString(),
            href: location.href,
            pathname: location.pathname,
            search: location.search,
            path: location.pathname + location.search
          };
          $http
            .post('/api/now/ui/presence?sysparm_auto_request=true&cd=' + Date.now(), body, {
              headers: { 'X-UserToken': $window.g_ck, 'X-Demo-Client': 'platform' }
            })
            .then(
              function (response) {
                attempts = 0;
                presenceArray = response.data.result.presenceArray;
                $window.localStorage.setItem(
                  'snPresence',
                  JSON.stringify({ saved: Date.now(), presenceArray: presenceArray })
                );
                schedule(interval);
              },
              function () {
                attempts++;
                schedule(Math.min(interval * Math.pow(2, attempts), 10 * interval));
              }
            );
        }

        return {
          init: function () {
            if (!disabled) {
              update();
            }
          }
        };
      }
    ])
    // The portal's page controller starts it for signed-in users (snRecordWatcher.init).
    .run([
      'snPresence',
      function (snPresence) {
        snPresence.init();
      }
    ]);
})();
