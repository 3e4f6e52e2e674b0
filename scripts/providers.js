// Turns the webpack provider bodies into sp_angular_provider scripts: one ES5 function
// expression each, whose parameter names are what Service Portal injects.
const vm = require('vm');

const PROVIDERS = [
  { name: 'spUserPresence', type: 'factory', body: 'spUserPresence.body.js' },
  { name: 'spPresenceDot', type: 'directive', body: 'spPresenceDot.body.js' },
  { name: 'spRecordPresence', type: 'directive', body: 'spRecordPresence.body.js' },
  // Its code takes shared modules from the service's kit as it loads (webpack.config.js, fromKit).
  { name: 'spPresenceWorkplace', type: 'factory', body: 'spPresenceWorkplace.body.js', kitFrom: 'spUserPresence' }
];

/**
 * A body that loads from a kit needs the service of the same release: with an older one (a
 * partial import) the provider says so once and hands the service back, instead of failing the
 * page's widget with a TypeError.
 */
function kitGuard(provider) {
  return provider.kitFrom
    ? 'if (!' +
        provider.kitFrom +
        ' || !' +
        provider.kitFrom +
        '.kit) { console.warn(' +
        JSON.stringify(
          '[sp-presence] ' +
            provider.name +
            ' needs the ' +
            provider.kitFrom +
            ' of its own release (import the whole update set): office days, following and recent activities are off'
        ) +
        '); return ' +
        provider.kitFrom +
        '; }'
    : undefined;
}

/**
 * While a body is read for its $inject, what it may take of the service it will be given: the
 * spPresenceWorkplace body takes its shared modules from `spUserPresence.kit` as it loads (any
 * export reads as a function here: nothing runs but class set-up).
 */
const KIT_STUB = new Proxy(
  {},
  {
    get: function () {
      return new Proxy(
        {},
        {
          get: function () {
            return function () {};
          }
        }
      );
    }
  }
);

/** The injected names come from the function's own $inject, so the wrapper cannot drift from the source. */
function injectedNames(body, name) {
  const fn = vm.runInNewContext('var spPresenceProvider;\n' + body + '\n;spPresenceProvider', {
    spUserPresence: { kit: KIT_STUB }
  });
  if (typeof fn !== 'function' || !Array.isArray(fn.$inject)) {
    throw new Error(
      'the ' + name + ' provider body must assign spPresenceProvider a function with an explicit $inject'
    );
  }
  return fn.$inject;
}

function providerScript(provider, body, pkg) {
  const params = injectedNames(body, provider.name).join(', ');
  return [
    'function ' + provider.name + '(' + params + ') {',
    '/* sp-presence ' + pkg.version + ': generated from src/ by npm run build; edit the source, not this record. */',
    kitGuard(provider),
    'var spPresenceProvider;',
    body.trim(),
    'return spPresenceProvider(' + params + ');',
    '}',
    ''
  ]
    .filter(function (line) {
      return line !== undefined;
    })
    .join('\n');
}

module.exports = { PROVIDERS, providerScript };
