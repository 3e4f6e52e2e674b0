// The simulated instance's clock: real time, optionally faster, plus jumps a test can request.
function createClock(options) {
  const speed = (options && options.speed) || 1;
  const realStart = Date.now();
  let offset = 0;
  return {
    now: function () {
      return realStart + (Date.now() - realStart) * speed + offset;
    },
    advance: function (ms) {
      offset += ms;
    },
    speed: speed
  };
}

module.exports = { createClock };
