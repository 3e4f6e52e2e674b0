// A small stand-in for the Service Portal runtime, enough to run sp-presence the way an instance
// does: each Angular Provider's script text is evaluated and registered by name and type; each
// widget is its template (${} translated), client script (api.controller, with c.data and
// c.options bound before it runs), CSS, and data from its server script run by the simulated
// instance. sn-avatar is a stand-in that draws initials or a photo.
(function () {
  'use strict';

  const PROVIDERS = [
    { name: 'spUserPresence', type: 'factory', url: '/dist/providers/spUserPresence.js' },
    { name: 'spPresenceDot', type: 'directive', url: '/dist/providers/spPresenceDot.js' },
    { name: 'spRecordPresence', type: 'directive', url: '/dist/providers/spRecordPresence.js' },
    { name: 'spPresenceWorkplace', type: 'factory', url: '/dist/providers/spPresenceWorkplace.js' }
  ].filter(function (p) {
    // ?workplace=off: as on a page where no widget lists spPresenceWorkplace.
    return !(p.name === 'spPresenceWorkplace' && window.DEMO && window.DEMO.workplace === 'off');
  });

  const WIDGETS = {
    'sp-presence-people': { base: '/widget/', css: 'style.scss' },
    'activity-stream': { base: '/demo/widgets/activity-stream/', css: 'style.css' },
    'ticket-header': { base: '/demo/widgets/ticket-header/', css: 'style.css' }
  };

  const AVATAR_COLOURS = ['#1f5f8b', '#6a3d9a', '#8c2d19', '#2e6930', '#7a4b00', '#4b5563', '#9d174d', '#1e3a8a'];

  function get(url) {
    return fetch(url).then(function (res) {
      if (!res.ok) {
        throw new Error(url + ': ' + res.status);
      }
      return res.text();
    });
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (res) {
      return res.json();
    });
  }

  /** What the portal does with sp_angular_provider.script: evaluate it as one function expression. */
  function evaluateProvider(script) {
    return (0, eval)('(' + script + ')');
  }

  function loadWidget(placeholder) {
    const id = placeholder.getAttribute('data-widget');
    const files = WIDGETS[id];
    const options = JSON.parse(placeholder.getAttribute('data-options') || '{}');
    return Promise.all([
      get(files.base + 'template.html'),
      get(files.base + 'client.js'),
      get(files.base + files.css),
      post('/demo-api/widget-data', { widget: id, options: options, admin: !!(window.DEMO && window.DEMO.admin) })
    ]).then(function (parts) {
      return {
        placeholder: placeholder,
        id: id,
        options: options,
        template: parts[0],
        client: parts[1],
        css: parts[2],
        data: parts[3].data
      };
    });
  }

  function addStyle(css) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
  }

  function avatarDirective(directory) {
    return function () {
      return {
        restrict: 'E',
        scope: { primary: '<' },
        template:
          '<span class="sn-avatar" aria-hidden="true" ng-style="{\'background-color\': $ctrl.colour}">' +
          '<img ng-if="$ctrl.photo" ng-src="{{$ctrl.photo}}" alt="">' +
          '<span ng-if="!$ctrl.photo" class="sn-avatar__initials" ng-bind="$ctrl.initials"></span></span>',
        controllerAs: '$ctrl',
        bindToController: true,
        controller: function () {
          const ctrl = this;
          ctrl.$onChanges = function () {
            const user = directory[ctrl.primary] || { initials: '?', photo: false };
            const hash = parseInt(String(ctrl.primary).slice(0, 6), 16) || 0;
            ctrl.colour = AVATAR_COLOURS[hash % AVATAR_COLOURS.length];
            ctrl.initials = user.initials;
            ctrl.photo = user.photo ? photoFor(ctrl.colour) : '';
          };
        }
      };
    };
  }

  /** A simple portrait placeholder, standing in for a user's photo. */
  function photoFor(colour) {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#dfe6ee"/>' +
      '<circle cx="20" cy="15" r="8" fill="' +
      colour +
      '"/><path d="M4 40c2-10 9-14 16-14s14 4 16 14z" fill="' +
      colour +
      '"/></svg>';
    return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  }

  function renderWidgets($injector, widgets) {
    const $compile = $injector.get('$compile');
    const $controller = $injector.get('$controller');
    const $rootScope = $injector.get('$rootScope');
    widgets.forEach(function (widget) {
      const api = {};
      new Function('api', widget.client)(api);
      const scope = $rootScope.$new();
      const later = $controller(api.controller, { $scope: scope }, true);
      later.instance.data = widget.data;
      later.instance.options = widget.options;
      scope.c = later();
      const template = widget.template.replace(/\$\{([^}]*)\}/g, function (_m, text) {
        return text;
      });
      const element = $compile('<div class="portal-widget__body">' + template + '</div>')(scope);
      widget.placeholder.appendChild(element[0]);
    });
    $rootScope.$digest();
  }

  function start() {
    const placeholders = Array.prototype.slice.call(document.querySelectorAll('[data-widget]'));
    Promise.all([
      Promise.all(
        PROVIDERS.map(function (p) {
          return get(p.url);
        })
      ),
      get('/demo-api/avatars').then(JSON.parse),
      Promise.all(placeholders.map(loadWidget))
    ])
      .then(function (loaded) {
        // Every portal page carries the platform's presence module (unless this demo page turns it off).
        const app = angular.module(
          'demoPortal',
          window.DEMO && window.DEMO.platform === 'off' ? [] : ['sn.common.presence']
        );
        PROVIDERS.forEach(function (provider, i) {
          app[provider.type](provider.name, evaluateProvider(loaded[0][i]));
        });
        const directory = {};
        loaded[1].forEach(function (u) {
          directory[u.sys_id] = u;
        });
        app.directive('snAvatar', avatarDirective(directory));
        const seen = {};
        loaded[2].forEach(function (w) {
          if (!seen[w.id]) {
            seen[w.id] = true;
            addStyle(w.css);
          }
        });
        // Every widget is compiled in one digest, as on a portal page: their dots share one request.
        const $injector = angular.bootstrap(document.getElementById('main'), ['demoPortal']);
        renderWidgets($injector, loaded[2]);
        document.documentElement.setAttribute('data-portal-ready', 'true');
      })
      .catch(function (err) {
        console.error('demo portal failed to start: ' + err.message);
      });
  }

  start();
})();
