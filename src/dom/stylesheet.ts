/**
 * What every stylesheet of sp-presence shares: the ring colour and adding a sheet to the page
 * once. Apart from the dot's own sheet, so a provider that draws no dot does not carry it.
 */

/** The ring around dots and markers: it should match the page background (set it on dark themes). */
export const RING = 'var(--sp-presence-ring,#fff)';

/** Adds `css` to the page once, as the style element `id`. */
export function addStylesOnce(doc: Document, id: string, css: string): void {
  if (doc.getElementById(id)) {
    return;
  }
  const style = doc.createElement('style');
  style.id = id;
  style.appendChild(doc.createTextNode(css));
  (doc.head || doc.documentElement).appendChild(style);
}
