/** A message bus between the tabs of one browser on one instance (same origin). */
export interface TabChannel<T> {
  post(message: T): void;
  /** Hands `handler` each message from the other tabs (never this tab's own) until the returned function is called. */
  listen(handler: (message: T) => void): () => void;
  close(): void;
}

/** Versioned: tabs running another version of the protocol never hear each other. */
export const CHANNEL_NAME = 'sp-presence/v3';

interface BroadcastChannelLike extends EventTarget {
  postMessage(message: unknown): void;
  close(): void;
}

type BroadcastChannelConstructor = new (name: string) => BroadcastChannelLike;

function broadcastChannel<T>(Channel: BroadcastChannelConstructor, name: string): TabChannel<T> {
  const channel = new Channel(name);
  return {
    post: function (message) {
      channel.postMessage(message);
    },
    listen: function (handler) {
      return listenTo(channel, 'message', function (event) {
        handler((event as MessageEvent).data as T);
      });
    },
    close: function () {
      // A closed channel delivers nothing more: its listeners fall silent with it.
      channel.close();
    }
  };
}

/** `listener` hears every `type` event of `target` until the returned function is called. */
function listenTo(target: EventTarget, type: string, listener: (event: Event) => void): () => void {
  target.addEventListener(type, listener);
  return function () {
    target.removeEventListener(type, listener);
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
    listen: function (handler) {
      return listenTo(win, 'storage', function (event) {
        const write = event as StorageEvent;
        const message = write.key === key && write.newValue ? readEnvelope<T>(write.newValue) : undefined;
        if (message !== undefined) {
          handler(message);
        }
      });
    },
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
