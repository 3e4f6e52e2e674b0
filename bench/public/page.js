// A page of `widgets` widgets × `dots` dots, built either with sp-presence (the shipped provider
// scripts, registered the Service Portal way) or with the article's approach. Exposes hooks the
// benchmark runner reads: window.bench.{digests, mutations, firstDotMs, mount(n), prepare, emit,
// share, mountedMs}. `feed=platform|shared`: after its first poll the page takes its answers from the
// platform's client (`sn.presence`) or from another tab's shared answer; `impl=writer` is that tab.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const impl = params.get('impl');
  const widgets = Number(params.get('widgets'));
  const dots = Number(params.get('dots'));
  const users = window.BENCH_USERS;
  const bench = (window.bench = { digests: 0, mutations: 0, polls: 0, ready: false });
  /** Poll period for the poll-cost measure (real timers); sp-presence's default otherwise. */
  const interval = Number(params.get('interval')) || 0;
  const feed = params.get('feed');
  /** Where sp-presence's providers come from: this build's, or another release's (`/against/providers/`). */
  const providers = params.get('providers') || '/dist/providers/';
  const SHARED_KEY = 'snPresence';
  const FIRST_DOT_LINE = 'bench: first dot';

  /** An answer as the platform's client holds it: everyone active 5 s ago, the first `changed` `agoMs` ago. */
  bench.prepare = function (changed, agoMs) {
    const now = Date.now();
    bench.prepared = users.map(function (id, i) {
      return { user: id, last_on: now - (i < changed ? agoMs : 5000), status: 'online' };
    });
    bench.preparedText = JSON.stringify({ saved: now, presenceArray: bench.prepared });
  };
  /** As the platform's client of another tab does after its poll. */
  bench.share = function () {
    localStorage.setItem(SHARED_KEY, bench.preparedText);
  };

  if (impl === 'writer') {
    bench.ready = true;
    return;
  }

  /**
   * When the first dot shows someone online (ms since navigation): the first correct dot. Watched
   * from the end of the mount: records of the mount itself would cost the page a long callback.
   */
  function watchFirstDot(main, selector) {
    new MutationObserver(function (records, observer) {
      if (main.querySelector(selector)) {
        bench.firstDotMs = performance.now();
        observer.disconnect();
        // The runner waits for this line: polling the page from outside would run tasks of its own in the measured time.
        console.log(FIRST_DOT_LINE);
      }
    }).observe(main, { subtree: true, childList: true, attributes: true });
  }

  function text(url) {
    return fetch(url).then(function (r) {
      return r.text();
    });
  }

  function provider(script) {
    return (0, eval)('(' + script + ')');
  }

  function idsFor(w) {
    const ids = [];
    for (let i = 0; i < dots; i++) {
      ids.push(users[(w * dots + i) % users.length]);
    }
    return ids;
  }

  function spWidget() {
    return {
      scope: { index: '<' },
      template:
        '<span ng-repeat="id in ::c.ids track by $index" sp-presence-dot user-id="::id"><span class="avatar"></span></span>',
      controllerAs: 'c',
      bindToController: true,
      controller: function () {
        const c = this;
        c.$onInit = function () {
          c.ids = idsFor(c.index);
        };
      }
    };
  }

  // The same list with a plain element and a class where the dot goes, no presence at all: what mounting costs without sp-presence.
  function plainWidget() {
    const widget = spWidget();
    widget.template =
      '<span ng-repeat="id in ::c.ids track by $index" class="plain"><span class="avatar"></span><span class="dot offline" data-user="{{::id}}"></span></span>';
    return widget;
  }
  // As the article suggests: poll in the widget with setInterval every 5 s (never cleared).
  function articleWidget(spUserPresence) {
    return {
      scope: { index: '<' },
      template:
        '<span ng-repeat="u in c.users track by u.sys_id"><span class="avatar"></span><span class="dot" ng-class="u.status"></span></span>',
      controllerAs: 'c',
      bindToController: true,
      controller: function () {
        const c = this;
        c.$onInit = function () {
          c.users = idsFor(c.index).map(function (id) {
            return { sys_id: id };
          });
          function refresh() {
            spUserPresence.getUserPresence(c.users).then(function (result) {
              c.users = result;
            });
          }
          refresh();
          setInterval(refresh, 5000);
        };
      }
    };
  }

  function observeWrites(main) {
    new MutationObserver(function (records) {
      bench.mutations += records.length;
    }).observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
  }

  if (impl === 'minimal') {
    const script = document.createElement('script');
    script.src = '/bench/minimal.js';
    script.onload = function () {
      const main = document.getElementById('main');
      bench.bootMs = performance.now();
      const minimal = window.benchMinimal(idsFor(0), main, {
        intervalMs: interval || 15000,
        token: window.g_ck,
        once: !!feed
      });
      bench.mountedMs = performance.now();
      watchFirstDot(main, '.dot.online');
      bench.emit = function () {
        minimal.take(bench.prepared, Date.now());
      };
      if (feed === 'shared') {
        window.addEventListener('storage', function (event) {
          if (event.key === SHARED_KEY && event.newValue) {
            minimal.take(JSON.parse(event.newValue).presenceArray, Date.now());
          }
        });
      }
      observeWrites(main);
      bench.ready = true;
    };
    document.body.appendChild(script);
    return;
  }

  const scripts =
    impl === 'sp'
      ? [
          text(providers + 'spUserPresence.js'),
          text(providers + 'spPresenceDot.js'),
          text(providers + 'spPresenceWorkplace.js')
        ]
      : impl === 'plain'
        ? [
            text('/bench/minimal.js').then(function (code) {
              (0, eval)(code);
            })
          ]
        : [text('/bench/article-provider.js')];

  Promise.all(scripts).then(function (loaded) {
    const app = angular.module('bench', []);
    if (impl === 'plain') {
      app.directive('benchWidget', plainWidget);
    } else {
      app.factory('spUserPresence', provider(loaded[0]));
    }
    if (impl === 'sp') {
      app.directive('spPresenceDot', provider(loaded[1]));
      // Office days come with their own provider, as on a page whose widget lists it.
      app.factory('spPresenceWorkplace', provider(loaded[2]));
      app.directive('benchWidget', spWidget);
    } else if (impl !== 'plain') {
      app.directive('benchWidget', ['spUserPresence', articleWidget]);
    }
    app.run([
      '$rootScope',
      function ($rootScope) {
        const proto = Object.getPrototypeOf($rootScope);
        const digest = proto.$digest;
        proto.$digest = function () {
          bench.digests++;
          return digest.apply(this, arguments);
        };
      }
    ]);
    const main = document.getElementById('main');
    for (let w = 0; w < widgets; w++) {
      const el = document.createElement('bench-widget');
      el.setAttribute('index', String(w));
      main.appendChild(el);
    }
    bench.bootMs = performance.now();
    const injector = angular.bootstrap(main, ['bench']);
    if (impl === 'plain') {
      // The minimal page's poll over the AngularJS list's plain elements: AngularJS's own share of the first dot.
      window.benchMinimal(idsFor(0), main, { intervalMs: 15000, token: window.g_ck, once: true, existing: true });
    }
    bench.mountedMs = performance.now();
    watchFirstDot(main, impl === 'sp' ? '.sp-presence__dot--online' : '.dot.online');
    if (impl === 'sp' && params.get('availability')) {
      injector.get('spUserPresence').configure({ availability: { intervalMs: Number(params.get('availability')) } });
    }
    if (impl === 'sp' && params.get('office')) {
      injector.get('spUserPresence').showOfficeDays();
    }
    if (impl === 'sp' && interval) {
      injector.get('spUserPresence').configure({ intervalMs: interval });
    }
    // The platform's client emits on the root scope (servicenow.md §1b), inside a digest of its own: not ours to count.
    bench.emit = function () {
      injector.get('$rootScope').$emit('sn.presence', bench.prepared);
    };
    observeWrites(main);

    // n mount/unmount cycles of one dot (sp-presence) or one widget (the article's approach).
    bench.mount = function (n) {
      const $compile = injector.get('$compile');
      const $rootScope = injector.get('$rootScope');
      const host = document.createElement('div');
      document.body.appendChild(host);
      const html =
        impl === 'sp'
          ? '<span sp-presence-dot user-id="id"><span class="avatar"></span></span>'
          : '<bench-widget index="0"></bench-widget>';
      for (let i = 0; i < n; i++) {
        const scope = $rootScope.$new();
        scope.id = users[i % users.length];
        const el = $compile(html)(scope);
        host.appendChild(el[0]);
        scope.$digest();
        scope.$destroy();
        el.remove();
      }
      host.remove();
    };
    bench.ready = true;
  });
})();
