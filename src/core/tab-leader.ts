/**
 * Cross-tab leader election: of the tabs of one browser that show dots, one leader polls for
 * all of them and shares what it learns. Every tab says it is alive (with the users it
 * watches and whether it is visible) every `heartbeatMs`; a tab not heard from for `leaseMs`
 * is gone. Who leads is tab-peers.ts's rule, computed by every tab from the same messages, with
 * no extra round of voting. Messages are read as tab-messages.ts says (anything malformed is
 * dropped without a throw).
 */
import { SchedulerLike, Subscription } from 'rxjs';
import { after, every } from './delay';
import { TabChannel } from './tab-channel';
import { LocalTab, PROTOCOL_VERSION, readTabMessage, TabBody, TabMessage, TabState } from './tab-messages';
import { electLeader, handOver, Peer, prunePeers, touchPeer } from './tab-peers';

export interface TabLeaderOptions<R> {
  channel: TabChannel<TabMessage<R>>;
  heartbeatMs: number;
  leaseMs: number;
  /** How long a new tab listens for an existing leader before it may lead. */
  joinMs: number;
  /** A tab that would lead must share a result at least this often (a new one gets as long to start). */
  resultLeaseMs: number;
  /** Reads a shared result, or undefined when it is not a valid one. */
  readResult: (value: unknown) => R | undefined;
  scheduler: SchedulerLike;
  /** Sorts by age: earlier ids are older tabs. */
  id: string;
}

/** What a tab hears from its group, from start() until stop(). */
export interface TabEvents<R> {
  /** Whether this tab is the one that polls: at start (not yet), then at each change. */
  leadership(isLeader: boolean): void;
  /** What the leader learnt (followers only). */
  result(result: R): void;
  /** Another tab's users or visibility changed, or a tab came or went. */
  peersChanged(): void;
  /** Another tab saw the user come back (after a lost session). */
  resume(): void;
}

export class TabLeader<R> {
  readonly id: string;
  private readonly options: TabLeaderOptions<R>;
  private readonly peers = new Map<string, Peer>();
  private leading = false;
  private events: TabEvents<R> | undefined;
  private local: LocalTab = { ids: () => [], active: () => false };
  private joined = false;
  /** The tab this one considers the leader (itself included). */
  private leaderId: string | undefined;
  private running: Subscription | undefined;
  private pendingAnnounce: Subscription | undefined;
  /** The next heartbeat carries this tab's users (they changed, or a tab joined); others say only "alive". */
  private idsDue = true;
  /** A heartbeat from a tab whose users this one does not know: ask every tab for its users, once. */
  private askedForIds = false;

  constructor(options: TabLeaderOptions<R>) {
    this.options = options;
    this.id = options.id;
  }

  get isLeader(): boolean {
    return this.leading;
  }

  start(local: LocalTab, events: TabEvents<R>): void {
    const o = this.options;
    this.events = events;
    events.leadership(this.leading);
    this.local = local;
    this.joined = false;
    this.running = new Subscription();
    this.running.add(
      o.channel.listen((raw) => {
        const message = readTabMessage(raw, o.readResult);
        if (message) {
          this.receive(message);
        }
      })
    );
    this.running.add(
      after(o.joinMs, o.scheduler).subscribe(() => {
        this.joined = true;
        this.elect();
      })
    );
    this.running.add(
      every(o.heartbeatMs, o.scheduler).subscribe(() => {
        this.askedForIds = false;
        this.sendAlive();
        this.prune();
        this.elect();
      })
    );
    this.post({ type: 'hello' });
    this.idsDue = true;
    this.sendAlive();
  }

  /** Leaves the group at once (page closing, or no dot left): another tab takes over. */
  stop(): void {
    if (!this.running) {
      return;
    }
    this.running.unsubscribe();
    this.running = undefined;
    // A tab that left hears nothing more, not even that it no longer leads.
    this.events = undefined;
    if (this.pendingAnnounce) {
      this.pendingAnnounce.unsubscribe();
      this.pendingAnnounce = undefined;
    }
    this.post({ type: 'bye' });
    this.peers.clear();
    this.leading = false;
  }

  /**
   * Tells the other tabs this tab's users and visibility have changed. Changes made together
   * (a widget mounting 200 dots) go out as one message.
   */
  announce(): void {
    this.idsDue = true;
    if (this.running && !this.pendingAnnounce) {
      this.pendingAnnounce = after(0, this.options.scheduler).subscribe(() => {
        this.pendingAnnounce = undefined;
        this.sendAlive();
      });
    }
  }

  private sendAlive(): void {
    if (this.running) {
      const local = this.local;
      // Users go out only when they changed: a heartbeat of a tab with 2 000 dots stays small.
      this.post({
        type: 'alive',
        state: this.idsDue ? { ids: local.ids(), active: local.active() } : { active: local.active() }
      });
      this.idsDue = false;
      this.elect();
    }
  }

  publish(result: R): void {
    this.post({ type: 'result', result: result });
  }

  requestResume(): void {
    this.post({ type: 'resume' });
  }

  private post(body: TabBody<R>): void {
    this.options.channel.post(Object.assign({ v: PROTOCOL_VERSION, from: this.id }, body) as TabMessage<R>);
  }

  /** Users watched in the other live tabs. */
  remoteIds(): string[] {
    let ids: string[] = [];
    this.peers.forEach(function (peer) {
      ids = ids.concat(peer.state.ids);
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
    if (message.from === this.id) {
      return;
    }
    switch (message.type) {
      case 'hello':
        this.touch(message.from, { ids: [], active: false });
        this.idsDue = true;
        this.sendAlive();
        break;
      case 'alive': {
        const known = this.peers.get(message.from);
        const ids = message.state.ids || (known && known.state.ids);
        if (!ids && !this.askedForIds) {
          // A tab this one lost track of (its timers were throttled in the background, say).
          // A hello makes every tab send its users; this tab's own go with it, as after a start.
          this.askedForIds = true;
          this.post({ type: 'hello' });
          this.idsDue = true;
          this.sendAlive();
        }
        this.touch(message.from, { ids: ids || [], active: message.state.active });
        break;
      }
      case 'bye':
        if (this.peers.delete(message.from)) {
          this.events?.peersChanged();
          this.elect();
        }
        break;
      case 'resume':
        this.events?.resume();
        break;
      case 'result': {
        const peer = this.peers.get(message.from);
        if (peer) {
          peer.lastResult = this.now();
          peer.distrusted = false;
          this.elect();
        }
        // Only the leader speaks for the group: others' results are not news.
        if (message.from === this.leaderId) {
          this.events?.result(message.result);
        }
        break;
      }
    }
  }

  private touch(id: string, state: TabState): void {
    if (touchPeer(this.peers, id, state, this.now())) {
      this.events?.peersChanged();
    }
    this.elect();
  }

  /** Tabs not heard from within the lease are closed or hung. */
  private prune(): void {
    if (prunePeers(this.peers, this.now() - this.options.leaseMs)) {
      this.events?.peersChanged();
    }
  }

  private elect(): void {
    if (!this.running || !this.joined) {
      return;
    }
    const now = this.now();
    const best = electLeader(this.peers, this.id, this.local.active(), now, this.options.resultLeaseMs);
    if (best !== this.leaderId) {
      handOver(this.peers, this.leaderId, best, now);
      this.leaderId = best;
    }
    if (this.leading !== (best === this.id)) {
      this.leading = !this.leading;
      this.events?.leadership(this.leading);
    }
  }
}
