/** The dot's DOM: created once per host, then only its own attributes change with the status. */
import { PresenceStatus } from '../core/status';

export interface DotLabels {
  online: string;
  away: string;
}

export const DEFAULT_LABELS: DotLabels = { online: 'Online', away: 'Away' };

/** Adds the dot to `host`: over its lower-right edge when it wraps an avatar, inline when empty. */
export function createDot(host: HTMLElement): HTMLElement {
  const doc = host.ownerDocument;
  const dot = doc.createElement('span');
  dot.className = 'sp-presence__dot';
  dot.setAttribute('role', 'img');
  dot.hidden = true;
  host.classList.add('sp-presence');
  if (!host.firstElementChild) {
    host.classList.add('sp-presence--inline');
  }
  host.appendChild(dot);
  return dot;
}

/** Shows online/away with a label for screen readers and a tooltip; hides for offline or unknown. */
export function renderDot(dot: HTMLElement, status: PresenceStatus | undefined, labels: DotLabels): void {
  if (status === 'online' || status === 'away') {
    const label = labels[status];
    dot.className = 'sp-presence__dot sp-presence__dot--' + status;
    dot.setAttribute('aria-label', label);
    dot.title = label;
    dot.hidden = false;
  } else {
    dot.hidden = true;
    dot.className = 'sp-presence__dot';
    dot.removeAttribute('aria-label');
    dot.removeAttribute('title');
  }
}

export function removeDot(host: HTMLElement, dot: HTMLElement): void {
  if (dot.parentNode === host) {
    host.removeChild(dot);
  }
  host.classList.remove('sp-presence', 'sp-presence--inline');
}
