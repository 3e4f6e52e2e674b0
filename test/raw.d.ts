// Files imported with `?raw` arrive as their exact text (karma.conf.js: asset/source).
declare module '*?raw' {
  const text: string;
  export default text;
}

// webpack's require in specs: CommonJS build scripts, and require.context in index.ts.
declare const require: {
  (id: string): unknown;
  context(dir: string, deep: boolean, filter: RegExp): { keys(): string[]; (id: string): unknown };
};
