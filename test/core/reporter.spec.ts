import { createReporter } from '../../src/core/reporter';

describe('createReporter', function () {
  it('logs each kind once until reset, with a recognisable prefix', function () {
    const lines: string[] = [];
    const reporter = createReporter(function (line) {
      lines.push(line);
    });
    reporter.report('server', 'the instance answered 500');
    reporter.report('server', 'the instance answered 503');
    reporter.report('timeout', 'timed out');
    expect(lines).toEqual(['[sp-presence] the instance answered 500', '[sp-presence] timed out']);
    reporter.reset();
    reporter.report('server', 'again');
    expect(lines.length).toBe(3);
  });
});
