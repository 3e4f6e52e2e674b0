// Proves a shipped script parses as ES5 (what Service Portal on older instances accepts).
const acorn = require('acorn');

/** Throws with file and position when `code` is not ES5; a bare function expression is wrapped first. */
function assertEs5(code, label) {
  const source = /^\s*function\b/.test(code) ? '(' + code + ')' : code;
  try {
    acorn.parse(source, { ecmaVersion: 5 });
  } catch (e) {
    throw new Error(label + ' is not ES5: ' + e.message);
  }
}

module.exports = { assertEs5 };
