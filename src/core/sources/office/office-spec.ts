/** The office-days source as the engine runs it (added by the spPresenceWorkplace provider). */
import { OfficeDay, readOfficeValue } from '../../office';
import { UserSourceSpec } from '../user-source';
import { OfficeSource, WSD_COLLABORATORS } from './office-source';

export const OFFICE_SOURCE: UserSourceSpec<OfficeDay> = {
  name: 'office',
  config: function (settings) {
    return settings.officeDays ? { endpoint: WSD_COLLABORATORS } : undefined;
  },
  create: function (context) {
    return new OfficeSource(context);
  },
  readValue: readOfficeValue,
  apply: function (board, values) {
    board.applyOffice(values);
  }
};
