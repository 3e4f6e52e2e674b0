// Simulated sys_user / sys_user_group data, and when each user was last active. Activity
// follows believable, repeatable patterns: some people work steadily, some step away for a
// while and come back, some have gone home.
const crypto = require('crypto');

/** A work email from the name (what vendors map people by); hostile names get a plain one. */
function emailOf(name, index) {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
  return (/^[a-z]+(\.[a-z]+)+$/.test(local) ? local : 'user' + index) + '@example.com';
}

function sysId(key) {
  return crypto
    .createHash('md5')
    .update('sp-presence-demo/' + key)
    .digest('hex');
}

// [name, pattern, title]; the hostile names must render as text wherever they appear.
const PEOPLE = [
  ['Abel Tuter', 'steady', 'Service desk agent'],
  ['Beth Anglin', 'cycling', 'Network engineer'],
  ['Charlie Whitherspoon', 'steady', 'Service desk lead'],
  ['Dana Kim', 'cycling', 'Database administrator'],
  ['Eloise Okafor', 'gone', 'Change manager'],
  ['Fred Luddy', 'steady', 'Platform architect'],
  ['Grace Hopper', 'cycling', 'Developer'],
  ['Hiro Tanaka', 'cycling', 'Security analyst'],
  ['Ines Duarte', 'gone', 'HR partner'],
  ['Jamal Carter', 'steady', 'Field technician'],
  ['Karin Lindqvist', 'cycling', 'Problem manager'],
  ['Luis Ortega', 'steady', 'Service desk agent'],
  ['Mei Chen', 'cycling', 'Cloud engineer'],
  ['Noor Haddad', 'gone', 'Procurement'],
  ['Oscar Nilsen', 'cycling', 'Service desk agent'],
  ['Priya Raman', 'steady', 'Incident manager'],
  ['Quinn Murphy', 'cycling', 'Asset manager'],
  ['Rosa Delgado', 'gone', 'Facilities'],
  ['Sven Berg', 'cycling', 'Network engineer'],
  ['Tomasz Nowak', 'steady', 'Developer'],
  ['Uma Patel', 'cycling', 'Business analyst'],
  ['Viktor Petrov', 'gone', 'Developer'],
  ['Wen Li', 'cycling', 'QA engineer'],
  ['Xavier Dupont', 'steady', 'Service owner'],
  ['Yara Costa', 'cycling', 'Knowledge manager'],
  ['Zoë Ångström-Ødegård', 'cycling', 'Localisation'],
  ['<img src=x onerror="window.__spPresencePwned=1">', 'steady', 'Hostile name (HTML)'],
  ['"><script>window.__spPresencePwned=2</script>', 'cycling', 'Hostile name (script)'],
  ["{{constructor.constructor('window.__spPresencePwned=3')()}}", 'steady', 'Hostile name (AngularJS expression)'],
  ["Robert'); DROP TABLE sys_user;--", 'gone', 'Hostile name (SQL)'],
  ['Maximiliana Alexandrovna Konstantinopoulou-Vanderbilt', 'cycling', 'Very long name'],
  ['Ada Lovelace', 'steady', 'Analyst'],
  ['Bao Nguyen', 'cycling', 'Service desk agent'],
  ['Chidi Anagonye', 'gone', 'Ethics board'],
  ['Delia Moreno', 'cycling', 'Change analyst'],
  ['Emeka Obi', 'steady', 'Service desk agent'],
  ['Farah Aziz', 'cycling', 'Release manager'],
  ['Gus Ferreira', 'gone', 'Contractor'],
  ['Hana Sato', 'cycling', 'UX designer'],
  ['Ivan Horvat', 'steady', 'SRE']
];

const GROUPS = [
  { name: 'Service Desk', members: [0, 2, 11, 14, 15, 26, 27, 28, 32, 35, 1, 30] },
  { name: 'Network', members: [1, 18, 12, 39] }
];

function initials(name) {
  const words = name
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const letters = words.length ? words[0][0] + (words.length > 1 ? words[words.length - 1][0] : '') : '?';
  return letters.toUpperCase();
}

/** A stable small number per user, so patterns differ but repeat run to run. */
function seed(id, modulo) {
  return parseInt(id.slice(0, 8), 16) % modulo;
}

function createDirectory() {
  const users = PEOPLE.map(function (p, i) {
    const id = sysId('user/' + i);
    return {
      sys_id: id,
      name: p[0],
      email: emailOf(p[0], i),
      title: p[2],
      active: 'true',
      pattern: p[1],
      initials: initials(p[0]),
      photo: i % 5 === 3,
      // cycling: a period of 2 to 4 minutes, working for about half of it
      periodMs: (120 + seed(id, 120)) * 1000,
      phaseMs: seed(id.slice(8), 240) * 1000
    };
  });
  const groups = GROUPS.map(function (g) {
    return {
      sys_id: sysId('group/' + g.name),
      name: g.name,
      members: g.members.map(function (i) {
        return users[i].sys_id;
      })
    };
  });
  const byId = new Map(
    users.map(function (u) {
      return [u.sys_id, u];
    })
  );
  // Activity Subscriptions: the predefined contexts, and a consumer record for every other person.
  const activityContexts = [
    { sys_id: sysId('actsub/Consumer'), name: 'Consumer' },
    { sys_id: sysId('actsub/Contact'), name: 'Contact' }
  ];
  const consumers = users
    .filter(function (_u, i) {
      return i % 2 === 1;
    })
    .map(function (u) {
      return { sys_id: sysId('consumer/' + u.sys_id), user: u.sys_id };
    });
  /** Set by the admin API: a user's activity pinned to an exact time. */
  const pinned = new Map();

  function lastOn(user, now) {
    if (pinned.has(user.sys_id)) {
      return pinned.get(user.sys_id);
    }
    const jitter = seed(user.sys_id.slice(4), 8000);
    if (user.pattern === 'steady') {
      return now - jitter;
    }
    if (user.pattern === 'gone') {
      return now - 3 * 3600 * 1000 - jitter;
    }
    const t = (now + user.phaseMs) % user.periodMs;
    const working = user.periodMs / 2;
    return t < working ? now - jitter : now - (t - working);
  }

  return {
    users: users,
    groups: groups,
    activityContexts: activityContexts,
    consumers: consumers,
    get: function (id) {
      return byId.get(id);
    },
    lastOn: lastOn,
    pin: function (id, time) {
      pinned.set(id, time);
    },
    unpinAll: function () {
      pinned.clear();
    },
    /** The tables the widget server scripts read through GlideRecordSecure. */
    tables: function () {
      return {
        sys_user: users.map(function (u) {
          return { sys_id: u.sys_id, name: u.name, title: u.title, active: u.active };
        }),
        sys_user_group: groups.map(function (g) {
          return { sys_id: g.sys_id, name: g.name };
        }),
        sys_user_grmember: [].concat.apply(
          [],
          groups.map(function (g) {
            return g.members.map(function (m) {
              return { group: g.sys_id, user: m };
            });
          })
        ),
        sn_actsub_activity_context: activityContexts,
        csm_consumer: consumers
      };
    }
  };
}

module.exports = { createDirectory, sysId };
