/**
 * `spPresenceWorkplace`: office days (ServiceNow WSD) and recent activities for `spUserPresence`,
 * in a provider of their own so that pages without them do not load them. Injecting it (the
 * service also looks it up when a dot first shows office days) adds them; its value is
 * `spUserPresence` itself.
 */
import { createWorkplace } from '../core/workplace/workplace';
import { OFFICE_MARKER } from '../dom/office-marker';
import { UserPresenceService } from './user-presence.service';

workplaceFactory.$inject = ['spUserPresence'];

export function workplaceFactory(service: UserPresenceService): UserPresenceService {
  service.useWorkplace(createWorkplace, OFFICE_MARKER);
  return service;
}
