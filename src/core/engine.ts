/**
 * PresenceEngine: the page's dots and the sources that feed them. It keeps the board (each
 * watched user's presence), the server clock and the tab group (one leader tab asks for the
 * whole browser), and runs the sources: the activity poll first (sources/activity/), then the
 * built-in ones of registry.ts and those added later (addSource). What each asks, when, and what its failures mean is the source's own.
 *
 * Nothing runs (no timer, no listener, no tab traffic) while nothing is watched, and nothing
 * at all when the administrator disabled presence.
 */
import { asyncScheduler, noop, SchedulerLike, Subscription } from 'rxjs';
import { EngineOptions } from './engine-options';
import { groupIds, joinTabGroup, someoneLooks, speaksForGroup } from './engine-tabs';
import { ALWAYS_ACTIVE, PageSignals } from './page-signals';
import { Presence, PresenceListener, unknownPresence } from './presence';
import { createReporter, Reporter } from './reporter';
import { ServerClock } from './server-clock';
import { DEFAULT_SETTINGS, mergeSettings, Settings, thresholdsOf } from './settings';
import { SharedResult } from './shared-result';
import { ActivitySource } from './sources/activity/activity-source';
import { Diagnosis } from './sources/activity/diagnosis';
import { BUILT_IN_SOURCES } from './sources/registry';
import { Source, SourceContext, SourceEvent } from './sources/source';
import { UserSourceSpec } from './sources/user-source';
import { runUserSource } from './sources/user-source-runner';
import { StatusBoard } from './status-board';
import { describeInput, normaliseSysId } from './sys-id';
import { TabLeader } from './tab-leader';

export { Diagnosis } from './sources/activity/diagnosis';

const OFFLINE: Presence = unknownPresence();
const DISABLED: Presence = unknownPresence('disabled');

export class PresenceEngine {
  private settings: Settings;
  private readonly board: StatusBoard;
  private readonly options: EngineOptions;
  private readonly signals: PageSignals;
  private readonly scheduler: SchedulerLike;
  /** Misuse and configuration lines: told once per page. */
  private readonly misuse: Reporter;
  private readonly activity: ActivitySource;
  /** The activity source first, then the built-in and added ones. */
  private readonly sources: Source[];
  private readonly context: SourceContext;
  private tabs: TabLeader<SharedResult> | undefined;
  private active = true;
  private listening: Subscription | undefined;

  constructor(options: EngineOptions) {
    this.options = options;
    this.signals = options.signals || ALWAYS_ACTIVE;
    this.scheduler = options.scheduler || asyncScheduler;
    const log =
      options.log ||
      ((message: string) => {
        console.warn(message);
      });
    this.misuse = createReporter(log);
    this.settings = mergeSettings(DEFAULT_SETTINGS, options.settings || {});
    const clock = new ServerClock(options.store);
    this.board = new StatusBoard(
      this.scheduler,
      () => thresholdsOf(this.settings),
      () => this.scheduler.now() + (clock.skew(this.scheduler.now()) || 0)
    );
    const context: SourceContext = {
      transport: options.transport,
      scheduler: this.scheduler,
      random: options.random || Math.random,
      log: log,
      settings: () => this.settings,
      board: this.board,
      clock: clock,
      store: options.store,
      tabs: () => this.tabs,
      ids: () => groupIds(this.board.ids(), this.tabs),
      mayAsk: () => this.mayAsk(),
      mayAskBeforeJoin: () => this.mayAsk(true)
    };
    this.activity = new ActivitySource(context, { platform$: options.platform$, storeChanged$: options.storeChanged$ });
    this.context = context;
    this.sources = [this.activity as Source].concat(BUILT_IN_SOURCES.map((spec) => runUserSource(spec, context)));
  }

  /** Runs one more source from now on (a provider that brings one); a name already running is kept. */
  addSource<T>(spec: UserSourceSpec<T>): void {
    if (!this.named(spec.name)) {
      const source = runUserSource(spec, this.context);
      this.sources.push(source);
      if (this.listening) {
        source.start();
      }
    }
  }

  /** Requests a source ('activity', 'availability'...) has sent so far: for diagnostics and benchmarks. */
  requestsSentBy(name: string): number {
    const found = this.named(name);
    return found ? found.requestsSent : 0;
  }

  /** One user's value of a source, changed by the user's own action (e.g. following their office days): shown at once in this tab. */
  update(sourceName: string, user: string, value: unknown): void {
    const source = this.named(sourceName);
    if (source && source.update) {
      source.update(user, value);
    }
  }

  /** Requests of the activity poll sent so far. */
  get requestsSent(): number {
    return this.activity.requestsSent;
  }

  /** Number of users currently watched. */
  get watchedCount(): number {
    return this.board.size;
  }

