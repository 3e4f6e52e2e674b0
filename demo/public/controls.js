// The "Simulated instance" panel: switch the presence endpoint into each failure mode, choose
// the vendor availability comes from and break it, move the instance's clock, and watch the
// request counters (vendor calls: what the instance's server scripts sent the vendor). Not part
// of the portal: plain DOM.
(function () {
  'use strict';
  const mode = document.getElementById('instance-mode');
  const requests = document.getElementById('instance-requests');
  const platformRate = document.getElementById('instance-rate-platform');
  const ourRate = document.getElementById('instance-rate-ours');
  const platform = document.getElementById('instance-platform');
  const presenceState = document.getElementById('instance-presence-state');
  const vendor = document.getElementById('instance-vendor');
  const availabilityRate = document.getElementById('instance-rate-availability');
  const vendorHealth = document.getElementById('instance-vendor-health');
  const vendorRate = document.getElementById('instance-rate-vendor');
  const plugins = document.getElementById('instance-plugins');

  /** The page's spUserPresence, once the portal has started. */
  function presence() {
    const injector = window.angular && angular.element(document.getElementById('main')).injector();
    return injector && injector.has('spUserPresence') ? injector.get('spUserPresence') : undefined;
  }

  function showPresenceState() {
    const service = presence();
    if (!service) {
      return;
    }
    const report = service.report();
    presenceState.textContent = report.disabled
      ? 'off: presence disabled by the administrator'
      : report.state + (report.lastFailure && report.state !== 'running' ? ': ' + report.lastFailure.message : '');
  }
  const last = document.getElementById('instance-last');

  function call(path, body) {
    return fetch(
      '/demo-api/' + path,
      body === undefined
        ? {}
        : {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body)
          }
    ).then(function (res) {
      return res.json();
    });
  }

  function show(state) {
    if (!mode.options.length) {
      Object.keys(state.modes).forEach(function (key) {
        mode.appendChild(new Option(state.modes[key], key));
      });
    }
    if (document.activeElement !== mode) {
      mode.value = state.mode;
    }
    if (!vendor.options.length) {
      Object.keys(state.vendors).forEach(function (key) {
        vendor.appendChild(new Option(state.vendors[key], key));
      });
    }
    if (document.activeElement !== vendor) {
      vendor.value = state.vendor;
    }
    if (document.activeElement !== plugins) {
      plugins.value = state.plugins.wsd
        ? state.plugins.activities
          ? 'both'
          : 'no-activities'
        : state.plugins.activities
          ? 'no-wsd'
          : 'none';
    }
    if (document.activeElement !== vendorHealth) {
      vendorHealth.value = state.vendorRateLimited
        ? 'limited'
        : state.vendorDown === 'drop'
          ? 'drop'
          : state.vendorDown
            ? 'down'
            : 'ok';
    }
    availabilityRate.textContent = String(state.availabilityPerMinute);
    vendorRate.textContent = String(state.vendorCallsPerMinute);
    requests.textContent = String(state.requests);
    platformRate.textContent = String(state.perMinute.platform);
    ourRate.textContent = String(state.perMinute['sp-presence']);
    last.textContent = state.last
      ? state.last.client +
        ', ' +
        (state.last.status || 'pending') +
        ', ' +
        Math.round((Date.now() - state.last.at) / 1000) +
        ' s ago'
      : 'none';
  }

  function refresh() {
    call('state').then(show, function () {
      last.textContent = 'demo server unreachable';
    });
    showPresenceState();
  }

  // The instance's integration: the page follows at its next availability request, no reload.
  vendor.addEventListener('change', function () {
    call('availability', { vendor: vendor.value }).then(show);
  });
  vendorHealth.addEventListener('change', function () {
    const choice = vendorHealth.value;
    call('availability', {
      down: choice === 'drop' ? 'drop' : choice === 'down',
      rateLimited: choice === 'limited'
    }).then(show);
  });
  // The platform client is part of the page: switching it reloads the page.
  platform.value = (window.DEMO && window.DEMO.platform) || 'on';
  platform.addEventListener('change', function () {
    const query = new URLSearchParams(location.search);
    query.set('platform', platform.value);
    location.search = query.toString();
  });
  // Plugins are read when a page starts (office days then every 30 min): the page reloads.
  plugins.addEventListener('change', function () {
    const choice = plugins.value;
    call('plugins', {
      wsd: choice === 'both' || choice === 'no-activities',
      activities: choice === 'both' || choice === 'no-wsd'
    }).then(function () {
      location.reload();
    });
  });
  mode.addEventListener('change', function () {
    call('mode', { mode: mode.value }).then(function (state) {
      show(state);
      // Back to healthy: ask again at once, as a page would after its user signs in again.
      const service = presence();
      if (state.mode === 'ok' && service) {
        service.refresh();
      }
    });
  });
  document.getElementById('instance-advance').addEventListener('click', function () {
    call('clock', { advanceMs: 30000 }).then(show);
  });
  document.getElementById('instance-reset').addEventListener('click', function () {
    call('reset', {}).then(show);
  });
  refresh();
  setInterval(refresh, 1000);
})();
