/** What a page gives its PresenceEngine: how to ask, and what it already has (see engine.ts). */
import { Observable, SchedulerLike } from 'rxjs';
import { PageSignals } from './page-signals';
import { LogFn } from './reporter';
import { Settings } from './settings';
import { KeyValueStore } from './shared-cache';
import { SharedResult } from './shared-result';
import { TabChannel } from './tab-channel';
import { TabMessage } from './tab-messages';
import { Transport } from './transport';

export interface EngineOptions {
  transport: Transport;
  settings?: Partial<Settings>;
  signals?: PageSignals;
  /** Other tabs of this browser: one of them asks for all. Without it, this tab asks alone. */
  tabs?: TabChannel<TabMessage<SharedResult>>;
  /** The platform's presence client in this page: each presenceArray it emits. */
  platform$?: Observable<unknown>;
  /** localStorage: the shared answer and clock; absent or failing, this tab keeps to itself. */
  store?: KeyValueStore;
  /** Another tab wrote the shared answer (storage events). */
  storeChanged$?: Observable<unknown>;
  /** The administrator disabled user presence (PRESENCE_DISABLED): no request, no dot. */
  disabled?: boolean;
  /** Console sink for the one-line reports; console.warn by default. */
  log?: LogFn;
  random?: () => number;
  scheduler?: SchedulerLike;
}
