import { CHANNEL_NAME, openTabChannel } from '../../src/core/tab-channel';

describe('openTabChannel', function () {
  it('uses BroadcastChannel where there is one', function (done) {
    const a = openTabChannel<{ n: number }>(window, 'sp-presence-test-' + Math.random())!;
    expect(a).toBeDefined();
    // A second channel of the same name stands in for another tab.
    const name = 'sp-presence-test-pair';
    const sender = openTabChannel<{ n: number }>(window, name)!;
    const receiver = openTabChannel<{ n: number }>(window, name)!;
    const stopListening = receiver.listen(function (m) {
      expect(m).toEqual({ n: 42 });
      stopListening();
      [a, sender, receiver].forEach(function (c) {
        c.close();
      });
      done();
    });
    sender.post({ n: 42 });
  });

  it('falls back to storage events without BroadcastChannel', function () {
    const store: { [key: string]: string } = {};
    const target = document.createElement('div');
    const fakeWindow = {
      localStorage: {
        setItem: function (k: string, v: string) {
          store[k] = v;
        }
      },
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target)
    } as unknown as Window;
    const channel = openTabChannel<{ type: string }>(fakeWindow, CHANNEL_NAME)!;
    const got: { type: string }[] = [];
    const stopListening = channel.listen(function (m) {
      got.push(m);
    });
    channel.post({ type: 'hello' });
    const written = store[CHANNEL_NAME + ':bus'];
    expect(JSON.parse(written).m).toEqual({ type: 'hello' });
    // Another tab's write arrives as a storage event.
    function write(key: string, value: string): void {
      const event = new Event('storage') as StorageEvent;
      Object.defineProperty(event, 'key', { value: key });
      Object.defineProperty(event, 'newValue', { value: value });
      target.dispatchEvent(event);
    }
    write(CHANNEL_NAME + ':bus', JSON.stringify({ n: 1, m: { type: 'alive' } }));
    // Other keys, junk and envelopes without a message are not ours.
    write('snPresence', JSON.stringify({ n: 2, m: { type: 'alive' } }));
    write(CHANNEL_NAME + ':bus', '{not json');
    write(CHANNEL_NAME + ':bus', JSON.stringify({ n: 3 }));
    expect(got).toEqual([{ type: 'alive' }]);
    stopListening();
    write(CHANNEL_NAME + ':bus', JSON.stringify({ n: 4, m: { type: 'bye' } }));
    expect(got).toEqual([{ type: 'alive' }]);
  });

  it('gives up quietly where tabs cannot talk', function () {
    const fakeWindow = {} as Window;
    expect(openTabChannel(fakeWindow, CHANNEL_NAME)).toBeUndefined();
  });
});
