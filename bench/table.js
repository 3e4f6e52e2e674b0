// Prints rows (the first is the header) as a Markdown table with aligned columns.
function printTable(table) {
  const widths = table[0].map(function (_h, i) {
    return Math.max.apply(
      null,
      table.map(function (r) {
        return String(r[i]).length;
      })
    );
  });
  console.log('');
  table.forEach(function (r, n) {
    console.log(
      '| ' +
        r
          .map(function (cell, i) {
            return String(cell).padEnd(widths[i]);
          })
          .join(' | ') +
        ' |'
    );
    if (n === 0) {
      console.log(
        '|' +
          widths
            .map(function (w) {
              return '-'.repeat(w + 2);
            })
            .join('|') +
          '|'
      );
    }
  });
}

module.exports = { printTable };
