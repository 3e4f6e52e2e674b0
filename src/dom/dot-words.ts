/**
 * What a dot says, in words an admin can translate: every text is a message template with
 * numbered slots ({0}, {1}), as People presence fills them with gs.getMessage. For example
 * "Online, active now", "Away, active 45 s ago", "Last seen 12 min ago",
 * "Busy, In a meeting (Teams)", "Last known: Online".
 */
import { ActivityText, Vendor } from '../core/availability';
import { AgeLabels, DEFAULT_AGE_LABELS, describeAge, fill, isActiveNow } from '../core/last-seen';
import { OfficeDay } from '../core/office';
import { Presence, sameAvailability } from '../core/presence';
import { SettingsError } from '../core/settings';
import { describeInput } from '../core/sys-id';
import { DEFAULT_RECORD_LABELS, RecordLabels } from './record-words';

/** The dot's words, and those of the list of people on a record (one set of labels per page). */
export interface DotLabels extends AgeLabels, RecordLabels {
  online: string;
  away: string;
  offline: string;
  busy: string;
  dnd: string;
  /** {0}: the status, e.g. "Online, active now". */
  activeNow: string;
  /** {0}: the status, {1}: an age. */
  activeAgo: string;
  /** {0}: an age. */
  lastSeen: string;
  /** {0}: the status, {1}: the source, e.g. "Busy (Teams)". */
  fromSource: string;
  /** {0}: the status, {1}: the activity, {2}: the source. */
  doing: string;
  /** {0}: what would otherwise be said, while answers fail. */
  lastKnown: string;
  /** Nothing can be known: the administrator turned presence off. */
  presenceOff: string;
  /** Nothing can be known: no answer yet usable (signed out, endpoint gone, an invalid id). */
  unavailable: string;
  inAMeeting: string;
  onThePhone: string;
  presenting: string;
  focusing: string;
  beRightBack: string;
  outOfOffice: string;
  offWork: string;
  teams: string;
  ringcentral: string;
  symphony: string;
  /** After a comma: "Beth Anglin, Online, in the office today". */
  officeToday: string;
  /** {0}: the location. */
  officeAt: string;
  remoteToday: string;
}

// Object.assign, not a spread: TypeScript's ES5 spread brings a helper into every provider.
export const DEFAULT_LABELS: DotLabels = Object.assign({}, DEFAULT_AGE_LABELS, DEFAULT_RECORD_LABELS, {
  online: 'Online',
  away: 'Away',
  offline: 'Offline',
  busy: 'Busy',
  dnd: 'Do not disturb',
  activeNow: '{0}, active now',
  activeAgo: '{0}, active {1} ago',
  lastSeen: 'Last seen {0} ago',
  fromSource: '{0} ({1})',
  doing: '{0}, {1} ({2})',
  lastKnown: 'Last known: {0}',
  presenceOff: 'Presence is off on this instance',
  unavailable: 'Presence unavailable',
  inAMeeting: 'In a meeting',
  onThePhone: 'On the phone',
  presenting: 'Presenting',
  focusing: 'Focusing',
  beRightBack: 'Be right back',
  outOfOffice: 'Out of office',
  offWork: 'Off work',
  teams: 'Teams',
  ringcentral: 'RingCentral',
  symphony: 'Symphony',
  officeToday: 'in the office today',
  officeAt: 'in the office today ({0})',
  remoteToday: 'remote today'
});

/** Whether the availability decided the dot, and so speaks (the precedence rule in availability.ts). */
function availabilityDecided(presence: Presence): boolean {
  const availability = presence.availability;
  return (
    !!availability &&
    (availability.state === 'busy' ||
      availability.state === 'dnd' ||
      availability.state === 'available' ||
      (availability.state === 'away' && presence.status === 'away'))
  );
}

/** Whether the words hold no age: most dots of an answer say the same ("Online, active now"). */
function isAgeless(presence: Presence): boolean {
  const seen = presence.lastSeenMs;
  return (
    !!presence.unknown ||
    seen === undefined ||
    (presence.status !== 'offline' && isActiveNow(seen)) ||
    availabilityDecided(presence)
  );
}

