import { Presence } from '../../src/core/presence';
import { createDot, isShown, removeDot, renderDot } from '../../src/dom/dot-element';
import { ensureDotStyles } from '../../src/dom/dot-styles';
import { DEFAULT_LABELS, describePresence } from '../../src/dom/dot-words';
import { isHidden } from '../helpers/dot-visibility';

describe('dot element', function () {
  let host: HTMLElement;

  beforeEach(function () {
    host = document.createElement('div');
    document.body.appendChild(host);
    ensureDotStyles(document);
  });

  afterEach(function () {
    host.parentNode!.removeChild(host);
  });

  it('is created hidden and unnamed, and leaves its host as it found it', function () {
    const avatar = document.createElement('span');
    host.appendChild(avatar);
    const dot = createDot(avatar);
    expect(isHidden(dot)).toBe(true);
    expect(dot.getAttribute('role')).toBe('img');
    expect(dot.hasAttribute('aria-label')).toBe(false);
    expect(avatar.classList.contains('sp-presence')).toBe(true);
    removeDot(avatar, dot);
    expect(avatar.childNodes.length).toBe(0);
    expect(avatar.className).toBe('');
  });

  it('shows a presence with its words, and hides again without a stale name', function () {
    const dot = createDot(host);
    renderDot(dot, { status: 'away', activity: 'away', stale: true }, 'Last known: Away');
    expect(isHidden(dot)).toBe(false);
    expect(dot.className).toBe('sp-presence__dot sp-presence__dot--away sp-presence__dot--stale');
    expect(dot.getAttribute('aria-label')).toBe('Last known: Away');
    renderDot(dot, undefined, '');
    expect(isHidden(dot)).toBe(true);
    expect(dot.className).toBe('sp-presence__dot');
    expect(dot.hasAttribute('aria-label')).toBe(false);
  });

  it('draws offline only when asked and when an answer said so, never an unknown user', function () {
    const offline: Presence = { status: 'offline', activity: 'offline', stale: false, lastSeenMs: 120000 };
    const unknown: Presence = { status: 'offline', activity: 'offline', stale: false, unknown: 'unavailable' };
    expect(isShown(offline, false)).toBe(false);
    expect(isShown(offline, true)).toBe(true);
    expect(isShown(unknown, true)).toBe(false);
    expect(isShown(undefined, true)).toBe(false);
    expect(isShown({ status: 'busy', activity: 'offline', stale: false }, false)).toBe(true);
  });

  it('draws busy square-cornered and do-not-disturb with a bar, apart from online by shape', function () {
    ensureDotStyles(document);
    const busy = createDot(document.createElement('span'));
    const dnd = createDot(document.createElement('span'));
    const online = createDot(document.createElement('span'));
    [busy, dnd, online].forEach(function (d) {
      host.appendChild(d.parentNode as Node);
    });
    const draw = function (dot: HTMLElement, presence: Presence, name?: string) {
      renderDot(dot, presence, describePresence(presence, DEFAULT_LABELS, name));
    };
    draw(
      busy,
      {
        status: 'busy',
        activity: 'online',
        stale: false,
        availability: { state: 'busy', activity: 'inAMeeting', source: 'teams' }
      },
      'Beth Anglin'
    );
    draw(dnd, { status: 'dnd', activity: 'online', stale: false, availability: { state: 'dnd', source: 'teams' } });
    draw(online, { status: 'online', activity: 'online', stale: false, lastSeenMs: 0 });
    expect(busy.getAttribute('aria-label')).toBe('Beth Anglin, Busy, In a meeting (Teams)');
    expect(dnd.getAttribute('aria-label')).toBe('Do not disturb (Teams)');
    expect(getComputedStyle(busy).borderRadius).not.toBe(getComputedStyle(online).borderRadius);
    expect(getComputedStyle(dnd).backgroundImage).toContain('linear-gradient');
    expect(getComputedStyle(online).backgroundImage).toBe('none');
  });
});
