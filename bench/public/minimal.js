// The poll-cost baseline: a hand-written page that does only the necessary work of one poll,
// every `options.intervalMs` ms: fetch, JSON.parse, one map lookup per answer entry, classify,
// and write only the dots whose status changed (a watched user absent from the answer is
// offline). `options.once` polls only at start; `take` is then the whole work of one answer
// handed over already parsed (the platform's client) or read from the shared cache.
window.benchMinimal = function (ids, main, options) {
  'use strict';
  const dots = new Map();
  // `options.existing`: dots some other code already drew (`.dot[data-user]`), e.g. an AngularJS list.
  const existing = options.existing && main.querySelectorAll('.dot[data-user]');
  ids.forEach(function (id, i) {
    let dot = existing && existing[i];
    if (!dot) {
      const avatar = document.createElement('span');
      avatar.className = 'avatar';
      dot = document.createElement('span');
      dot.className = 'dot offline';
      main.appendChild(avatar);
      main.appendChild(dot);
    }
    dots.set(id, { el: dot, status: 'offline', seen: 0 });
  });
  let round = 0;

  function classify(elapsed) {
    return elapsed < 30000 ? 'online' : elapsed < 60000 ? 'away' : 'offline';
  }

  function show(dot, status) {
    if (dot.status !== status) {
      dot.status = status;
      dot.el.className = 'dot ' + status;
    }
  }

  function take(entries, serverNow) {
    round++;
    for (let i = 0; i < entries.length; i++) {
      const dot = dots.get(entries[i].user);
      if (dot) {
        dot.seen = round;
        show(dot, classify(serverNow - entries[i].last_on));
      }
    }
    dots.forEach(function (dot) {
      if (dot.seen !== round) {
        show(dot, 'offline');
      }
    });
    window.bench.polls++;
  }

  function poll() {
    fetch('/api/now/ui/presence?sysparm_auto_request=true&cd=' + Date.now(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-UserToken': options.token },
      body: '{}'
    })
      .then(function (r) {
        return r.text();
      })
      .then(function (text) {
        const result = JSON.parse(text).result;
        take(result.presenceArray, result.serverTimeMillis);
      })
      .then(function () {
        if (!options.once) {
          setTimeout(poll, options.intervalMs);
        }
      });
  }
  poll();
  return { take: take };
};
