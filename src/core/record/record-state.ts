/**
 * Whether the lists of people on a record can show anyone on this page, for `report()`,
 * `diagnose()` and the widget's Diagnostics; the states that show nobody are said once.
 */
export type RecordPresenceState = 'listening' | 'no record' | 'no platform record presence' | 'disabled';

export const RECORD_STATE_LINES: { [state: string]: string } = {
  'no platform record presence': '[sp-presence] this page has no platform record presence (snRecordPresence): <sp-record-presence> lists nobody',
  disabled: '[sp-presence] user presence is disabled on this instance (PRESENCE_DISABLED): <sp-record-presence> lists nobody'
};
