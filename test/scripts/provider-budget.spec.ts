// The build's size gate (scripts/provider-budget.js), with a fake gzip: each script's "size" is its length.
interface Budget {
  checkProviderBudget(
    providers: { name: string; script: string }[],
    gzip: (text: string) => number,
    print: (line: string) => void,
    limit?: number
  ): number;
  EVERY_PAGE_LIMIT_GZIP: number;
}
const budget = require('../../scripts/provider-budget.js') as Budget;

describe('the provider size gate', function () {
  const length = function (text: string): number {
    return text.length;
  };
  function providers(user: number, dot: number): { name: string; script: string }[] {
    return [
      { name: 'spUserPresence', script: 'u'.repeat(user) },
      { name: 'spPresenceDot', script: 'd'.repeat(dot) },
      { name: 'spPresenceWorkplace', script: 'w'.repeat(5000) }
    ];
  }

  it('is 22 KB, on spUserPresence and spPresenceDot joined by a newline', function () {
    expect(budget.EVERY_PAGE_LIMIT_GZIP).toBe(22 * 1024);
    const lines: string[] = [];
    expect(
      budget.checkProviderBudget(
        providers(100, 20),
        length,
        function (line) {
          lines.push(line);
        },
        121
      )
    ).toBe(121);
    expect(lines[0]).toBe('the providers, gzip: spUserPresence 100, spPresenceDot 20, spPresenceWorkplace 5000');
    expect(lines[1]).toContain('gzip together: 121 bytes, limit 121 (0 bytes to spare)');
  });

  it('fails the build one byte over, naming the figure and the limit; other providers do not count', function () {
    expect(function () {
      budget.checkProviderBudget(
        providers(101, 20),
        length,
        function () {
          /* printed */
        },
        121
      );
    }).toThrowError(/spUserPresence \+ spPresenceDot .*gzip together: 122 bytes, limit 121: 1 bytes over/);
    expect(function () {
      budget.checkProviderBudget(providers(22 * 1024, 0), length, function () {
        /* printed */
      });
    }).toThrowError(/gzip together: 22529 bytes, limit 22528/);
  });

  it('fails when a provider it weighs was not built', function () {
    expect(function () {
      budget.checkProviderBudget(providers(1, 1).slice(1), length, function () {
        /* printed */
      });
    }).toThrowError('provider budget: no spUserPresence provider was built');
  });
});
