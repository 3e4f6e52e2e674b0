/**
 * Sources of per-user facts beside activity (availability today; in-office days next), as the
 * engine runs them: configured from the page's settings, run by the leader tab only, their
 * values applied to the status board and shared with the other tabs. Adding one means adding
 * its spec to USER_SOURCES; the engine and the directive stay as they are.
 */
import { SchedulerLike } from 'rxjs';
import { Availability, readAvailabilityValue } from '../availability';
import { LogFn } from '../reporter';
import { Settings } from '../settings';
import { StatusBoard } from '../status-board';
import { Transport } from '../transport';
import { AvailabilitySource } from './availability-source';

/** What the engine lends a source. */
export interface UserSourceContext<T> {
  transport: Transport;
  scheduler: SchedulerLike;
  random: () => number;
  log: LogFn;
  timeoutMs: () => number;
  /** The users to ask about (this tab's, and the other tabs' for a leader). */
  ids: () => string[];
  /** Whether this tab may ask now (it leads its tab group, and someone looks). */
  mayAsk: () => boolean;
  /** Fresh values, by user (an empty map: none is fresh any more). */
  emit: (values: Map<string, T>) => void;
}

export interface UserSource {
  configure(config: unknown): void;
  /** Something changed (leadership, users, visibility): ask now if due and allowed. */
  wake(): void;
  stop(): void;
  readonly requestsSent: number;
}

export interface UserSourceSpec<T> {
  name: string;
  /** The source's part of the page settings; undefined: off. */
  config(settings: Settings): unknown;
  create(context: UserSourceContext<T>): UserSource;
  /** A value shared by the leader tab, checked, or undefined. */
  readValue(raw: unknown): T | undefined;
  apply(board: StatusBoard, values: Map<string, T>): void;
}

const availability: UserSourceSpec<Availability> = {
  name: 'availability',
  config: function (settings) { return settings.availability; },
  create: function (context) {
    return new AvailabilitySource({
      transport: context.transport,
      scheduler: context.scheduler,
      random: context.random,
      log: context.log,
      timeoutMs: context.timeoutMs,
      ids: context.ids,
      mayAsk: context.mayAsk,
      onAvailability: context.emit
    });
  },
  readValue: readAvailabilityValue,
  apply: function (board, values) { board.applyAvailability(values); }
};

export const USER_SOURCES: UserSourceSpec<unknown>[] = [availability as UserSourceSpec<unknown>];
