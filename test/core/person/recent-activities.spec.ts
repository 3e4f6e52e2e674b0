import { asyncScheduler } from 'rxjs';
import { ACTIVITIES_PATH, RecentActivities, readActivities } from '../../../src/core/person/recent-activities';
import { HttpAnswer } from '../../../src/core/protocol';
import { PresenceRequest } from '../../../src/core/transport';
import { jsonAnswer, sysId } from '../../helpers/fake-instance';

describe('recent activities', function () {
  const CONSUMER = sysId(0xc0);
  const INSTANCE = sysId(0x11);
  let requests: PresenceRequest[];
  let answer: () => Promise<HttpAnswer>;
  let logs: string[];
  let activities: RecentActivities;

  beforeEach(function () {
    requests = [];
    logs = [];
    answer = function () {
      return Promise.resolve(
        jsonAnswer({
          result: {
            activities: [
              { title: 'Opened case CS0001', created: '2026-23-11 09:00:00' },
              { title: '', created: 'x' },
              { title: 'Commented on CS0001', created: '2026-23-11 10:00:00' }
            ]
          }
        })
      );
    };
    activities = new RecentActivities(
      function (request) {
        requests.push(request);
        return answer();
      },
      asyncScheduler,
      10000,
      function (line) {
        logs.push(line);
      }
    );
  });

  function get(context: unknown, instance: unknown): Promise<unknown> {
    return activities.of(context, instance);
  }

  it('asks for the last five of the context instance, once, however often the card opens', async function () {
    const first = await get(CONSUMER, INSTANCE);
    const second = await get(CONSUMER, INSTANCE);
    expect(requests.length).toBe(1);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].endpoint).toBe(
      ACTIVITIES_PATH + '?context=' + CONSUMER + '&context_instance=' + INSTANCE + '&last=5'
    );
    expect(first).toEqual([
      { title: 'Opened case CS0001', created: '2026-23-11 09:00:00' },
      { title: 'Commented on CS0001', created: '2026-23-11 10:00:00' }
    ]);
    expect(second).toEqual(first);
  });

  [400, 401, 404, 500].forEach(function (status) {
    it('leaves the section out on ' + status + ', with one console line', async function () {
      answer = function () {
        return Promise.resolve(jsonAnswer({ error: { message: 'no' } }, status));
      };
      expect(await get(CONSUMER, INSTANCE)).toBeUndefined();
      expect(await get(CONSUMER, sysId(0x12))).toBeUndefined();
      expect(logs.length).toBe(1);
    });
  });

  it('leaves the section out on a network failure', async function () {
    answer = function () {
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    expect(await get(CONSUMER, INSTANCE)).toBeUndefined();
    expect(logs.length).toBe(1);
  });

  it('never asks with ids that are not sys_ids', async function () {
    expect(await get('../../evil', INSTANCE)).toBeUndefined();
    expect(await get(CONSUMER, '1&last=1000')).toBeUndefined();
    expect(requests.length).toBe(0);
  });

  it('reads at most five activities, and only a result.activities list', function () {
    const many = [];
    for (let i = 0; i < 9; i++) {
      many.push({ title: 'a' + i, created: '' });
    }
    expect((readActivities({ result: { activities: many } }) || []).length).toBe(5);
    expect(readActivities({ result: {} })).toBeUndefined();
    expect(readActivities(null)).toBeUndefined();
  });
});
