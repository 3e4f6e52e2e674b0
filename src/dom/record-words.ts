/**
 * What the list of people on a record says, as message templates the page can translate
 * (`configure({ labels })`, People presence fills them with gs.getMessage).
 */
import { fill } from '../core/last-seen';
import { Colleague } from '../core/record/sessions';

export interface RecordLabels {
  /** The list's name: "Also on this ticket". */
  alsoHere: string;
  typingWorkNote: string;
  typingComment: string;
  /** Typing in another journal field: its name is not shown (it comes from other users). */
  typingOther: string;
  viewing: string;
  entered: string;
  probablyLeft: string;
  /** {0}: how many more, e.g. "+3 more". */
  more: string;
  /** {0}: how many more, {1}: their names: "3 more: Abel Tuter, Fred Luddy, Mei Chen". */
  moreNamed: string;
  /** {0}: a name, for the optional announcements. */
  startedTyping: string;
}

export const DEFAULT_RECORD_LABELS: RecordLabels = {
  alsoHere: 'Also on this ticket',
  typingWorkNote: 'typing a work note',
  typingComment: 'typing a comment',
  typingOther: 'typing',
  viewing: 'viewing',
  entered: 'just arrived',
  probablyLeft: 'probably left',
  more: '+{0} more',
  moreNamed: '{0} more: {1}',
  startedTyping: '{0} started typing'
};

/** "typing a work note", "viewing"... */
export function doingWords(colleague: Colleague, labels: RecordLabels): string {
  switch (colleague.doing) {
    case 'typing':
      return colleague.field === 'work_notes'
        ? labels.typingWorkNote
        : colleague.field === 'comments'
          ? labels.typingComment
          : labels.typingOther;
    case 'viewing':
      return labels.viewing;
    case 'entered':
      return labels.entered;
    default:
      return labels.probablyLeft;
  }
}

/** The "+N more" item: what it shows, and its accessible name naming everyone in it. */
export function moreWords(more: Colleague[], labels: RecordLabels): { shown: string; name: string } {
  const count = String(more.length);
  const names = more
    .map(function (c) {
      return c.name;
    })
    .join(', ');
  return { shown: fill(labels.more, [count]), name: fill(labels.moreNamed, [count, names]) };
}
