/** What a per-user source is to the engine, and what the engine lends it (user-sources.ts registers them). */
import { SchedulerLike } from 'rxjs';
import { LogFn } from '../reporter';
import { Transport } from '../transport';

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
