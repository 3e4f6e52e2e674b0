/**
 * Sources of per-user facts beside activity (availability today; in-office days next), as the
 * engine runs them: configured from the page's settings, run by the leader tab only, their
 * values applied to the status board and shared with the other tabs. Adding one means adding
 * its spec to USER_SOURCES; the engine and the directive stay as they are.
 */
import { Availability, readAvailabilityValue } from '../availability';
import { Settings } from '../settings';
import { StatusBoard } from '../status-board';
import { AvailabilitySource } from './availability-source';
import { UserSource, UserSourceContext } from './user-source';

export interface UserSourceSpec<T> {
  name: string;
  /** The source's part of the page settings; undefined: off. */
  config(settings: Settings): unknown;
  create(context: UserSourceContext<T>): UserSource;
  /** A value shared by the leader tab, checked, or undefined. */
  readValue(raw: unknown): T | undefined;
  apply(board: StatusBoard, values: Map<string, T>): void;
}

const availability: UserSourceSpec<Availability> = {
  name: 'availability',
  config: function (settings) { return settings.availability; },
  create: function (context) { return new AvailabilitySource(context); },
  readValue: readAvailabilityValue,
  apply: function (board, values) { board.applyAvailability(values); }
};

export const USER_SOURCES: UserSourceSpec<unknown>[] = [availability as UserSourceSpec<unknown>];
