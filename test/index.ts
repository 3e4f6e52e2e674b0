// Collects every unit/component spec into one bundle (e2e/ runs separately, against the demo).
import { CLOCK_KEY } from '../src/core/server-clock';
import { SHARED_CACHE_KEY } from '../src/core/shared-cache';

// What one spec's engine shares through localStorage (the answer, the server clock) must not
// answer the next spec's dots.
beforeEach(function () {
  localStorage.removeItem(SHARED_CACHE_KEY);
  localStorage.removeItem(CLOCK_KEY);
});

const specs = require.context('.', true, /^\.\/(?!e2e\/).*\.spec\.ts$/);
specs.keys().forEach(specs);
