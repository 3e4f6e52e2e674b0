/**
 * Sources of per-user facts beside activity (availability today; in-office days next): what
 * such a source is, and what it is lent. Each is run by the leader tab only; its values are
 * applied to the board and shared with the other tabs by user-source-runner.ts.
 */
import { SchedulerLike } from 'rxjs';
import { LogFn } from '../reporter';
import { Settings } from '../settings';
import { StatusBoard } from '../status-board';
import { Transport } from '../transport';

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
  /** The leader tab shared fresh values: should this tab lead next, its own request is due an interval from now. */
  heardFromLeader(): void;
  readonly requestsSent: number;
  /** What diagnose() reports of it, if anything. */
  diagnosis?(): object | undefined;
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
