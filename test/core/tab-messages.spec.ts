import { newTabId, readTabMessage } from '../../src/core/tab-messages';
import { sysId } from '../helpers/fake-instance';

/** Tab ids as newTabId makes them. */
function tabId(name: string): string {
  return '00000000000' + name + '-x';
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

describe('tab messages', function () {
  it('makes ids that sort by tab age', function () {
    expect(newTabId(1000, 0.9) < newTabId(2000, 0.1)).toBe(true);
    expect(newTabId(1000, 0.1)).not.toBe(newTabId(1000, 0.2));
  });

  it('drops what is not a well-formed message of this version, without a throw', function () {
    [
      null,
      42,
      'alive',
      [],
      {},
      { type: 'alive', from: 'zzz', state: null },
      { v: 3, type: 'alive', from: 'zzz', state: null },
      { v: 1, type: 'hello', from: tabId('a') },
      { v: 3, type: 'alive', from: tabId('a'), state: { ids: ['<img src=x onerror=alert(1)>'], active: true } },
      { v: 3, type: 'alive', from: tabId('a'), state: { ids: [sysId(1)], active: 'yes' } },
      { v: 3, type: 'alive', from: '<b>' + tabId('a'), state: { ids: [], active: true } },
      { v: 3, type: 'result', from: tabId('a'), result: 42 },
      { v: 3, type: 'reboot', from: tabId('a') }
    ].forEach(function (m) {
      expect(readTabMessage(m, readString)).withContext(JSON.stringify(m)).toBeUndefined();
    });
    expect(
      readTabMessage({ v: 3, type: 'alive', from: tabId('a'), state: { ids: [sysId(1)], active: true } }, readString)
    ).toBeDefined();
  });
});
