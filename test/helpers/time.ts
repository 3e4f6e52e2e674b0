/** Fake time for the engine: jasmine's clock drives RxJS's async scheduler (setInterval + Date). */
export const START = new Date(Date.UTC(2026, 10, 22, 12, 0, 0));

export function installClock(): void {
  jasmine.clock().install();
  jasmine.clock().mockDate(START);
}

export function uninstallClock(): void {
  jasmine.clock().uninstall();
}

/** Lets resolved promises (the transport's answers) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await Promise.resolve();
  }
}

/** Advances fake time and lets the answers of any requests it started arrive. */
export async function advance(ms: number): Promise<void> {
  jasmine.clock().tick(ms);
  await settle();
}

/** Long spans pass in steps (1 s unless told), so answers (promises) arrive between timers as in a browser. */
export async function advanceInSteps(ms: number, step?: number): Promise<void> {
  const size = step || 1000;
  for (let t = 0; t < ms; t += size) {
    await advance(Math.min(size, ms - t));
  }
}
