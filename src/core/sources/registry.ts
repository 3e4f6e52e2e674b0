/**
 * The sources every engine runs beside the activity poll. Others are added at run time with
 * PresenceEngine.addSource (office days come with the spPresenceWorkplace provider, so pages
 * without it do not load them); the engine and the directive stay as they are.
 */
import { Availability, readAvailabilityValue } from '../availability';
import { AvailabilitySource } from './availability/availability-source';
import { UserSourceSpec } from './user-source';

const availability: UserSourceSpec<Availability> = {
  name: 'availability',
  config: function (settings) {
    return settings.availability;
  },
  create: function (context) {
    return new AvailabilitySource(context);
  },
  readValue: readAvailabilityValue,
  apply: function (board, values) {
    board.applyAvailability(values);
  }
};

export const BUILT_IN_SOURCES: UserSourceSpec<unknown>[] = [availability as UserSourceSpec<unknown>];
