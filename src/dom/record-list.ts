/**
 * The DOM of the list of people on a record: one row per person, kept by user id across
 * events, so a person's dot (and its subscription) lives as long as they stay. One render per
 * event writes only what changed; an empty list is hidden, so nothing is drawn.
 */
import { Colleague } from '../core/record/sessions';
import { Shown } from '../core/record/shown';
import { doingWords, moreWords, RecordLabels } from './record-words';

/** Puts a live dot for `userId` into `avatar`; returns what removes it. */
export type AttachDot = (avatar: HTMLElement, userId: string) => () => void;

interface Row {
  item: HTMLElement;
  avatar: HTMLElement;
  picture: HTMLElement;
  name: HTMLElement;
  doing: HTMLElement;
  shown: Colleague;
  detach: () => void;
}

export interface RecordList {
  render(shown: Shown, labels: RecordLabels): void;
  destroy(): void;
}

let lists = 0;

function element(doc: Document, tag: string, className: string): HTMLElement {
  const el = doc.createElement(tag);
  el.className = className;
  return el;
}

/** Their picture when the session gave a same-origin one, else their initials. */
function picture(doc: Document, colleague: Colleague): HTMLElement {
  if (colleague.avatar) {
    const img = element(doc, 'img', 'sp-record-presence__picture') as HTMLImageElement;
    img.alt = '';
    img.src = colleague.avatar;
    return img;
  }
  const initials = element(doc, 'span', 'sp-record-presence__initials');
  initials.setAttribute('aria-hidden', 'true');
  initials.textContent = colleague.initials;
  return initials;
}

/** Writes only a change: an event that changes nothing costs no DOM write. */
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) {
    el.textContent = text;
  }
}

function setAttribute(el: HTMLElement, name: string, value: string): void {
  if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

export function createRecordList(host: HTMLElement, attachDot: AttachDot): RecordList {
  const doc = host.ownerDocument;
  const root = element(doc, 'div', 'sp-record-presence');
  const label = element(doc, 'span', 'sp-record-presence__label');
  const list = element(doc, 'ul', 'sp-record-presence__list');
  const more = element(doc, 'li', 'sp-record-presence__more');
  const moreShown = doc.createElement('span');
  const moreName = element(doc, 'span', 'sp-presence__text');
  label.id = 'sp-record-presence-' + ++lists;
  list.setAttribute('aria-labelledby', label.id);
  moreShown.setAttribute('aria-hidden', 'true');
  more.appendChild(moreShown);
  more.appendChild(moreName);
  root.appendChild(label);
  root.appendChild(list);
  root.hidden = true;
  host.appendChild(root);
  let rows: { [userId: string]: Row } = {};

  function createRow(colleague: Colleague): Row {
    const item = element(doc, 'li', 'sp-record-presence__person');
    const avatar = element(doc, 'span', 'sp-record-presence__avatar');
    const who = element(doc, 'span', 'sp-record-presence__who');
    const name = element(doc, 'span', 'sp-record-presence__name');
    const doing = element(doc, 'span', 'sp-record-presence__doing');
    const pic = picture(doc, colleague);
    avatar.appendChild(pic);
    who.appendChild(name);
    who.appendChild(doing);
    item.appendChild(avatar);
    item.appendChild(who);
    return {
      item: item,
      avatar: avatar,
      picture: pic,
      name: name,
      doing: doing,
      shown: colleague,
      detach: attachDot(avatar, colleague.userId)
    };
  }

  function updateRow(row: Row, colleague: Colleague, labels: RecordLabels): void {
    if (row.shown.avatar !== colleague.avatar || row.shown.initials !== colleague.initials) {
      const pic = picture(doc, colleague);
      row.avatar.replaceChild(pic, row.picture);
      row.picture = pic;
    }
    row.shown = colleague;
    setAttribute(
      row.item,
      'class',
      'sp-record-presence__person sp-record-presence__person--' + colleague.doing.replace(' ', '-')
    );
    setText(row.name, colleague.name);
    setText(row.doing, doingWords(colleague, labels));
  }

  /** Puts `item` at `index` unless it is there already (a steady list moves nothing). */
  function place(item: HTMLElement, index: number): void {
    const at = list.children[index];
    if (at !== item) {
      list.insertBefore(item, at || null);
    }
  }

  return {
    render: function (shown, labels) {
      const next: { [userId: string]: Row } = {};
      shown.people.forEach(function (colleague, index) {
        const row = rows[colleague.userId] || createRow(colleague);
        next[colleague.userId] = row;
        updateRow(row, colleague, labels);
        place(row.item, index);
      });
      Object.keys(rows).forEach(function (id) {
        if (!next[id]) {
          rows[id].detach();
          list.removeChild(rows[id].item);
        }
      });
      rows = next;
      if (shown.more.length) {
        const words = moreWords(shown.more, labels);
        setText(moreShown, words.shown);
        setText(moreName, words.name);
        setAttribute(more, 'title', words.name);
        place(more, shown.people.length);
      } else if (more.parentNode) {
        list.removeChild(more);
      }
      setText(label, labels.alsoHere);
      root.hidden = shown.people.length === 0;
    },

    destroy: function () {
      Object.keys(rows).forEach(function (id) {
        rows[id].detach();
      });
      rows = {};
      if (root.parentNode === host) {
        host.removeChild(root);
      }
    }
  };
}
