/**
 * `<sp-presence-dot user-id="..." user-name="...">`, or the attribute `sp-presence-dot` on an
 * avatar wrapper. Writes only its own dot's DOM on a presence change: no watchers beyond its
 * bindings, no digest.
 */
import { Presence } from '../core/status-board';
import { announce } from '../dom/announcer';
import { createDot, DotOptions, removeDot, renderDot } from '../dom/dot-element';
import { ensureDotStyles } from '../dom/dot-styles';
import { createMarker, removeMarker, renderMarker } from '../dom/office-marker';
import { UserPresenceService } from './user-presence.factory';

interface Changes {
  userId?: angular.IChangesObject<unknown>;
  userName?: angular.IChangesObject<unknown>;
  showOffline?: angular.IChangesObject<unknown>;
  showOffice?: angular.IChangesObject<unknown>;
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

class PresenceDotController {
  static $inject = ['$element', 'spUserPresence'];

  /** One-way bound sys_id. */
  userId: unknown;
  /** The user's name: the dot then says "Beth Anglin, Online". */
  userName: unknown;
  /** Draw offline users as an outlined dot. */
  showOffline: unknown;
  /** Show whether the user is in the office today (ServiceNow WSD) beside the dot. */
  showOffice: unknown;
  /** Announce changes in a polite live region (also page-wide: configure({ announce: true })). */
  announce: unknown;

  private dot: HTMLElement | undefined;
  private marker: HTMLElement | undefined;
  private presence: Presence | undefined;
  private stop: (() => void) | undefined;

  constructor(private readonly $element: JQLite, private readonly service: UserPresenceService) {}

  $postLink(): void {
    const host = this.$element[0];
    ensureDotStyles(host.ownerDocument);
    this.dot = createDot(host);
    this.follow(this.userId);
  }

  $onChanges(changes: Changes): void {
    if (!this.dot) {
      return;
    }
    if (changes.userId) {
      this.follow(changes.userId.currentValue);
    } else if (changes.userName || changes.showOffline || changes.showOffice) {
      this.render();
    }
  }

  $onDestroy(): void {
    this.unfollow();
    if (this.dot) {
      removeDot(this.$element[0], this.dot);
      this.dot = undefined;
    }
    if (this.marker) {
      removeMarker(this.$element[0], this.marker);
      this.marker = undefined;
    }
  }

  private options(): DotOptions {
    const name = typeof this.userName === 'string' && this.userName.trim() !== '' ? this.userName.trim() : undefined;
    return { name: name, showOffline: isTrue(this.showOffline), office: isTrue(this.showOffice) };
  }

  private render(): void {
    const options = this.options();
    const service = this.service;
    const dotShown = renderDot(this.dot as HTMLElement, this.presence, function (presence) { return service.describe(presence, options.name, options.office); }, options);
    if (options.office && !this.marker) {
      // The office-days source asks only once a dot shows them.
      this.service.showOfficeDays();
      this.marker = createMarker(this.$element[0]);
    }
    if (this.marker) {
      const presence = options.office ? this.presence : undefined;
      renderMarker(this.marker, presence, service.describeOffice(presence), options.name, dotShown);
    }
  }

  private follow(userId: unknown): void {
    this.unfollow();
    this.presence = undefined;
    this.render();
    if (userId === undefined || userId === null || userId === '') {
      return; // not bound yet (e.g. data still loading): nothing to show, nothing to report
    }
    const self = this;
    this.stop = this.service.watch(
      String(userId),
      function (_status, presence) { self.update(presence); },
      { digest: false }
    );
  }

  private update(presence: Presence): void {
    const previous = this.presence;
    this.presence = presence;
    this.render();
    const options = this.options();
    const wanted = isTrue(this.announce) || this.service.announces();
    if (previous && wanted && options.name) {
      announce((this.dot as HTMLElement).ownerDocument, this.service.describe(presence, options.name, options.office));
    }
  }

  private unfollow(): void {
    if (this.stop) {
      this.stop();
      this.stop = undefined;
    }
  }
}

presenceDotDirective.$inject = [] as string[];

export function presenceDotDirective(): angular.IDirective {
  return {
    restrict: 'EA',
    scope: {},
    bindToController: { userId: '<', userName: '<?', showOffline: '<?', showOffice: '<?', announce: '<?' },
    controller: PresenceDotController
  };
}
