/** The "+N more" cut: the first `max` people are drawn, the rest named in one item. */
import { Colleague } from './sessions';

export interface Shown {
  people: Colleague[];
  /** Those not drawn, in order (their names go into the "+N more" item's accessible name). */
  more: Colleague[];
}

export const DEFAULT_MAX = 5;

/** `max` as an attribute gives it: a whole number from 1, else the default. */
export function readMax(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return n >= 1 && n <= 100 && Math.floor(n) === n ? n : DEFAULT_MAX;
}

export function cut(colleagues: Colleague[], max: number): Shown {
  return { people: colleagues.slice(0, max), more: colleagues.slice(max) };
}
