/**
 * What a source is to the engine, and what the engine lends it. The engine keeps the dots'
 * board, the server clock and the tab group; each source decides what it asks, how often, how
 * its answers read into the board and what its failures mean. The activity poll (UI16's) is
 * the default source; the others are registered in registry.ts.
 */
import { SchedulerLike } from 'rxjs';
import { LogFn } from '../reporter';
import { ServerClock } from '../server-clock';
import { Settings } from '../settings';
import { KeyValueStore } from '../shared-cache';
import { SharedResult } from '../shared-result';
import { StatusBoard } from '../status-board';
import { TabLeader } from '../tab-leader';
import { Transport } from '../transport';

export interface SourceContext {
  transport: Transport;
  scheduler: SchedulerLike;
  random: () => number;
  log: LogFn;
  settings: () => Settings;
  board: StatusBoard;
  clock: ServerClock;
  /** localStorage, when the page has one. */
  store: KeyValueStore | undefined;
  /** The tab group, while dots are watched and the browser has other tabs to share with. */
  tabs: () => TabLeader<SharedResult> | undefined;
  /** This tab's users and, for a leader, the other tabs'. */
  ids: () => string[];
  /** This tab may ask the instance now: it leads its tab group, someone looks, and the session stands. */
  mayAsk: () => boolean;
  /**
   * As mayAsk, or this tab is still joining its group and has heard of no other tab: nothing
   * yet says another tab asks for this browser.
   */
  mayAskBeforeJoin: () => boolean;
}

/**
 * What happened, for a source to act on: a new user in this tab; the other tabs' users or
 * visibility changed; this tab became or ceased to be the leader; the page became visible
 * (or online) or stopped being so; the user is back (focus, or `refresh()`); the settings changed.
 */
export type SourceEvent = 'mounted' | 'peers' | 'leadership' | 'active' | 'inactive' | 'resume' | 'settings';

export interface Source {
  readonly name: string;
  /** The first dot appeared: run. */
  start(): void;
  wake(event: SourceEvent): void;
  /** What the leader tab shared (every source sees every result, and reads only its own). */
  receiveShared(result: SharedResult): void;
  /** One user's value changed by the user's own action (following someone, say): shown at once. */
  update?(user: string, value: unknown): void;
  /** Every dot is gone: no timer, no request in flight. */
  stop(): void;
  readonly requestsSent: number;
  /** What diagnose() reports of it beside the activity poll, if anything. */
  diagnosis?(): object | undefined;
}
