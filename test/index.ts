// Collects every unit/component spec into one bundle (e2e/ runs separately, against the demo).
declare const require: { context(dir: string, deep: boolean, filter: RegExp): { keys(): string[]; (id: string): unknown } };
const specs = require.context('.', true, /^\.\/(?!e2e\/).*\.spec\.ts$/);
specs.keys().forEach(specs);
