/**
 * One dot on its host element: the user it follows, how it is drawn (name, offline, office day)
 * and its announcements. Framework-free: the directive only feeds it attribute values. Writes
 * only its own DOM on a change, with no digest.
 */
import { DotStatus } from '../core/availability';
import { Presence } from '../core/presence';
import { announce } from './announcer';
import { createDot, isShown, removeDot, renderDot } from './dot-element';
import { ensureDotStyles } from './dot-styles';
import { OfficeMarker } from './office-marker';

/** What a dot needs of the page's presence service (spUserPresence). */
export interface DotService {
  watch(
    sysId: string,
    callback: (status: DotStatus, presence: Presence) => void,
    options: { digest: boolean }
  ): () => void;
  describe(presence: Presence, name?: string, withOffice?: boolean): string;
  describeOffice(presence: Presence | undefined): string | undefined;
  /** Starts office days; what draws the marker, or undefined when the page cannot show them. */
  showOfficeDays(): OfficeMarker | undefined;
  announces(): boolean;
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

export class PresenceDot {
  private readonly dot: HTMLElement;
  private marker: HTMLElement | undefined;
  private drawer: OfficeMarker | undefined;
  private presence: Presence | undefined;
  private stop: (() => void) | undefined;
  private name: string | undefined;
  private showOffline = false;
  private showOffice = false;
  private announce = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly service: DotService
  ) {
    ensureDotStyles(host.ownerDocument);
    this.dot = createDot(host);
  }

  /** The user to follow: a sys_id; empty or undefined while the page's data is still loading. */
  follow(userId: unknown): void {
    this.unfollow();
    if (this.presence) {
      this.presence = undefined;
      this.render();
    }
    if (userId === undefined || userId === null || userId === '') {
      return; // not bound yet: nothing to show, nothing to report
    }
    this.stop = this.service.watch(
      String(userId),
      (_status, presence) => {
        this.update(presence);
      },
      { digest: false }
    );
  }

  setName(value: unknown): void {
    this.name = typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    this.redraw();
  }

  setShowOffline(value: unknown): void {
    this.showOffline = isTrue(value);
    this.redraw();
  }

  setShowOffice(value: unknown): void {
    this.showOffice = isTrue(value);
    this.redraw();
  }

  /** Announce changes in a polite live region (also page-wide: configure({ announce: true })). */
  setAnnounce(value: unknown): void {
    this.announce = isTrue(value);
  }

  destroy(): void {
    this.unfollow();
    removeDot(this.host, this.dot);
    if (this.marker && this.drawer) {
      this.drawer.remove(this.host, this.marker);
      this.marker = undefined;
    }
  }

  /**
   * After an option changed: a dot with no presence yet is hidden as created, so only a shown
   * one, or a first office marker, has anything to draw (mounting 2 000 dots writes no DOM twice).
   */
  private redraw(): void {
    if (this.presence || this.marker || this.showOffice) {
      this.render();
    }
  }

  private render(): void {
    const presence = this.presence;
    const service = this.service;
    const dotShown = isShown(presence, this.showOffline);
    renderDot(
      this.dot,
      dotShown ? presence : undefined,
      dotShown ? service.describe(presence as Presence, this.name, this.showOffice) : ''
    );
    if (this.showOffice && !this.marker) {
      // The office-days source asks only once a dot shows them.
      this.drawer = service.showOfficeDays();
      this.marker = this.drawer && this.drawer.create(this.host);
    }
    if (this.marker && this.drawer) {
      const office = this.showOffice ? presence : undefined;
      this.drawer.render(this.marker, office, service.describeOffice(office), this.name, dotShown);
    }
  }

  private update(presence: Presence): void {
    const previous = this.presence;
    this.presence = presence;
    this.render();
    if (previous && this.name && (this.announce || this.service.announces())) {
      announce(this.host.ownerDocument, this.service.describe(presence, this.name, this.showOffice));
    }
  }

  private unfollow(): void {
    if (this.stop) {
      this.stop();
      this.stop = undefined;
    }
  }
}
