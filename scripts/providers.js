// Turns the webpack provider bodies into sp_angular_provider scripts: one ES5 function
// expression each, whose parameter names are what Service Portal injects.
const vm = require('vm');

const PROVIDERS = [
  { name: 'spUserPresence', type: 'factory', exportName: 'userPresenceFactory', body: 'spUserPresence.body.js' },
  { name: 'spPresenceDot', type: 'directive', exportName: 'presenceDotDirective', body: 'spPresenceDot.body.js' }
];

/** The injected names come from the function's own $inject, so the wrapper cannot drift from the source. */
function injectedNames(body, exportName) {
  const exported = vm.runInNewContext(body + '\n;spPresenceExports', {});
  const fn = exported[exportName];
  if (typeof fn !== 'function' || !Array.isArray(fn.$inject)) {
    throw new Error(exportName + ' must be exported with an explicit $inject');
  }
  return fn.$inject;
}

function providerScript(provider, body, pkg) {
  const params = injectedNames(body, provider.exportName).join(', ');
  return [
    'function ' + provider.name + '(' + params + ') {',
    '/* sp-presence ' + pkg.version + ': generated from src/ by npm run build; edit the source, not this record. */',
    body.trim(),
    'return spPresenceExports.' + provider.exportName + '(' + params + ');',
    '}',
    ''
  ].join('\n');
}

module.exports = { PROVIDERS, providerScript };
