/**
 * `<sp-record-presence>`: who else is on this record now, from the platform's own record
 * presence (`sp.sessions` on the root scope). It only listens: no channel, no request, no
 * message of its own. A link function with no scope of its own, so it sits on any element
 * beside other directives; every attribute is read once, when it links.
 *
 *   table, sys-id  the record (else `table` and `sys_id` in the page's URL)
 *   max            people drawn before "+N more" (default 5)
 *   announce       "true": "Beth Anglin started typing" in a polite live region
 */
import { fill } from '../core/last-seen';
import { readRecord, recordFromQuery, RecordRef } from '../core/record/record-ref';
import { RecordPresenceState } from '../core/record/record-state';
import { readSessions } from '../core/record/sessions';
import { cut, readMax } from '../core/record/shown';
import { typingStarts } from '../core/record/typing-starts';
import { announce } from '../dom/announcer';
import { createDot, isShown, removeDot, renderDot } from '../dom/dot-element';
import { AttachDot, createRecordList } from '../dom/record-list';
import { ensureRecordStyles } from '../dom/record-styles';
import { UserPresenceService } from './user-presence.service';

interface PortalWindow extends Window {
  NOW?: { user_id?: unknown };
}

interface PortalRootScope extends angular.IRootScopeService {
  user?: { sys_id?: unknown };
}

/** The signed-in user, as the platform gives it to the page (NOW.user_id; Service Portal's $rootScope.user too). */
function selfId($window: PortalWindow, $rootScope: PortalRootScope): string | undefined {
  const id = ($window.NOW && $window.NOW.user_id) || ($rootScope.user && $rootScope.user.sys_id);
  return typeof id === 'string' ? id.toLowerCase() : undefined;
}

function stateOf(
  record: RecordRef | undefined,
  service: UserPresenceService,
  $injector: angular.auto.IInjectorService
): RecordPresenceState {
  if (service.report().disabled) {
    return 'disabled';
  }
  if (!record) {
    return 'no record';
  }
  // The platform's sn.common.presence holds the record's channel and emits sp.sessions.
  return $injector.has('snRecordPresence') ? 'listening' : 'no platform record presence';
}

recordPresenceDirective.$inject = ['$rootScope', '$window', '$injector', 'spUserPresence'];

export function recordPresenceDirective(
  $rootScope: PortalRootScope,
  $window: PortalWindow,
  $injector: angular.auto.IInjectorService,
  service: UserPresenceService
): angular.IDirective {
  return {
    restrict: 'EA',
    link: function (scope: angular.IScope, element: JQLite, attrs: angular.IAttributes) {
      const named = attrs.table !== undefined || attrs.sysId !== undefined;
      const record = named ? readRecord(attrs.table, attrs.sysId) : recordFromQuery($window.location.search);
      const state = stateOf(record, service, $injector);
      service.noteRecordPresence(state);
      if (state !== 'listening') {
        return; // nothing drawn
      }
      const host = element[0];
      const doc = host.ownerDocument;
      const context = {
        selfId: selfId($window, $rootScope),
        record: record as RecordRef,
        origin: $window.location.origin
      };
      const max = readMax(attrs.max);
      const attachDot: AttachDot = function (avatar, userId) {
        const dot = createDot(avatar);
        const stop = service.watch(
          userId,
          function (_status, presence) {
            renderDot(dot, isShown(presence, false) ? presence : undefined, service.describe(presence));
          },
          { digest: false }
        );
        return function () {
          stop();
          removeDot(avatar, dot);
        };
      };
      ensureRecordStyles(doc);
      const list = createRecordList(host, attachDot);
      const started = attrs.announce === 'true' ? typingStarts(Date.now) : undefined;
      // Each event is read and drawn once, outside any digest: a flood of events costs one render each.
      const stopListening = $rootScope.$on('sp.sessions', function (_event: angular.IAngularEvent, sessions: unknown) {
        const colleagues = readSessions(sessions, context);
        const labels = service.labels();
        list.render(cut(colleagues, max), labels);
        if (started) {
          started(colleagues).forEach(function (c) {
            announce(doc, fill(labels.startedTyping, [c.name]));
          });
        }
      });
      function destroy(): void {
        stopListening();
        list.destroy();
      }
      scope.$on('$destroy', destroy);
      element.on('$destroy', destroy);
    }
  };
}
