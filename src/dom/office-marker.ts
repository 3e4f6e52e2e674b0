/**
 * The office-day marker beside the dot: a building for "in the office today", a house for
 * "remote today", drawn by shape (legible at the smallest avatar) on a ring like the dot's.
 * While the dot shows, its accessible name already says the office day, so the marker is
 * hidden from assistive technology; with no dot (offline) the marker says it itself. It comes
 * with the spPresenceWorkplace provider, its stylesheet too: pages without office days load neither.
 */
import { Presence } from '../core/presence';
import { addStylesOnce, RING } from './stylesheet';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** 16 × 16 shapes: a block with window cut-outs and a door; a house with its roof. */
const BUILDING = 'M3 1h10v14h-3.5v-3h-3v3H3zM5 3v2h2V3zm4 0v2h2V3zM5 7v2h2V7zm4 0v2h2V7z';
const HOUSE = 'M8 1.5l6.5 6V15H10v-4.5H6V15H1.5V7.5z';

/** Over the avatar's lower-left edge; alone in its host (no avatar), inline after the dot. Its tooltip is the dot's rule. */
const OFFICE_CSS = [
  '.sp-presence__office{position:absolute;left:0;bottom:0;box-sizing:border-box;width:34%;height:34%;min-width:12px;min-height:12px;',
  'border-radius:50%;background:' + RING + ';color:var(--sp-presence-office,#374151);padding:1px;line-height:0}',
  '.sp-presence__office--remote{color:var(--sp-presence-remote,#5b21b6)}',
  '.sp-presence__office svg{width:100%;height:100%;fill:currentColor}',
  '.sp-presence__office[hidden]{display:none!important}',
  '.sp-presence__dot:first-child~.sp-presence__office{position:static;display:inline-block;width:1em;height:1em;vertical-align:middle;margin-left:2px}'
].join('');

/** How a dot draws its office marker: given to it by spUserPresence once the workplace provider is on the page. */
export interface OfficeMarker {
  create(host: HTMLElement): HTMLElement;
  render(
    marker: HTMLElement,
    presence: Presence | undefined,
    words: string | undefined,
    name: string | undefined,
    dotShown: boolean
  ): void;
  remove(host: HTMLElement, marker: HTMLElement): void;
}

function createMarker(host: HTMLElement): HTMLElement {
  const doc = host.ownerDocument;
  addStylesOnce(doc, 'sp-presence-office-styles', OFFICE_CSS);
  const marker = doc.createElement('span');
  marker.className = 'sp-presence__office';
  marker.hidden = true;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill-rule', 'evenodd');
  svg.appendChild(path);
  marker.appendChild(svg);
  host.appendChild(marker);
  return marker;
}

/** `words`: the office day in the page's words; `dotShown`: the dot is visible and its name includes them. */
function renderMarker(
  marker: HTMLElement,
  presence: Presence | undefined,
  words: string | undefined,
  name: string | undefined,
  dotShown: boolean
): void {
  if (!presence || !presence.office || words === undefined) {
    marker.hidden = true;
    marker.removeAttribute('role');
    marker.removeAttribute('aria-label');
    marker.removeAttribute('data-tip');
    return;
  }
  const inOffice = presence.office.inOffice === true;
  marker.className = 'sp-presence__office sp-presence__office--' + (inOffice ? 'in' : 'remote');
  ((marker.firstChild as Element).firstChild as Element).setAttribute('d', inOffice ? BUILDING : HOUSE);
  marker.setAttribute('data-tip', words);
  if (dotShown) {
    marker.setAttribute('aria-hidden', 'true');
    marker.removeAttribute('role');
    marker.removeAttribute('aria-label');
  } else {
    marker.removeAttribute('aria-hidden');
    marker.setAttribute('role', 'img');
    marker.setAttribute('aria-label', name ? name + ', ' + words : words);
  }
  marker.hidden = false;
}

function removeMarker(host: HTMLElement, marker: HTMLElement): void {
  if (marker.parentNode === host) {
    host.removeChild(marker);
  }
}

export const OFFICE_MARKER: OfficeMarker = { create: createMarker, render: renderMarker, remove: removeMarker };
