/**
 * The dot's stylesheet, added to the page once by the first dot: Angular Providers cannot carry
 * CSS, and a drop-in must look right with no other step. Colours are custom properties so a
 * portal theme can restyle them; `--sp-presence-ring` should match the page background (set it
 * on dark themes).
 */
import { addStylesOnce, RING } from './stylesheet';

const STYLE_ELEMENT_ID = 'sp-presence-styles';

const DOT_CSS = [
  // A flex box wraps its avatar exactly (no line box below it) and lays out for half of what an
  // inline-block costs around an inline avatar (2 000 avatars' first layout: bench first-dot).
  '.sp-presence{position:relative;display:inline-flex;align-items:center;vertical-align:middle}',
  // Hidden until it has a status (dot-element.ts), whatever a page's own rules say.
  '.sp-presence__dot{display:none!important;position:absolute;right:0;bottom:0;box-sizing:border-box;width:30%;height:30%;',
  'min-width:9px;min-height:9px;border-radius:50%;border:2px solid ' + RING + ';',
  'background:var(--sp-presence-online,#1e8e3e);pointer-events:auto}',
  // Away differs by shape too: a hollow centre at least 3 px wide even at the 9 px minimum.
  '.sp-presence__dot--away{background:radial-gradient(circle closest-side,' + RING + ' 0,' + RING + ' 60%,',
  'var(--sp-presence-away,#b35900) 62%)}',
  // Busy: red and square-cornered; do-not-disturb: red with a white bar (as Teams draws it).
  '.sp-presence__dot--busy{background:var(--sp-presence-busy,#c5221f);border-radius:25%}',
  '.sp-presence__dot--dnd{background:linear-gradient(var(--sp-presence-busy,#c5221f) 0,var(--sp-presence-busy,#c5221f) 34%,',
  RING + ' 34%,' + RING + ' 66%,var(--sp-presence-busy,#c5221f) 66%)}',
  // Offline, when shown: an outline only.
  '.sp-presence__dot--offline{background:' + RING + ';box-shadow:inset 0 0 0 2px var(--sp-presence-offline,#6b7280)}',
  // The last known status while answers fail: dimmed and dashed.
  '.sp-presence__dot--stale{opacity:.55;border-style:dashed}',
  '.sp-presence__dot--online,.sp-presence__dot--away,.sp-presence__dot--busy,.sp-presence__dot--dnd,.sp-presence__dot--offline{display:block!important}',
  // The tooltip is the dot's accessible name (one attribute to write per change), shown on hover
  // and while the avatar's wrapper has keyboard focus, which a title attribute never shows; the
  // office marker's is its data-tip. A pseudo-element without content is never drawn.
  '.sp-presence__dot:hover::after,.sp-presence:focus-within>.sp-presence__dot::after,:focus>.sp-presence>.sp-presence__dot::after{content:attr(aria-label)}',
  '.sp-presence__office:hover::after{content:attr(data-tip)}',
  '.sp-presence__dot::after,.sp-presence__office::after{position:absolute;left:50%;bottom:calc(100% + 4px);',
  'transform:translateX(-50%);white-space:nowrap;background:#1f2933;color:#fff;font:12px/1.5 sans-serif;padding:1px 6px;',
  'border-radius:3px;z-index:10;pointer-events:none}',
  // Alone in its host (no avatar, or not yet): an inline dot for a list of names. The office
  // marker's own rules come with it (office-marker.ts); the tooltip rule above serves it too.
  '.sp-presence__dot:first-child{position:static;width:.75em;height:.75em}',
  '.sp-presence__text{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}'
].join('');

export function ensureDotStyles(doc: Document): void {
  addStylesOnce(doc, STYLE_ELEMENT_ID, DOT_CSS);
}
