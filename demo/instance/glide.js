// The demo's widget server scripts run in Node on the one Glide simulation (server-sim/, ES5,
// the same files the Rhino specs load), read from disk here.
const fs = require('fs');
const path = require('path');
const world = require('../../server-sim/world');

const texts = world.WIDGET_FILES.map(function (name) {
  return fs.readFileSync(path.join(__dirname, '..', '..', 'server-sim', name), 'utf8');
});

function runServerScript(source, options, tables, log, session) {
  return world.runWidgetScript(texts, source, options, tables, log, session);
}

module.exports = { runServerScript };
