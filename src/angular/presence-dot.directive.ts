/**
 * `<sp-presence-dot user-id="...">`, or the attribute `sp-presence-dot` on an avatar wrapper.
 * Writes only its own dot's DOM on a status change: no watchers beyond its binding, no digest.
 */
import { createDot, removeDot, renderDot } from '../dom/dot-element';
import { ensureDotStyles } from '../dom/dot-styles';
import { UserPresenceService } from './user-presence.factory';

class PresenceDotController {
  static $inject = ['$element', 'spUserPresence'];

  /** One-way bound sys_id. */
  userId: unknown;

  private dot: HTMLElement | undefined;
  private stop: (() => void) | undefined;

  constructor(private readonly $element: JQLite, private readonly presence: UserPresenceService) {}

  $postLink(): void {
    const host = this.$element[0];
    ensureDotStyles(host.ownerDocument);
    this.dot = createDot(host);
    this.follow(this.userId);
  }

  $onChanges(changes: { userId?: angular.IChangesObject<unknown> }): void {
    if (changes.userId && this.dot) {
      this.follow(changes.userId.currentValue);
    }
  }

  $onDestroy(): void {
    this.unfollow();
    if (this.dot) {
      removeDot(this.$element[0], this.dot);
      this.dot = undefined;
    }
  }

  private follow(userId: unknown): void {
    this.unfollow();
    const dot = this.dot as HTMLElement;
    const presence = this.presence;
    renderDot(dot, undefined, presence.labels());
    if (userId === undefined || userId === null || userId === '') {
      return; // not bound yet (e.g. data still loading): nothing to show, nothing to report
    }
    this.stop = presence.watch(
      String(userId),
      function (status) { renderDot(dot, status, presence.labels()); },
      { digest: false }
    );
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
    bindToController: { userId: '<' },
    controller: PresenceDotController
  };
}
