// Builds what ships: the AngularJS module (readable and minified) and the Angular Provider
// bodies that scripts/build.js wraps into sp_angular_provider scripts. Everything is ES5;
// `angular` is never bundled (the instance provides it).
const path = require('path');
const TerserPlugin = require('terser-webpack-plugin');

const es5Environment = {
  arrowFunction: false,
  const: false,
  destructuring: false,
  forOf: false,
  optionalChaining: false,
  templateLiteral: false,
  dynamicImport: false,
  module: false
};

// `readable` keeps names and layout (for people reading the shipped file) but still drops dead
// code, such as tslib's unused ES2015 default export that would break the ES5 guarantee.
/**
 * The spPresenceWorkplace body runs inside its provider's function, whose argument is the
 * spUserPresence service: the modules both use come from the kit that service lends
 * (src/angular/workplace-kit.ts), not from a second copy. Keys are the kit's entries.
 */
const FROM_KIT = {
  rxjs: 'rxjs',
  'rxjs/operators': 'operators',
  tslib: 'tslib',
  'src/core/delay': 'delay',
  'src/core/failure': 'failure',
  'src/core/reporter': 'reporter',
  'src/core/sources/ask-json': 'askJson',
  'src/core/sources/scheduled-source': 'scheduledSource',
  'src/core/sys-id': 'sysId'
};

function fromKit({ context, request }, callback) {
  const local = request.charAt(0) === '.' ? path.relative(__dirname, path.resolve(context, request)) : request;
  const key = FROM_KIT[local.split(path.sep).join('/')];
  return key ? callback(null, 'var spUserPresence.kit.' + key) : callback();
}

function config({ name, entry, dir, filename, library, readable, sizeMap, externals }) {
  return {
    name,
    mode: 'production',
    target: ['web', 'es5'],
    entry,
    // The provider bodies keep a map beside them in build/ (never shipped): the build's size by part reads it.
    devtool: sizeMap ? 'hidden-source-map' : false,
    output: {
      path: path.resolve(__dirname, dir),
      filename,
      iife: true,
      library,
      environment: es5Environment
    },
    externals: [{ angular: 'angular' }].concat(externals || []),
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } }]
    },
    performance: { hints: false },
    optimization: {
      minimize: true,
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: readable
            ? {
                ecma: 5,
                mangle: false,
                compress: { sequences: false, join_vars: false },
                format: { beautify: true, comments: false }
              }
            : {
                ecma: 5,
                // Property reads have no side effects in our code (no getters that must run), and
                // each bundle is one scope of its own (an IIFE, or the provider's function).
                compress: { passes: 3, pure_getters: true },
                toplevel: true,
                format: { comments: false }
              }
        })
      ]
    }
  };
}

module.exports = [
  config({ name: 'module', entry: './src/angular/module.ts', dir: 'dist', filename: 'sp-presence.js', readable: true }),
  config({
    name: 'module-min',
    entry: './src/angular/module.ts',
    dir: 'dist',
    filename: 'sp-presence.min.js',
    readable: false
  }),
  // Provider bodies: each assigns the variable spPresenceProvider, which the provider wrapper declares and calls.
  config({
    name: 'provider-factory',
    entry: './src/angular/provider/user-presence.provider.ts',
    dir: 'build/providers',
    filename: 'spUserPresence.body.js',
    readable: false,
    sizeMap: true
  }),
  config({
    name: 'provider-directive',
    entry: './src/angular/provider/presence-dot.provider.ts',
    dir: 'build/providers',
    filename: 'spPresenceDot.body.js',
    readable: false,
    sizeMap: true
  }),
  config({
    name: 'provider-workplace',
    entry: './src/angular/provider/workplace.provider.ts',
    dir: 'build/providers',
    filename: 'spPresenceWorkplace.body.js',
    readable: false,
    sizeMap: true,
    externals: [fromKit]
  }),
  config({
    name: 'provider-record',
    entry: './src/angular/provider/record-presence.provider.ts',
    dir: 'build/providers',
    filename: 'spRecordPresence.body.js',
    readable: false,
    sizeMap: true
  })
];
