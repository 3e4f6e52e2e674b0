/**
 * The other tabs as this tab knows them, and who leads: the oldest live tab that is visible, or
 * the oldest live tab when none is. Every tab computes the same answer from the same messages.
 * A tab that leads but shares no result within the result lease is passed over until it does.
 */
import { TabState } from './tab-messages';

export interface Peer {
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

/** A tab said it is alive in `state`; returns whether that is news (a new tab, or its users or visibility changed). */
export function touchPeer(peers: Map<string, Peer>, id: string, state: TabState, now: number): boolean {
  const known = peers.get(id);
  if (known) {
    const changed = !sameState(known.state, state);
    known.lastSeen = now;
    known.state = state;
    return changed;
  }
  peers.set(id, { state: state, lastSeen: now, lastResult: undefined, ledSince: undefined, distrusted: false });
  return true;
}

/** Forgets the tabs last heard from before `cutoff` (closed or hung); returns whether any went. */
export function prunePeers(peers: Map<string, Peer>, cutoff: number): boolean {
  const gone: string[] = [];
  peers.forEach(function (peer, id) {
    if (peer.lastSeen < cutoff) {
      gone.push(id);
    }
  });
  gone.forEach(function (id) {
    peers.delete(id);
  });
  return gone.length > 0;
}

/** Who leads now, this tab (`selfId`) included; passes over (and marks) a leader silent for longer than `lease`. */
export function electLeader(
  peers: Map<string, Peer>,
  selfId: string,
  selfActive: boolean,
  now: number,
  lease: number
): string {
  let best = selfId;
  let bestActive = selfActive;
  peers.forEach(function (peer, id) {
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
  return best;
}

/** The lead moves from `previous` to `next`: from now on `next`'s lease counts. */
export function handOver(peers: Map<string, Peer>, previous: string | undefined, next: string, now: number): void {
  const before = previous === undefined ? undefined : peers.get(previous);
  if (before) {
    before.ledSince = undefined;
  }
  const after = peers.get(next);
  if (after) {
    after.ledSince = now;
  }
}
