/**
 * The dot's DOM: created once per host, then only its attributes change with the presence.
 * Colour is never the only signal: away is hollow, busy a ring, do-not-disturb a bar, offline
 * (when shown) an outline, a stale status dimmed; and the dot says its status in words, as a
 * named image: "Beth Anglin, Online, active now" when the user's name is known, else "Online,
 * active now". Words live in attributes, never in text: new text in a dot re-lays out the whole
 * page on every status change (2 000 dots: about 6 ms of layout and a full repaint per poll).
 */
import { Presence } from '../core/presence';

/** The dot's class; with a status modifier (`--online`, ...) it shows. */
const DOT = 'sp-presence__dot';

/** Adds the dot to `host`: over the lower-right edge of the avatar it wraps, inline when alone (CSS decides, so a late avatar is handled). */
export function createDot(host: HTMLElement): HTMLElement {
  const dot = host.ownerDocument.createElement('span');
  dot.className = DOT;
  // Unnamed while hidden, and hidden elements are out of the accessibility tree.
  dot.setAttribute('role', 'img');
  host.classList.add('sp-presence');
  host.appendChild(dot);
  return dot;
}

/** Offline is drawn only when asked, and only when an answer said so: unknown stays hidden. */
export function isShown(presence: Presence | undefined, showOffline: boolean): presence is Presence {
  return !!presence && (presence.status !== 'offline' || (showOffline && !presence.unknown));
}

/**
 * Shows `presence` with its `words` (its accessible name and tooltip), or hides the dot when
 * `presence` is undefined. The status class alone shows it (dot-styles.ts): a `hidden` attribute
 * as well was the dearest of three writes, a third of the first answer's DOM time at 2 000 dots.
 */
export function renderDot(dot: HTMLElement, presence: Presence | undefined, words: string): void {
  if (presence) {
    dot.className = DOT + ' ' + DOT + '--' + presence.status + (presence.stale ? ' ' + DOT + '--stale' : '');
    // Also the tooltip (dot-styles.ts).
    dot.setAttribute('aria-label', words);
  } else {
    dot.className = DOT;
    dot.removeAttribute('aria-label');
  }
}

export function removeDot(host: HTMLElement, dot: HTMLElement): void {
  if (dot.parentNode === host) {
    host.removeChild(dot);
  }
  host.classList.remove('sp-presence');
}
