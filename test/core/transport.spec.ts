import { fetchTransport, heartbeatBody, presenceUrl, sameOriginUrl } from '../../src/core/transport';

describe('fetchTransport', function () {
  const LOCATION = {
    origin: 'https://acme.service-now.com',
    href: 'https://acme.service-now.com/sp?id=ticket&sys_id=1',
    pathname: '/sp',
    search: '?id=ticket&sys_id=1'
  };
  const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

  function fakeFetch(status: number, body: string, headers: { [name: string]: string }) {
    return jasmine.createSpy('fetch').and.callFake(function () {
      return Promise.resolve(new Response(body, { status: status, headers: headers }));
    });
  }

  function transport(fetch: jasmine.Spy, token: string | undefined) {
    return fetchTransport({
      fetch: fetch,
      token: function () {
        return token;
      },
      location: LOCATION,
      userAgent: 'UA/1.0',
      now: function () {
        return NOW;
      }
    });
  }

  it("POSTs UI16's heartbeat, marked automatic, with the session token: no user list", async function () {
    const fetch = fakeFetch(201, '{"result":{}}', { 'Content-Type': 'application/json' });
    const controller = new AbortController();
    const answer = await transport(fetch, 'tok123')({ endpoint: '/api/now/ui/presence', signal: controller.signal });
    const call = fetch.calls.mostRecent().args;
    expect(call[0]).toBe('https://acme.service-now.com/api/now/ui/presence?sysparm_auto_request=true&cd=' + NOW);
    expect(call[1].method).toBe('POST');
    expect(call[1].credentials).toBe('same-origin');
    expect(call[1].signal).toBe(controller.signal);
    expect(JSON.parse(call[1].body)).toEqual({
      user_agent: 'UA/1.0',
      ua_time: '2026-11-22T12:00:00.000Z',
      href: LOCATION.href,
      pathname: '/sp',
      search: '?id=ticket&sys_id=1',
      path: '/sp?id=ticket&sys_id=1'
    });
    expect(call[1].headers).toEqual({
      Accept: 'application/json',
      'Content-Type': 'application/json;charset=UTF-8',
      'X-UserToken': 'tok123'
    });
    expect(answer).toEqual({ status: 201, contentType: 'application/json', body: '{"result":{}}', retryAfter: null });
  });

  it('omits the token header when the page has none, and passes status and Retry-After through', async function () {
    const fetch = fakeFetch(429, 'slow down', { 'Retry-After': '30' });
    const answer = await transport(fetch, undefined)({ endpoint: '/p', signal: new AbortController().signal });
    expect('X-UserToken' in fetch.calls.mostRecent().args[1].headers).toBe(false);
    expect(answer.status).toBe(429);
    expect(answer.retryAfter).toBe('30');
    expect(answer.body).toBe('slow down');
  });

  it('resolves the endpoint against the page origin, never <base href>, and refuses another origin', async function () {
    expect(sameOriginUrl('/api/now/ui/presence', LOCATION.origin)).toBe(
      'https://acme.service-now.com/api/now/ui/presence'
    );
    expect(sameOriginUrl('//evil.test/steal', LOCATION.origin)).toBeUndefined();
    expect(sameOriginUrl('https://evil.test/steal', LOCATION.origin)).toBeUndefined();
    const fetch = fakeFetch(201, '{}', {});
    let error: { kind?: string; message?: string } | undefined;
    await transport(
      fetch,
      'tok'
    )({ endpoint: '//evil.test/steal', signal: new AbortController().signal }).catch(function (e) {
      error = e;
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(error!.kind).toBe('origin');
    expect(error!.message).toContain('refusing to send the session token');
  });

  it('appends its parameters to an endpoint that has a query already', function () {
    expect(presenceUrl('/api/x?a=1', 5)).toBe('/api/x?a=1&sysparm_auto_request=true&cd=5');
    expect(JSON.parse(heartbeatBody(LOCATION, 'UA', 0)).path).toBe('/sp?id=ticket&sys_id=1');
  });
});
