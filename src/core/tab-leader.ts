/**
 * Cross-tab leader election: of the tabs of one browser that show dots, one leader polls for
 * all of them and shares what it learns. Every tab says it is alive (with the users it
 * watches and whether it is visible) every `heartbeatMs`; a tab not heard from for `leaseMs`
 * is gone. The leader is the oldest live tab that is visible, or the oldest live tab when none
 * is: all tabs compute the same answer from the same messages, with no extra round of voting.
 * Messages are read as tab-messages.ts says (anything malformed is dropped without a throw). A
 * tab that would lead but shares no result within `resultLeaseMs` is passed over until it does.
 */
import { SchedulerLike, Subscription } from 'rxjs';
import { after, every } from './delay';
import { TabChannel } from './tab-channel';
import { LocalTab, PROTOCOL_VERSION, readTabMessage, TabBody, TabMessage, TabState } from './tab-messages';

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

interface Peer {
  state: TabState;
  lastSeen: number;
  /** When it last shared a result. */
  lastResult: number | undefined;
  /** Since when this tab has seen it as the leader. */
  ledSince: number | undefined;
  /** It led without sharing anything for resultLeaseMs: passed over until it shares a result. */
  distrusted: boolean;
}

function sameState(a: TabState, b: TabState): boolean {
  return a.active === b.active && a.ids.length === b.ids.length && a.ids.join() === b.ids.join();
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
    const known = this.peers.get(id);
    const changed = !known || !sameState(known.state, state);
    if (known) {
      known.lastSeen = this.now();
      known.state = state;
    } else {
      this.peers.set(id, {
        state: state,
        lastSeen: this.now(),
        lastResult: undefined,
        ledSince: undefined,
        distrusted: false
      });
    }
    if (changed) {
      this.events?.peersChanged();
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
    gone.forEach((id) => {
      this.peers.delete(id);
    });
    if (gone.length) {
      this.events?.peersChanged();
    }
  }

  private elect(): void {
    if (!this.running || !this.joined) {
      return;
    }
    const selfActive = this.local.active();
    const now = this.now();
    const lease = this.options.resultLeaseMs;
    let best = this.id;
    let bestActive = selfActive;
    this.peers.forEach(function (peer, id) {
      // A leader that shares nothing (stuck, or not one of ours) is passed over.
      if (peer.ledSince !== undefined && now - Math.max(peer.ledSince, peer.lastResult || 0) > lease) {
        peer.distrusted = true;
        peer.ledSince = undefined;
      }
      if (peer.distrusted) {
        return;
      }
      const active = peer.state.active;
      if ((active && !bestActive) || (active === bestActive && id < best)) {
        best = id;
        bestActive = active;
      }
    });
    if (best !== this.leaderId) {
      const previous = this.leaderId === undefined ? undefined : this.peers.get(this.leaderId);
      if (previous) {
        previous.ledSince = undefined;
      }
      const next = this.peers.get(best);
      if (next) {
        next.ledSince = now;
      }
      this.leaderId = best;
    }
    if (this.leading !== (best === this.id)) {
      this.leading = !this.leading;
      this.events?.leadership(this.leading);
    }
  }
}
