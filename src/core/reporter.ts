/** One console line per kind of problem, not one per poll: a failing page must not flood the console. */
export interface Reporter {
  report(kind: string, message: string): void;
  /** After a recovery, a new failure of a kind already told is news again. */
  reset(): void;
}

export type LogFn = (message: string) => void;

export function createReporter(log: LogFn): Reporter {
  let told: { [kind: string]: boolean } = {};
  return {
    report: function (kind, message) {
      if (!told[kind]) {
        told[kind] = true;
        log('[sp-presence] ' + message);
      }
    },
    reset: function () {
      told = {};
    }
  };
}
