// How the shipped provider bodies divide into parts (RxJS, core, sources, ...): each byte of the
// minified body is credited to the source file its source map names, then grouped by folder;
// each part's gzip is that of its own bytes on their own (so parts add up to a little more than
// the whole, which compresses across parts).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { SourceMapConsumer } = require('source-map-js');

/** Folder patterns, first match wins; the order is the table's. */
const PARTS = [
  ['RxJS', /node_modules\/rxjs\//],
  ['tslib', /node_modules\/tslib\//],
  ['sources', /src\/core\/sources\//],
  ['core', /src\/core\//],
  ['dom', /src\/dom\//],
  ['AngularJS glue', /src\/angular\//]
];

function partOf(source) {
  const found = PARTS.find(function (p) {
    return p[1].test(source || '');
  });
  return found ? found[0] : 'webpack runtime';
}

/** { part: text } of one minified body and its map. */
function splitByPart(code, map) {
  const lines = code.split('\n');
  const texts = {};
  const add = function (part, text) {
    texts[part] = (texts[part] || '') + text;
  };
  const consumer = new SourceMapConsumer(map);
  const mappings = [];
  consumer.eachMapping(
    function (m) {
      mappings.push(m);
    },
    null,
    SourceMapConsumer.GENERATED_ORDER
  );
  // Text before the first mapping of a line, and unmapped lines, is the bundle's own.
  let line = 1;
  let column = 0;
  let part = 'webpack runtime';
  mappings.forEach(function (m) {
    while (line < m.generatedLine) {
      add(part, lines[line - 1].slice(column) + '\n');
      line++;
      column = 0;
      part = 'webpack runtime';
    }
    add(part, lines[line - 1].slice(column, m.generatedColumn));
    column = m.generatedColumn;
    part = partOf(m.source);
  });
  for (; line <= lines.length; line++) {
    add(part, lines[line - 1].slice(column) + (line < lines.length ? '\n' : ''));
    column = 0;
  }
  return texts;
}

/** Prints raw and gzip bytes per part over all `bodies` (paths of minified files with a .map beside). */
function printSizeByPart(bodies) {
  const totals = {};
  bodies.forEach(function (file) {
    const texts = splitByPart(fs.readFileSync(file, 'utf8'), JSON.parse(fs.readFileSync(file + '.map', 'utf8')));
    Object.keys(texts).forEach(function (part) {
      totals[part] = (totals[part] || '') + texts[part];
    });
  });
  const names = PARTS.map(function (p) {
    return p[0];
  })
    .concat(['webpack runtime'])
    .filter(function (name) {
      return totals[name];
    });
  console.log('the providers by part' + ' '.repeat(8) + '      raw     gzip');
  names.forEach(function (name) {
    const text = totals[name];
    console.log(
      '  ' +
        name.padEnd(28) +
        String(Buffer.byteLength(text)).padStart(8) +
        ' ' +
        String(zlib.gzipSync(text, { level: 9 }).length).padStart(8)
    );
  });
  console.log(
    '  (' +
      bodies
        .map(function (b) {
          return path.basename(b);
        })
        .join(' + ') +
      ')'
  );
}

module.exports = { printSizeByPart, splitByPart };
