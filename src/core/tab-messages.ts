/**
 * What the tabs of one browser say to each other, and how a message is read. The channel is
 * open to any script of the origin: every message carries the protocol version and is checked by
 * shape (ids are sys_ids, counts capped, results read by `readResult`); anything else is
 * undefined, never a throw.
 */
import { normaliseSysId } from './sys-id';

export const PROTOCOL_VERSION = 3;

/** No tab watches more users than this; a message claiming more is not one of ours. */
export const MAX_IDS_PER_TAB = 2000;

const TAB_ID = /^[0-9a-z]{1,16}-[0-9a-z]{1,10}$/;

export interface TabState {
  ids: string[];
  active: boolean;
}

/** This tab as the group sees it, read when a message needs it (its users only when they changed). */
export interface LocalTab {
  ids(): string[];
  active(): boolean;
}

/** A heartbeat's state: without `ids` when they have not changed since this tab last sent them. */
export interface AliveState {
  ids?: string[];
  active: boolean;
}

/** What a tab says, before the version and its id are put on. */
export type TabBody<R> =
  | { type: 'hello' }
  | { type: 'alive'; state: AliveState }
  | { type: 'bye' }
  | { type: 'resume' }
  | { type: 'result'; result: R };

export type TabMessage<R> = { v: number; from: string } & TabBody<R>;

/** A message of this protocol version with a well-formed body, or undefined. */
export function readTabMessage<R>(
  raw: unknown,
  readResult: (value: unknown) => R | undefined
): TabMessage<R> | undefined {
  const m = raw as { v?: unknown; from?: unknown; type?: unknown; state?: unknown; result?: unknown } | null;
  if (
    typeof m !== 'object' ||
    m === null ||
    m.v !== PROTOCOL_VERSION ||
    typeof m.from !== 'string' ||
    !TAB_ID.test(m.from)
  ) {
    return undefined;
  }
  const from = m.from;
  switch (m.type) {
    case 'hello':
    case 'bye':
    case 'resume':
      return { v: PROTOCOL_VERSION, from: from, type: m.type };
    case 'alive': {
      const state = readState(m.state);
      return state && { v: PROTOCOL_VERSION, from: from, type: 'alive', state: state };
    }
    case 'result': {
      const result = readResult(m.result);
      return result === undefined ? undefined : { v: PROTOCOL_VERSION, from: from, type: 'result', result: result };
    }
  }
  return undefined;
}

function readState(raw: unknown): AliveState | undefined {
  const state = raw as { ids?: unknown; active?: unknown } | null;
  if (typeof state !== 'object' || state === null || typeof state.active !== 'boolean') {
    return undefined;
  }
  if (state.ids === undefined) {
    return { active: state.active };
  }
  if (!(state.ids instanceof Array) || state.ids.length > MAX_IDS_PER_TAB) {
    return undefined;
  }
  const ids = state.ids;
  for (let i = 0; i < ids.length; i++) {
    if (normaliseSysId(ids[i]) !== ids[i]) {
      return undefined;
    }
  }
  return { ids: ids as string[], active: state.active };
}

/** Sortable by start time, unique by chance. */
export function newTabId(nowMs: number, random: number): string {
  const time = ('000000000000000' + Math.floor(nowMs).toString(36)).slice(-12);
  return time + '-' + Math.floor(random * 1e9).toString(36);
}
