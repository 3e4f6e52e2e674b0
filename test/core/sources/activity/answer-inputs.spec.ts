import { Subject } from 'rxjs';
import { listenToInputs } from '../../../../src/core/sources/activity/answer-inputs';

describe('listenToInputs', function () {
  let platform: Subject<unknown>;
  let store: Subject<unknown>;
  let told: string[];

  beforeEach(function () {
    platform = new Subject<unknown>();
    store = new Subject<unknown>();
    told = [];
  });

  function listen() {
    return listenToInputs(
      { platform$: platform, storeChanged$: store },
      {
        readers: function () {
          told.push('readers');
        },
        platform: function (entries) {
          told.push('platform ' + entries.length);
        },
        sharedChanged: function () {
          told.push('shared');
        }
      }
    );
  }

  it("hands on the platform client's non-empty lists, and notes a reader for every emission", function () {
    listen();
    platform.next([{ user: 'a' }, { user: 'b' }]);
    platform.next([]);
    platform.next(null);
    platform.next({ presenceArray: [] });
    expect(told).toEqual(['readers', 'platform 2', 'readers', 'readers', 'readers']);
  });

  it("tells another tab's write of the shared answer, after noting a reader", function () {
    listen();
    store.next('written');
    expect(told).toEqual(['readers', 'shared']);
  });

  it('tells nothing once stopped', function () {
    listen().unsubscribe();
    platform.next([{ user: 'a' }]);
    store.next('written');
    expect(told).toEqual([]);
  });
});
