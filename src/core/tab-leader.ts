/**
 * Cross-tab leader election: of the tabs of one browser that show dots, one leader polls for
 * all of them and shares what it learns. Every tab says it is alive (with the users it
 * watches and whether it is visible) every `heartbeatMs`; a tab not heard from for `leaseMs`
 * is gone. The leader is the oldest live tab that is visible, or the oldest live tab when none
 * is: all tabs compute the same answer from the same messages, with no extra round of voting.
 */
import { BehaviorSubject, Observable, SchedulerLike, Subject, Subscription } from 'rxjs';
import { distinctUntilChanged } from 'rxjs/operators';
import { after, every } from './delay';
import { TabChannel } from './tab-channel';

export interface TabState {
  ids: string[];
  active: boolean;
}

export type TabMessage<R> =
  | { type: 'hello'; from: string }
  | { type: 'alive'; from: string; state: TabState }
  | { type: 'bye'; from: string }
  | { type: 'resume'; from: string }
  | { type: 'result'; from: string; result: R };

export interface TabLeaderOptions<R> {
  channel: TabChannel<TabMessage<R>>;
  heartbeatMs: number;
  leaseMs: number;
  /** How long a new tab listens for an existing leader before it may lead. */
  joinMs: number;
  scheduler: SchedulerLike;
  /** Sorts by age: earlier ids are older tabs. */
  id: string;
}

interface Peer {
  state: TabState;
  lastSeen: number;
}

/** Sortable by start time, unique by chance. */
export function newTabId(nowMs: number, random: number): string {
  const time = ('000000000000000' + Math.floor(nowMs).toString(36)).slice(-12);
  return time + '-' + Math.floor(random * 1e9).toString(36);
}

function sameState(a: TabState, b: TabState): boolean {
  return a.active === b.active && a.ids.length === b.ids.length && a.ids.join() === b.ids.join();
}

export class TabLeader<R> {
  readonly id: string;
  private readonly options: TabLeaderOptions<R>;
  private readonly peers = new Map<string, Peer>();
  private readonly leader = new BehaviorSubject<boolean>(false);
  private readonly results = new Subject<R>();
  private readonly changes = new Subject<void>();
  private readonly resumes = new Subject<void>();
  private local: () => TabState = function () { return { ids: [], active: false }; };
  private joined = false;
  private running: Subscription | undefined;
  private pendingAnnounce: Subscription | undefined;

  /** true while this tab is the one that polls. */
  readonly leadership$: Observable<boolean> = this.leader.pipe(distinctUntilChanged());
  /** What the leader learnt (followers only). */
  readonly results$: Observable<R> = this.results.asObservable();
  /** Another tab's users or visibility changed, or a tab came or went. */
  readonly peersChanged$: Observable<void> = this.changes.asObservable();
  /** Another tab saw the user come back (after a lost session). */
  readonly resume$: Observable<void> = this.resumes.asObservable();

  constructor(options: TabLeaderOptions<R>) {
    this.options = options;
    this.id = options.id;
  }

  get isLeader(): boolean {
    return this.leader.value;
  }

  start(local: () => TabState): void {
    const self = this;
    const o = this.options;
    this.local = local;
    this.joined = false;
    this.running = new Subscription();
    this.running.add(o.channel.messages$.subscribe(function (message) { self.receive(message); }));
    this.running.add(after(o.joinMs, o.scheduler).subscribe(function () {
      self.joined = true;
      self.elect();
    }));
    this.running.add(every(o.heartbeatMs, o.scheduler).subscribe(function () {
      self.sendAlive();
      self.prune();
      self.elect();
    }));
    o.channel.post({ type: 'hello', from: this.id });
    this.sendAlive();
  }

  /** Leaves the group at once (page closing, or no dot left): another tab takes over. */
  stop(): void {
    if (!this.running) {
      return;
    }
    this.running.unsubscribe();
    this.running = undefined;
    if (this.pendingAnnounce) {
      this.pendingAnnounce.unsubscribe();
      this.pendingAnnounce = undefined;
    }
    this.options.channel.post({ type: 'bye', from: this.id });
    this.peers.clear();
    this.leader.next(false);
  }

  /**
   * Tells the other tabs this tab's users and visibility have changed. Changes made together
   * (a widget mounting 200 dots) go out as one message.
   */
  announce(): void {
    if (this.running && !this.pendingAnnounce) {
      const self = this;
      this.pendingAnnounce = after(0, this.options.scheduler).subscribe(function () {
        self.pendingAnnounce = undefined;
        self.sendAlive();
      });
    }
  }

  private sendAlive(): void {
    if (this.running) {
      this.options.channel.post({ type: 'alive', from: this.id, state: this.local() });
      this.elect();
    }
  }

  publish(result: R): void {
    this.options.channel.post({ type: 'result', from: this.id, result: result });
  }

  requestResume(): void {
    this.options.channel.post({ type: 'resume', from: this.id });
  }

  /** Users watched in the other live tabs. */
  remoteIds(): string[] {
    const ids: string[] = [];
    this.peers.forEach(function (peer) {
      ids.push.apply(ids, peer.state.ids);
    });
    return ids;
  }

  anyRemoteActive(): boolean {
    let active = false;
    this.peers.forEach(function (peer) {
      active = active || peer.state.active;
    });
    return active;
  }

  private now(): number {
    return this.options.scheduler.now();
  }

  private receive(message: TabMessage<R>): void {
    if (!message || message.from === this.id) {
      return;
    }
    switch (message.type) {
      case 'hello':
        this.touch(message.from, { ids: [], active: false });
        this.sendAlive();
        break;
      case 'alive':
        this.touch(message.from, message.state);
        break;
      case 'bye':
        if (this.peers.delete(message.from)) {
          this.changes.next();
          this.elect();
        }
        break;
      case 'resume':
        this.resumes.next();
        break;
      case 'result':
        this.results.next(message.result);
        break;
    }
  }

  private touch(id: string, state: TabState): void {
    const known = this.peers.get(id);
    this.peers.set(id, { state: state, lastSeen: this.now() });
    if (!known || !sameState(known.state, state)) {
      this.changes.next();
    }
    this.elect();
  }

  /** Tabs not heard from within the lease are closed or hung. */
  private prune(): void {
    const cutoff = this.now() - this.options.leaseMs;
    const gone: string[] = [];
    this.peers.forEach(function (peer, id) {
      if (peer.lastSeen < cutoff) {
        gone.push(id);
      }
    });
    const self = this;
    gone.forEach(function (id) { self.peers.delete(id); });
    if (gone.length) {
      this.changes.next();
    }
  }

  private elect(): void {
    if (!this.running || !this.joined) {
      return;
    }
    const selfActive = this.local().active;
    let best = this.id;
    let bestActive = selfActive;
    this.peers.forEach(function (peer, id) {
      const active = peer.state.active;
      if ((active && !bestActive) || (active === bestActive && id < best)) {
        best = id;
        bestActive = active;
      }
    });
    this.leader.next(best === this.id);
  }
}
