import { Presence } from '../../src/core/presence';
import { listen, newEntry, show } from '../../src/core/presence-entry';

describe("presence entry: who is told of a user's presence", function () {
  const ONLINE: Presence = { status: 'online', activity: 'online', stale: false };
  const AWAY: Presence = { status: 'away', activity: 'away', stale: false };

  it('tells a new listener what is known at once, and nothing before it is known', function () {
    const unknown = newEntry(undefined);
    const settled = newEntry('offline');
    const seen: string[] = [];
    listen(unknown, function (p) {
      seen.push('unknown ' + p.status);
    });
    listen(settled, function (p) {
      seen.push('settled ' + p.status);
    });
    expect(seen).toEqual(['settled offline']);
    show(unknown, ONLINE);
    expect(seen).toEqual(['settled offline', 'unknown online']);
  });

  it('tells every listener though one throws, and reports that error apart', function () {
    const reported = spyOn(Promise, 'reject').and.returnValue(Promise.resolve());
    const entry = newEntry(undefined);
    const error = new Error("a widget's callback failed");
    const seen: string[] = [];
    listen(entry, function () {
      throw error;
    });
    listen(entry, function (p) {
      seen.push(p.status);
    });
    show(entry, ONLINE);
    expect(seen).toEqual(['online']);
    expect(reported).toHaveBeenCalledWith(error);
  });

  it('tells the listeners of the moment even when one stops another while being told', function () {
    const entry = newEntry(undefined);
    const seen: string[] = [];
    let stopSecond: () => void = function () {
      return undefined;
    };
    listen(entry, function (p) {
      seen.push('first ' + p.status);
      stopSecond();
    });
    stopSecond = listen(entry, function (p) {
      seen.push('second ' + p.status);
    });
    listen(entry, function (p) {
      seen.push('third ' + p.status);
    });
    show(entry, ONLINE);
    show(entry, AWAY);
    expect(seen).toEqual(['first online', 'second online', 'third online', 'first away', 'third away']);
  });

  it('stops telling a listener once stopped, twice stopped included', function () {
    const entry = newEntry(undefined);
    const seen: string[] = [];
    const stop = listen(entry, function (p) {
      seen.push(p.status);
    });
    show(entry, ONLINE);
    stop();
    stop();
    show(entry, AWAY);
    expect(seen).toEqual(['online']);
    expect(entry.listeners.length).toBe(0);
  });
});
