import { classify, DEFAULT_THRESHOLDS, msUntilNextChange } from '../../src/core/status';

describe('classify', function () {
  const t = DEFAULT_THRESHOLDS;

  it('puts each threshold edge on the right side (online < 30 000 ms, away < 60 000 ms)', function () {
    expect(classify(0, t)).toBe('online');
    expect(classify(29999, t)).toBe('online');
    expect(classify(30000, t)).toBe('away');
    expect(classify(59999, t)).toBe('away');
    expect(classify(60000, t)).toBe('offline');
    expect(classify(3600000, t)).toBe('offline');
  });

  it('reads unknown or nonsense activity as offline', function () {
    expect(classify(undefined, t)).toBe('offline');
    expect(classify(NaN, t)).toBe('offline');
    expect(classify(Infinity, t)).toBe('offline');
  });

  it('treats activity slightly in the future (clock skew) as online', function () {
    expect(classify(-500, t)).toBe('online');
  });

  it('follows configured thresholds', function () {
    const custom = { onlineMs: 5000, awayMs: 10000 };
    expect(classify(4999, custom)).toBe('online');
    expect(classify(5000, custom)).toBe('away');
    expect(classify(10000, custom)).toBe('offline');
  });
});

describe('msUntilNextChange', function () {
  const t = DEFAULT_THRESHOLDS;

  it('counts down to the next threshold, and stops once offline', function () {
    expect(msUntilNextChange(10000, t)).toBe(20000);
    expect(msUntilNextChange(30000, t)).toBe(30000);
    expect(msUntilNextChange(59000, t)).toBe(1000);
    expect(msUntilNextChange(60000, t)).toBeUndefined();
    expect(msUntilNextChange(undefined, t)).toBeUndefined();
  });
});
