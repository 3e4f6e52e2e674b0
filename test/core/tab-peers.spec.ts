import { TabState } from '../../src/core/tab-messages';
import { electLeader, handOver, Peer, prunePeers, touchPeer } from '../../src/core/tab-peers';

const VISIBLE: TabState = { ids: ['a'], active: true };
const HIDDEN: TabState = { ids: ['a'], active: false };
const LEASE = 30000;

describe('tab peers: who leads', function () {
  let peers: Map<string, Peer>;

  beforeEach(function () {
    peers = new Map();
  });

  it('tells a new tab and a change of users or visibility apart from a plain heartbeat', function () {
    expect(touchPeer(peers, '2-b', VISIBLE, 0)).toBe(true);
    expect(touchPeer(peers, '2-b', { ids: ['a'], active: true }, 10)).toBe(false);
    expect(touchPeer(peers, '2-b', HIDDEN, 20)).toBe(true);
    expect(touchPeer(peers, '2-b', { ids: ['a', 'b'], active: false }, 30)).toBe(true);
    expect(peers.get('2-b')!.lastSeen).toBe(30);
  });

  it('forgets only the tabs not heard from since the cutoff', function () {
    touchPeer(peers, '2-b', VISIBLE, 0);
    touchPeer(peers, '3-c', VISIBLE, 100);
    expect(prunePeers(peers, 50)).toBe(true);
    expect(Array.from(peers.keys())).toEqual(['3-c']);
    expect(prunePeers(peers, 50)).toBe(false);
  });

  it('elects the oldest visible tab, or the oldest of all when none is visible', function () {
    touchPeer(peers, '1-a', HIDDEN, 0);
    touchPeer(peers, '3-c', VISIBLE, 0);
    expect(electLeader(peers, '2-b', true, 0, LEASE)).toBe('2-b');
    expect(electLeader(peers, '2-b', false, 0, LEASE)).toBe('3-c');
    touchPeer(peers, '3-c', HIDDEN, 0);
    expect(electLeader(peers, '2-b', false, 0, LEASE)).toBe('1-a');
  });

  it('passes over a leader that shares nothing within the lease, until it shares again', function () {
    touchPeer(peers, '1-a', VISIBLE, 0);
    expect(electLeader(peers, '2-b', true, 0, LEASE)).toBe('1-a');
    handOver(peers, undefined, '1-a', 0);
    expect(electLeader(peers, '2-b', true, LEASE, LEASE)).toBe('1-a');
    expect(electLeader(peers, '2-b', true, LEASE + 1, LEASE)).toBe('2-b');
    expect(peers.get('1-a')!.distrusted).toBe(true);
    peers.get('1-a')!.distrusted = false; // what a shared result does
    peers.get('1-a')!.lastResult = LEASE + 2;
    expect(electLeader(peers, '2-b', true, LEASE + 2, LEASE)).toBe('1-a');
  });

  it('hands the lease over: the old leader no longer counts, the new one from now', function () {
    touchPeer(peers, '1-a', VISIBLE, 0);
    touchPeer(peers, '3-c', VISIBLE, 0);
    handOver(peers, undefined, '1-a', 5);
    handOver(peers, '1-a', '3-c', 9);
    expect(peers.get('1-a')!.ledSince).toBeUndefined();
    expect(peers.get('3-c')!.ledSince).toBe(9);
  });
});
