import clientJs from '../../widget/client.js?raw';
import serverJs from '../../widget/server.js?raw';
import moduleJs from '../../dist/sp-presence.js?raw';
import moduleMinJs from '../../dist/sp-presence.min.js?raw';
import factoryJs from '../../dist/providers/spUserPresence.js?raw';
import directiveJs from '../../dist/providers/spPresenceDot.js?raw';
import recordJs from '../../dist/providers/spRecordPresence.js?raw';
import workplaceJs from '../../dist/providers/spPresenceWorkplace.js?raw';

// The build's own checker (scripts/es5.js), run here on what ships.
const { assertEs5 } = require('../../scripts/es5.js') as { assertEs5(code: string, label: string): void };

describe('ES5 check', function () {
  const shipped: { [name: string]: string } = {
    'dist/sp-presence.js': moduleJs,
    'dist/sp-presence.min.js': moduleMinJs,
    'dist/providers/spUserPresence.js': factoryJs,
    'dist/providers/spPresenceDot.js': directiveJs,
    'dist/providers/spRecordPresence.js': recordJs,
    'dist/providers/spPresenceWorkplace.js': workplaceJs,
    'widget/client.js': clientJs,
    'widget/server.js': serverJs
  };

  Object.keys(shipped).forEach(function (name) {
    it(name + ' parses as ES5', function () {
      expect(shipped[name].length).toBeGreaterThan(100);
      expect(function () {
        assertEs5(shipped[name], name);
      }).not.toThrow();
    });
  });

  it('rejects ES2015 syntax (arrow functions, let, classes)', function () {
    expect(function () {
      assertEs5('var f = () => 1;', 'arrow');
    }).toThrowError(/arrow is not ES5/);
    expect(function () {
      assertEs5('let x = 1;', 'let');
    }).toThrowError(/let is not ES5/);
    expect(function () {
      assertEs5('function f() { class A {} }', 'class');
    }).toThrowError(/class is not ES5/);
  });
});
