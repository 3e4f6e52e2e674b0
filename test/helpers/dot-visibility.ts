/** Whether a dot is hidden as a visitor (and assistive technology) meets it: by the page's styles, not by an attribute. */
export function isHidden(dot: Element): boolean {
  return getComputedStyle(dot).display === 'none';
}
