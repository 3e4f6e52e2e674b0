/** Module `spPresence` for any AngularJS 1.5.11+ page; Service Portal uses the provider scripts instead. */
import { presenceDotDirective } from './presence-dot.directive';
import { recordPresenceDirective } from './record-presence.directive';
import { userPresenceFactory } from './user-presence.factory';
import { workplaceFactory } from './workplace.factory';

angular
  .module('spPresence', [])
  .factory('spUserPresence', userPresenceFactory)
  .factory('spPresenceWorkplace', workplaceFactory)
  .directive('spPresenceDot', presenceDotDirective)
  .directive('spRecordPresence', recordPresenceDirective);