  /** Validates and applies settings (throws SettingsError naming the bad one). */
  configure(changes: Partial<Settings>): Settings {
    this.settings = mergeSettings(this.settings, changes);
    this.board.refresh();
    if (this.listening) {
      this.tell('settings');
    }
    return Object.assign({}, this.settings);
  }

  /**
   * Tells `listener` the user's presence, now (when known) and on every change; returns how to
   * stop (no subscription objects: a page holds thousands). An invalid sys_id is never used: it
   * is reported once and reads as offline.
   */
  follow(sysId: unknown, listener: PresenceListener): () => void {
    if (this.options.disabled) {
      this.misuse.report(
        'disabled',
        'user presence is disabled on this instance (PRESENCE_DISABLED): no dots, no requests'
      );
      listener(DISABLED);
      return noop;
    }
    const id = normaliseSysId(sysId);
    if (id === undefined) {
      this.misuse.report(
        'invalid-id',
        'ignoring invalid sys_id ' + describeInput(sysId) + ' (and any later ones): such users show as offline'
      );
      listener(OFFLINE);
      return noop;
    }
    this.acquire(id);
    const stop = this.board.listen(id, listener);
    let following = true;
    return () => {
      if (following) {
        following = false;
        stop();
        this.release(id);
      }
    };
  }

  /**
   * One activity poll of our own now (unless presence is disabled, the endpoint is gone or a
   * backoff forbids it), then what it showed, with what the other sources last saw (availability:
   * its endpoint's state and the server half's). Meant for an administrator checking an instance.
   */
  diagnose(): Promise<Diagnosis> {
    return this.options.disabled ? Promise.resolve(this.report()) : this.activity.diagnose().then(() => this.report());
  }

  /** What is known now, without asking the instance. */
  report(): Diagnosis {
    const diagnosis = this.activity.diagnosis();
    diagnosis.disabled = !!this.options.disabled;
    this.sources.forEach((source) => {
      const report = source.diagnosis && source.diagnosis();
      if (report) {
        diagnosis.sources[source.name] = report;
      }
    });
    return diagnosis;
  }

  /**
   * Ask again now, in every tab (after a sign-in, say): ends a pause or a backoff at once. The
   * endpoint being gone (404) still stands.
   */
  refresh(): void {
    if (this.activity.refresh() && this.tabs) {
      this.tabs.requestResume();
    }
  }

  private named(name: string): Source | undefined {
    return this.sources.filter((s) => s.name === name)[0];
  }

  private tell(event: SourceEvent): void {
    this.sources.forEach((source) => source.wake(event));
  }

  /** This tab may ask the instance: answers not lost, speaking for the tab group, and some tab of the browser is looked at. */
  private mayAsk(beforeJoin?: boolean): boolean {
    return (
      !this.activity.lost &&
      speaksForGroup(this.tabs, !!beforeJoin) &&
      someoneLooks(this.tabs, this.active) &&
      this.board.size > 0
    );
  }

  private acquire(id: string): void {
    const isNew = this.board.acquire(id, this.activity.lost ? 'offline' : undefined);
    if (!this.listening) {
      this.startListening();
    } else if (isNew && this.tabs) {
      this.tabs.announce();
    }
    if (isNew) {
      this.tell('mounted');
    }
  }

  private release(id: string): void {
    if (!this.board.release(id)) {
      return;
    }
    this.activity.released(id);
    if (this.board.size === 0) {
      this.stopAll();
    } else if (this.tabs) {
      this.tabs.announce();
    }
  }

  private startListening(): void {
    const o = this.options;
    this.listening = new Subscription();
    if (o.tabs) {
      this.tabs = joinTabGroup(
        o.tabs,
        this.settings,
        this.scheduler,
        o.random || Math.random,
        { ids: () => this.board.ids(), active: () => this.active },
        (event) => this.tell(event),
        (result) => this.sources.forEach((source) => source.receiveShared(result)),
        this.listening
      );
      this.listening.add(() => {
        this.tabs = undefined;
      });
    }
    this.sources.forEach((source) => source.start());
    this.listening.add(() => this.sources.forEach((source) => source.stop()));
    this.listening.add(
      this.signals.active$.subscribe((active) => {
        this.setActive(active);
      })
    );
    this.listening.add(
      this.signals.resume$.subscribe(() => {
        this.resumeEverywhere();
      })
    );
  }

  /** Nothing watched: drop every timer, listener and request in flight, and leave the tab group. */
  private stopAll(): void {
    const listening = this.listening;
    this.listening = undefined;
    if (listening) {
      listening.unsubscribe();
    }
  }

  private setActive(active: boolean): void {
    if (this.active !== active) {
      this.active = active;
      if (this.tabs) {
        this.tabs.announce();
      }
      this.tell(active ? 'active' : 'inactive');
    }
  }

  /** The user is back (focus): every tab's sources resume. */
  private resumeEverywhere(): void {
    if (this.tabs) {
      this.tabs.requestResume();
    }
    this.tell('resume');
  }
}
