/**
 * The dot's stylesheet, added to the page once by the first dot: Angular Providers cannot carry
 * CSS, and a drop-in must look right with no other step. Colours are custom properties so a
 * portal theme can restyle them.
 */
const STYLE_ELEMENT_ID = 'sp-presence-styles';

const DOT_CSS = [
  '.sp-presence{position:relative;display:inline-block;vertical-align:middle;line-height:0}',
  '.sp-presence__dot{position:absolute;right:0;bottom:0;box-sizing:border-box;width:30%;height:30%;',
  'min-width:9px;min-height:9px;border-radius:50%;border:2px solid var(--sp-presence-ring,#fff);',
  'background:var(--sp-presence-online,#1e8e3e);pointer-events:auto}',
  // Away differs by shape too (a hollow centre), so colour is never the only signal.
  '.sp-presence__dot--away{background:radial-gradient(circle,var(--sp-presence-ring,#fff) 0,var(--sp-presence-ring,#fff) 28%,',
  'var(--sp-presence-away,#c25e00) 32%)}',
  '.sp-presence__dot[hidden]{display:none!important}',
  '.sp-presence--inline{line-height:inherit}',
  '.sp-presence--inline .sp-presence__dot{position:static;display:inline-block;width:.75em;height:.75em;vertical-align:middle}'
].join('');

export function ensureDotStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ELEMENT_ID)) {
    return;
  }
  const style = doc.createElement('style');
  style.id = STYLE_ELEMENT_ID;
  style.appendChild(doc.createTextNode(DOT_CSS));
  (doc.head || doc.documentElement).appendChild(style);
}
