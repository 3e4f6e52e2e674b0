/**
 * Whether the lists of people on a record can show anyone on this page, for `report()`,
 * `diagnose()` and the widget's Diagnostics. A page without the platform's record presence is
 * said once; PRESENCE_DISABLED has the page's one line, shared with the dots.
 */
export type RecordPresenceState = 'listening' | 'no record' | 'no platform record presence' | 'disabled';

export const NO_PLATFORM_LINE =
  '[sp-presence] this page has no platform record presence (snRecordPresence): <sp-record-presence> lists nobody';