/** Two presences whose words hold no age say the same. */
function sameAgelessWords(a: Presence, b: Presence): boolean {
  return (
    a.status === b.status &&
    a.stale === b.stale &&
    a.unknown === b.unknown &&
    (a.lastSeenMs === undefined) === (b.lastSeenMs === undefined) &&
    sameAvailability(a.availability, b.availability)
  );
}

/** The last words with no age in them, and what made them: filling the templates for each of 2 000 dots was a tenth of a first answer's time. */
let lastAgeless: { presence: Presence; labels: DotLabels; words: string } | undefined;

/** The status and when the person was last seen, without the name. */
export function statusWords(presence: Presence, labels: DotLabels): string {
  if (!isAgeless(presence)) {
    return composeStatusWords(presence, labels);
  }
  const last = lastAgeless;
  if (last && last.labels === labels && sameAgelessWords(last.presence, presence)) {
    return last.words;
  }
  const words = composeStatusWords(presence, labels);
  lastAgeless = { presence: presence, labels: labels, words: words };
  return words;
}

function composeStatusWords(presence: Presence, labels: DotLabels): string {
  if (presence.unknown) {
    // "Offline" only when an answer said so.
    return presence.unknown === 'disabled' ? labels.presenceOff : labels.unavailable;
  }
  const status = labels[presence.status];
  const availability = presence.availability;
  let words: string;
  if (availability && availabilityDecided(presence)) {
    const source = labels[availability.source as Vendor];
    words = availability.activity
      ? fill(labels.doing, [status, labels[availability.activity as ActivityText], source])
      : fill(labels.fromSource, [status, source]);
  } else if (presence.lastSeenMs === undefined) {
    words = status;
  } else if (presence.status === 'offline') {
    words = fill(labels.lastSeen, [describeAge(presence.lastSeenMs, labels)]);
  } else if (isActiveNow(presence.lastSeenMs)) {
    words = fill(labels.activeNow, [status]);
  } else {
    words = fill(labels.activeAgo, [status, describeAge(presence.lastSeenMs, labels)]);
  }
  return presence.stale ? fill(labels.lastKnown, [words]) : words;
}

/** Today's office day in words ("in the office today (Building B)", "remote today"), or undefined when not told. */
export function officeWords(office: OfficeDay | undefined, labels: DotLabels): string | undefined {
  if (!office || office.inOffice === undefined) {
    return undefined;
  }
  if (!office.inOffice) {
    return labels.remoteToday;
  }
  return office.location ? fill(labels.officeAt, [office.location]) : labels.officeToday;
}

/** The dot's accessible name and tooltip, e.g. "Beth Anglin, Busy, In a meeting (Teams)", with the office day when `withOffice`. */
export function describePresence(presence: Presence, labels: DotLabels, name?: string, withOffice?: boolean): string {
  const office = withOffice ? officeWords(presence.office, labels) : undefined;
  const words = statusWords(presence, labels) + (office ? ', ' + office : '');
  return name ? name + ', ' + words : words;
}

/** `input` (a widget's translations, say) over `current`: every key a known label, every value a non-empty text. */
export function readLabels(current: DotLabels, input: unknown): DotLabels {
  if (typeof input !== 'object' || input === null || input instanceof Array) {
    throw new SettingsError(
      'labels must be an object such as { online: "Online", away: "Away" } (got ' + describeInput(input) + ')'
    );
  }
  const next: DotLabels = Object.assign({}, current);
  const given = input as { [key: string]: unknown };
  Object.keys(given).forEach(function (key) {
    const value = given[key];
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_LABELS, key)) {
      throw new SettingsError('unknown label "' + key + '" (known: ' + Object.keys(DEFAULT_LABELS).join(', ') + ')');
    }
    if (typeof value !== 'string' || value.trim() === '') {
      throw new SettingsError('labels.' + key + ' must be a non-empty text (got ' + describeInput(value) + ')');
    }
    next[key as keyof DotLabels] = value;
  });
  return next;
}
