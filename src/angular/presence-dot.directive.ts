/**
 * `<sp-presence-dot user-id="..." user-name="...">`, or the attribute `sp-presence-dot` on an
 * avatar wrapper. Writes only its own dot's DOM on a presence change: no watchers beyond its
 * bindings, no digest.
 */
import { Presence } from '../core/status-board';
import { announce } from '../dom/announcer';
import { createDot, DotOptions, removeDot, renderDot } from '../dom/dot-element';
import { describePresence } from '../dom/dot-words';
import { ensureDotStyles } from '../dom/dot-styles';
import { UserPresenceService } from './user-presence.factory';

interface Changes {
  userId?: angular.IChangesObject<unknown>;
  userName?: angular.IChangesObject<unknown>;
  showOffline?: angular.IChangesObject<unknown>;
}

class PresenceDotController {
  static $inject = ['$element', 'spUserPresence'];

  /** One-way bound sys_id. */
  userId: unknown;
  /** The user's name: the dot then says "Beth Anglin, Online". */
  userName: unknown;
  /** Draw offline users as an outlined dot. */
  showOffline: unknown;
  /** Announce changes in a polite live region (also page-wide: configure({ announce: true })). */
  announce: unknown;

  private dot: HTMLElement | undefined;
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
    } else if (changes.userName || changes.showOffline) {
      this.render();
    }
  }

  $onDestroy(): void {
    this.unfollow();
    if (this.dot) {
      removeDot(this.$element[0], this.dot);
      this.dot = undefined;
    }
  }

  private options(): DotOptions {
    const name = typeof this.userName === 'string' && this.userName.trim() !== '' ? this.userName.trim() : undefined;
    return { name: name, showOffline: this.showOffline === true || this.showOffline === 'true' };
  }

  private render(): void {
    renderDot(this.dot as HTMLElement, this.presence, this.service.labels(), this.options());
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
    const wanted = this.announce === true || this.announce === 'true' || this.service.announces();
    if (previous && wanted && options.name) {
      announce((this.dot as HTMLElement).ownerDocument, describePresence(presence, this.service.labels(), options.name));
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
    bindToController: { userId: '<', userName: '<?', showOffline: '<?', announce: '<?' },
    controller: PresenceDotController
  };
}
