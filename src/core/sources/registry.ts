/**
 * The sources the engine runs beside the activity poll. Adding one means adding its spec
 * here; the engine and the directive stay as they are.
 */
import { Availability, readAvailabilityValue } from '../availability';
import { OfficeDay, readOfficeValue } from '../office';
import { AvailabilitySource } from './availability/availability-source';
import { OfficeSource, WSD_COLLABORATORS } from './office/office-source';
import { UserSourceSpec } from './user-source';

const availability: UserSourceSpec<Availability> = {
  name: 'availability',
  config: function (settings) { return settings.availability; },
  create: function (context) { return new AvailabilitySource(context); },
  readValue: readAvailabilityValue,
  apply: function (board, values) { board.applyAvailability(values); }
};

const office: UserSourceSpec<OfficeDay> = {
  name: 'office',
  config: function (settings) { return settings.officeDays ? { endpoint: WSD_COLLABORATORS } : undefined; },
  create: function (context) { return new OfficeSource(context); },
  readValue: readOfficeValue,
  apply: function (board, values) { board.applyOffice(values); }
};

export const USER_SOURCES: UserSourceSpec<unknown>[] = [availability as UserSourceSpec<unknown>, office as UserSourceSpec<unknown>];
