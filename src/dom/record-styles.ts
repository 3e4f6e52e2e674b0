/**
 * The stylesheet of the list of people on a record, added once by the first list (a provider
 * carries no CSS). The dot inside each avatar is the dot's own (dot-styles.ts).
 */
import { ensureDotStyles } from './dot-styles';
import { addStylesOnce } from './stylesheet';

const RECORD_CSS = [
  '.sp-record-presence[hidden]{display:none!important}',
  '.sp-record-presence{display:flex;flex-wrap:wrap;align-items:center;gap:6px 14px;margin:0 0 12px}',
  '.sp-record-presence__label{font-size:12px;color:var(--sp-record-presence-muted,#545f6b)}',
  '.sp-record-presence__list{display:flex;flex-wrap:wrap;gap:6px 14px;list-style:none;margin:0;padding:0}',
  '.sp-record-presence__person,.sp-record-presence__more{display:flex;align-items:center;gap:8px;min-width:0}',
  '.sp-record-presence__avatar{width:32px;height:32px;flex:none}',
  '.sp-record-presence__picture,.sp-record-presence__initials{display:block;width:32px;height:32px;border-radius:50%;object-fit:cover}',
  '.sp-record-presence__initials{background:#1f5f8b;color:#fff;font:600 12px/32px sans-serif;text-align:center}',
  '.sp-record-presence__who{display:flex;flex-direction:column;line-height:1.3;min-width:0}',
  '.sp-record-presence__name{font-weight:600;overflow-wrap:anywhere}',
  '.sp-record-presence__doing{font-size:12px;color:var(--sp-record-presence-muted,#545f6b)}',
  '.sp-record-presence__person--typing .sp-record-presence__doing{color:var(--sp-record-presence-typing,#1a5c2e);font-style:italic}',
  '.sp-record-presence__more{font-size:12px;font-weight:600;color:var(--sp-record-presence-muted,#545f6b)}'
].join('');

export function ensureRecordStyles(doc: Document): void {
  ensureDotStyles(doc);
  addStylesOnce(doc, 'sp-record-presence-styles', RECORD_CSS);
}
