/**
 * Today's office day of one collaborator (WSD Presence API, reference 001): today's exception
 * if there is one, else the weekly routine's weekday; the location comes from the exception
 * when the person is in the office. Nothing is told when the person made their schedule
 * private. "Today" is the viewer's local date: a routine says which weekdays, not which hours,
 * so the viewer's calendar is the one that matters to them.
 */
import { OfficeDay } from '../../office';

export type Weekday = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

/** In Date#getDay() order. */
export const WEEKDAYS: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface OfficeException {
  /** yyyy-MM-dd */
  date: string;
  inOffice: boolean;
  location: string;
}

export interface Collaborator {
  sysId: string;
  privacy: boolean;
  /** Weekdays in the office; null when not told. */
  routine: { [day in Weekday]?: boolean } | null;
  exceptions: OfficeException[];
}

function twoDigits(n: number): string {
  return (n < 10 ? '0' : '') + n;
}

/** The viewer's local date of `ms`, as WSD writes dates (yyyy-MM-dd). */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return d.getFullYear() + '-' + twoDigits(d.getMonth() + 1) + '-' + twoDigits(d.getDate());
}

/** Milliseconds from `ms` to the viewer's next local midnight (23 or 25 hours' days included). */
export function msUntilLocalMidnight(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - ms;
}

export function officeToday(c: Collaborator, nowMs: number): OfficeDay {
  if (c.privacy) {
    return { following: true };
  }
  const today = localDate(nowMs);
  const exception = c.exceptions.filter(function (e) {
    return e.date === today;
  })[0];
  if (exception) {
    const day: OfficeDay = { following: true, inOffice: exception.inOffice };
    if (exception.inOffice && exception.location !== '') {
      day.location = exception.location;
    }
    return day;
  }
  const planned = c.routine ? c.routine[WEEKDAYS[new Date(nowMs).getDay()]] : undefined;
  return planned === undefined ? { following: true } : { following: true, inOffice: planned };
}
