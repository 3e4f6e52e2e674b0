// Collects every unit/component spec into one bundle (e2e/ runs separately, against the demo).
const specs = require.context('.', true, /^\.\/(?!e2e\/).*\.spec\.ts$/);
specs.keys().forEach(specs);
