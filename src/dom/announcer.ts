/**
 * Opt-in announcements of presence changes for screen readers: one polite live region per
 * page, shared by every dot. Off by default: a page of dots would otherwise talk constantly.
 */
const REGION_ID = 'sp-presence-live';

export function announce(doc: Document, text: string): void {
  let region = doc.getElementById(REGION_ID);
  if (!region) {
    region = doc.createElement('div');
    region.id = REGION_ID;
    region.className = 'sp-presence__text';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('role', 'status');
    (doc.body || doc.documentElement).appendChild(region);
  }
  region.textContent = text;
}
