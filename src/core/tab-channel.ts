/** A message bus between the tabs of one browser on one instance (same origin). */
import { Observable, Subject } from 'rxjs';
import { filter, map } from 'rxjs/operators';
import { domEvents } from './dom-events';

export interface TabChannel<T> {
  post(message: T): void;
  /** Messages from the other tabs (never this tab's own). */
  readonly messages$: Observable<T>;
  close(): void;
}

/** Versioned: tabs running another version of the protocol never hear each other. */
export const CHANNEL_NAME = 'sp-presence/v3';

interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

type BroadcastChannelConstructor = new (name: string) => BroadcastChannelLike;

function broadcastChannel<T>(Channel: BroadcastChannelConstructor, name: string): TabChannel<T> {
  const channel = new Channel(name);
  const messages = new Subject<T>();
  channel.onmessage = function (event) {
    messages.next(event.data as T);
  };
  return {
    post: function (message) {
      channel.postMessage(message);
    },
    messages$: messages.asObservable(),
    close: function () {
      channel.onmessage = null;
      channel.close();
      messages.complete();
    }
  };
}

/** The message in a storage write, or undefined for anything that is not one of ours. */
function readEnvelope<T>(text: string): T | undefined {
  try {
    const envelope = JSON.parse(text) as { m?: T } | null;
    return envelope && typeof envelope === 'object' ? envelope.m : undefined;
  } catch (e) {
    return undefined;
  }
}

/**
 * Where BroadcastChannel is missing: a localStorage write raises a `storage` event in every
 * other tab. A nonce makes repeated messages distinct writes.
 */
function storageChannel<T>(win: Window, name: string): TabChannel<T> {
  const key = name + ':bus';
  let nonce = 0;
  return {
    post: function (message) {
      try {
        win.localStorage.setItem(key, JSON.stringify({ n: ++nonce, r: Math.random(), m: message }));
      } catch (e) {
        // Storage full or blocked: this tab just stops sharing; each tab then polls alone.
      }
    },
    messages$: domEvents<StorageEvent>([win, 'storage']).pipe(
      filter(function (event) {
        return event.key === key && !!event.newValue;
      }),
      map(function (event) {
        return readEnvelope<T>(event.newValue as string);
      }),
      filter(function (message): message is T {
        return message !== undefined;
      })
    ),
    close: function () {
      return undefined;
    }
  };
}

/** The best channel this browser offers, or undefined where tabs cannot talk (each polls alone). */
export function openTabChannel<T>(win: Window, name: string): TabChannel<T> | undefined {
  const Channel = (win as unknown as { BroadcastChannel?: BroadcastChannelConstructor }).BroadcastChannel;
  if (typeof Channel === 'function') {
    return broadcastChannel<T>(Channel, name);
  }
  try {
    if (win.localStorage) {
      return storageChannel<T>(win, name);
    }
  } catch (e) {
    // localStorage access itself can throw (privacy settings)
  }
  return undefined;
}
