/**
 * When the activity source looks for an answer: one timer at a time, planned by
 * look-schedule.ts; mounts coalesce into one look (a page mounting thousands of dots plans one
 * timer, not one per dot), and new dots also get a look as soon as the task that mounted them
 * ends, before the page first renders.
 */
import { Subscription } from 'rxjs';
import { after, endOfTask } from '../../delay';
import { SourceContext } from '../source';
import { Answer } from './answer';
import { nextLookDelay } from './look-schedule';

/** What the plan depends on, read from the source at each planning. */
export interface LookInputs {
  /** Nothing to plan: stopped, a request out, or the endpoint gone. */
  idle: boolean;
  latest: Answer | undefined;
  clockKnown: boolean;
  /** No request before this time (backoff, Retry-After, a pause). */
  notBefore: number;
}

export class LookPlanner {
  /** When the oldest mount still waiting for a look happened: mounts within coalesceMs share it. */
  private mountSince: number | undefined;
  /** When this tab last looked: an unproductive look is not repeated within an interval. */
  private lastLook: number | undefined;
  private check: Subscription | undefined;
  private inHand: Subscription | undefined;

  constructor(
    private readonly context: SourceContext,
    private readonly inputs: () => LookInputs,
    private readonly look: () => void,
    private readonly atEndOfMountTask: () => void
  ) {}

  /** A dot mounted: the look planned for the first mount of the window serves every later one. */
  mounted(): void {
    if (this.mountSince !== undefined && this.check) {
      return;
    }
    if (this.mountSince === undefined) {
      this.mountSince = this.context.scheduler.now();
      this.cancelInHand();
      this.inHand = endOfTask().subscribe(() => {
        this.inHand = undefined;
        this.atEndOfMountTask();
      });
    }
    this.plan(false);
  }

  /** Plans the next look (`urgent`: now). */
  plan(urgent: boolean): void {
    const inputs = this.inputs();
    if (inputs.idle) {
      return;
    }
    const settings = this.context.settings();
    const delay = nextLookDelay({
      now: this.context.scheduler.now(),
      urgent: urgent,
      mountSince: this.mountSince,
      coalesceMs: settings.coalesceMs,
      intervalMs: settings.intervalMs,
      clockKnown: inputs.clockKnown,
      mayPoll: this.context.mayAsk(),
      latest: inputs.latest,
      lastLook: this.lastLook,
      notBefore: inputs.notBefore
    });
    this.cancelCheck();
    this.check = after(delay, this.context.scheduler).subscribe(() => {
      this.check = undefined;
      this.mountSince = undefined;
      this.lastLook = this.context.scheduler.now();
      this.look();
    });
  }

  /** A look of the source's own (a request sent now): the planned one is void. */
  cancelCheck(): void {
    if (this.check) {
      this.check.unsubscribe();
      this.check = undefined;
    }
  }

  stop(): void {
    this.cancelCheck();
    this.cancelInHand();
  }

  private cancelInHand(): void {
    if (this.inHand) {
      this.inHand.unsubscribe();
      this.inHand = undefined;
    }
  }
}
