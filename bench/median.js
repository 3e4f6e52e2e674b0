// The middle of the measured values (the upper middle for an even count): what every measure reports.
function median(values) {
  const sorted = values.slice().sort(function (a, b) {
    return a - b;
  });
  return sorted[Math.floor(sorted.length / 2)];
}

module.exports = { median };
