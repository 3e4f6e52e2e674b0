// The Glide simulation hosted in JavaScript engines other than Rhino (Node for the demo's
// widget server scripts, the browser for the widget specs): the same ES5 files the Rhino specs
// load, evaluated together in one fresh function scope per world, so worlds never share state.
// The caller supplies the files' texts (Node reads them, webpack inlines them).
/** The simulation files a widget server script needs, in load order. */
const WIDGET_FILES = ['sim.js', 'encoded-query.js', 'glide-record.js', 'gs.js'];

/** A fresh simulated instance from the texts of WIDGET_FILES: {SpSim, GlideRecord, GlideRecordSecure, gs}. */
function createWorld(texts) {
  return new Function(
    texts.join('\n;\n') +
      '\nreturn { SpSim: SpSim, GlideRecord: GlideRecord, GlideRecordSecure: GlideRecordSecure, gs: gs };'
  )();
}

/** Points `world` at `tables` (shared, not copied), logging queries into `log` when given. */
function useTables(world, tables, log, properties) {
  world.SpSim.tables = tables;
  world.SpSim.queries = log || [];
  world.SpSim.properties = properties || {};
  return world;
}

/**
 * Runs a widget server script as the instance does: globals options, input, data, gs,
 * GlideRecordSecure. `session.admin`: the signed-in user has the admin role;
 * `session.properties`: system properties.
 */
function runWidgetScript(texts, source, options, tables, log, session) {
  const world = useTables(createWorld(texts), tables, log, session && session.properties);
  world.SpSim.session = {
    userId: 'demo-user',
    userName: 'demo.user',
    roles: session && session.admin ? ['admin'] : []
  };
  const data = {};
  new Function('options', 'input', 'data', 'gs', 'GlideRecordSecure', source)(
    options,
    undefined,
    data,
    world.gs,
    world.GlideRecordSecure
  );
  return data;
}

/** The GlideRecordSecure constructor of a world over `tables`. */
function glideRecordSecure(texts, tables, log, properties) {
  return useTables(createWorld(texts), tables, log, properties).GlideRecordSecure;
}

module.exports = { WIDGET_FILES, createWorld, runWidgetScript, glideRecordSecure };
