import { DotStatus } from '../../src/core/availability';
import { Presence } from '../../src/core/presence';
import { DotService, PresenceDot } from '../../src/dom/presence-dot';
import { isHidden } from '../helpers/dot-visibility';

/** The page's presence service as a dot sees it, told by hand. */
class HandService implements DotService {
  readonly following = new Map<string, (status: DotStatus, presence: Presence) => void>();
  readonly stopped: string[] = [];

  watch(sysId: string, callback: (status: DotStatus, presence: Presence) => void): () => void {
    this.following.set(sysId, callback);
    return () => {
      this.stopped.push(sysId);
      this.following.delete(sysId);
    };
  }

  describe(presence: Presence, name?: string): string {
    return (name ? name + ', ' : '') + presence.status;
  }

  describeOffice(): string | undefined {
    return undefined;
  }

  showOfficeDays(): undefined {
    return undefined;
  }

  announces(): boolean {
    return false;
  }

  tell(sysId: string, presence: Presence): void {
    this.following.get(sysId)!(presence.status, presence);
  }
}

const ONLINE: Presence = { status: 'online', activity: 'online', stale: false };
const OFFLINE: Presence = { status: 'offline', activity: 'offline', stale: false, lastSeenMs: 300000 };

describe('PresenceDot (no AngularJS)', function () {
  let host: HTMLElement;
  let service: HandService;

  beforeEach(function () {
    host = document.createElement('span');
    document.body.appendChild(host);
    service = new HandService();
  });

  afterEach(function () {
    host.parentNode!.removeChild(host);
  });

  function dotOf(): HTMLElement {
    return host.querySelector('.sp-presence__dot') as HTMLElement;
  }

  it('stays hidden until its user is known, then shows the status in words with the name', function () {
    const dot = new PresenceDot(host, service);
    dot.setName('  Beth Anglin ');
    dot.follow('a');
    expect(isHidden(dotOf())).toBe(true);
    service.tell('a', ONLINE);
    expect(isHidden(dotOf())).toBe(false);
    expect(dotOf().getAttribute('aria-label')).toBe('Beth Anglin, online');
  });

  it('moves to another user at once: the old one is no longer followed and nothing of it shows', function () {
    const dot = new PresenceDot(host, service);
    dot.follow('a');
    service.tell('a', ONLINE);
    dot.follow('b');
    expect(service.stopped).toEqual(['a']);
    expect(isHidden(dotOf())).toBe(true);
    expect(Array.from(service.following.keys())).toEqual(['b']);
  });

  it('follows nobody while the id is not bound yet', function () {
    const dot = new PresenceDot(host, service);
    [undefined, null, ''].forEach(function (id) {
      dot.follow(id);
    });
    expect(service.following.size).toBe(0);
    expect(isHidden(dotOf())).toBe(true);
  });

  it('writes nothing for its options before its user is known (mounting costs no second write)', function () {
    const dot = new PresenceDot(host, service);
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver(function (records) {
      writes.push(...records);
    });
    observer.observe(host, { subtree: true, attributes: true, childList: true });
    dot.setName('Beth Anglin');
    dot.setShowOffline('true');
    dot.follow('a');
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(writes.length).toBe(0);
  });

  it('draws offline only when asked, and redraws when the option changes', function () {
    const dot = new PresenceDot(host, service);
    dot.follow('a');
    service.tell('a', OFFLINE);
    expect(isHidden(dotOf())).toBe(true);
    dot.setShowOffline(true);
    expect(isHidden(dotOf())).toBe(false);
    expect(dotOf().className).toContain('--offline');
    dot.setShowOffline('false');
    expect(isHidden(dotOf())).toBe(true);
  });

  it('on destroy, stops following and leaves the host without its dot', function () {
    const dot = new PresenceDot(host, service);
    dot.follow('a');
    service.tell('a', ONLINE);
    dot.destroy();
    expect(service.stopped).toEqual(['a']);
    expect(dotOf()).toBeNull();
    expect(host.classList.contains('sp-presence')).toBe(false);
  });
});
