import { CLOCK_MAX_AGE_MS, ServerClock } from '../../src/core/server-clock';
import { MemoryStore } from '../helpers/memory-store';

describe('ServerClock', function () {
  const NOW = 1795348800000;

  it('knows nothing until measured', function () {
    expect(new ServerClock(new MemoryStore()).skew(NOW)).toBeUndefined();
  });

  it('keeps the skew of an answer: server time minus browser time', function () {
    const clock = new ServerClock();
    clock.measured(NOW - 600000, NOW); // the browser runs 10 minutes ahead
    expect(clock.skew(NOW + 5000)).toBe(-600000);
  });

  it('shares the measure with the other tabs through the store', function () {
    const store = new MemoryStore();
    new ServerClock(store).measured(NOW + 2500, NOW);
    expect(new ServerClock(store).skew(NOW + 1000)).toBe(2500);
  });

  it('takes the newest measure, its own or another tab', function () {
    const store = new MemoryStore();
    const mine = new ServerClock(store);
    const other = new ServerClock(store);
    mine.measured(NOW + 100, NOW);
    other.measured(NOW + 60000 + 900, NOW + 60000);
    expect(mine.skew(NOW + 60000)).toBe(900);
  });

  it('forgets a measure older than an hour', function () {
    const clock = new ServerClock(new MemoryStore());
    clock.measured(NOW + 100, NOW);
    expect(clock.skew(NOW + CLOCK_MAX_AGE_MS - 1)).toBe(100);
    expect(clock.skew(NOW + CLOCK_MAX_AGE_MS)).toBeUndefined();
  });
});
