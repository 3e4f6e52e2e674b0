import { asyncScheduler } from 'rxjs';
import { FollowError, followRequest } from '../../../../src/core/sources/office/follow-request';
import { WSD_COLLABORATORS } from '../../../../src/core/sources/office/office-source';
import { PresenceRequest, Transport } from '../../../../src/core/transport';
import { jsonAnswer, sysId } from '../../../helpers/fake-instance';

describe('followRequest', function () {
  const BETH = sysId(0xbe);
  let requests: PresenceRequest[];

  function run(transport: Transport, follow: boolean): Promise<unknown> {
    return new Promise(function (resolve, reject) {
      followRequest(
        function (request) {
          requests.push(request);
          return transport(request);
        },
        BETH,
        follow,
        10000,
        asyncScheduler
      ).subscribe({ next: resolve, error: reject });
    });
  }

  beforeEach(function () {
    requests = [];
  });

  it('follows with a POST of collaborator_ids, and tells the office day the server confirmed', async function () {
    const day = await run(function () {
      return Promise.resolve(
        jsonAnswer({
          result: {
            message: '1 collaborator(s) added',
            collaborators: [
              {
                sys_id: BETH,
                name: 'Beth Anglin',
                privacy_enabled: false,
                routine: {
                  monday: true,
                  tuesday: true,
                  wednesday: true,
                  thursday: true,
                  friday: true,
                  saturday: true,
                  sunday: true
                },
                exceptions: []
              }
            ]
          }
        })
      );
    }, true);
    expect(requests[0].method).toBe('POST');
    expect(requests[0].endpoint).toBe(WSD_COLLABORATORS);
    expect(requests[0].body).toEqual({ collaborator_ids: [BETH] });
    expect(day).toEqual({ following: true, inOffice: true });
  });

  it('stops following with a DELETE of that collaborator', async function () {
    const day = await run(function () {
      return Promise.resolve(jsonAnswer({ result: { message: '1 collaborator(s) removed' } }));
    }, false);
    expect(requests[0].method).toBe('DELETE');
    expect(requests[0].endpoint).toBe(WSD_COLLABORATORS + '/' + BETH);
    expect(day).toEqual({ following: false });
  });

  const failures: [string, Transport, string][] = [
    [
      '403',
      function () {
        return Promise.resolve(jsonAnswer({ error: {} }, 403));
      },
      'forbidden'
    ],
    [
      '401',
      function () {
        return Promise.resolve(jsonAnswer({ error: {} }, 401));
      },
      'signed-out'
    ],
    [
      '404',
      function () {
        return Promise.resolve(jsonAnswer({ error: {} }, 404));
      },
      'not-found'
    ],
    [
      '500',
      function () {
        return Promise.resolve(jsonAnswer('oops', 500));
      },
      'server'
    ],
    [
      'a network failure',
      function () {
        return Promise.reject(new TypeError('Failed to fetch'));
      },
      'network'
    ]
  ];

  failures.forEach(function (row) {
    it('fails on ' + row[0] + ' with the reason "' + row[2] + '"', async function () {
      let error: unknown;
      await run(row[1], true).catch(function (e) {
        error = e;
      });
      expect(error instanceof FollowError).toBe(true);
      expect((error as FollowError).reason).toBe(row[2] as never);
    });
  });
});
