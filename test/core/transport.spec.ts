import { fetchTransport } from '../../src/core/transport';

describe('fetchTransport', function () {
  function fakeFetch(status: number, body: string, headers: { [name: string]: string }) {
    return jasmine.createSpy('fetch').and.callFake(function () {
      return Promise.resolve(new Response(body, { status: status, headers: headers }));
    });
  }

  it('POSTs the ids as JSON with the session token and JSON headers', async function () {
    const fetch = fakeFetch(200, '{"result":[]}', { 'Content-Type': 'application/json' });
    const send = fetchTransport({ fetch: fetch, token: function () { return 'tok123'; } });
    const controller = new AbortController();
    const answer = await send({ endpoint: '/api/now/ui/presence', ids: ['a', 'b'], signal: controller.signal });
    const call = fetch.calls.mostRecent().args;
    expect(call[0]).toBe('/api/now/ui/presence');
    expect(call[1].method).toBe('POST');
    expect(call[1].credentials).toBe('same-origin');
    expect(call[1].signal).toBe(controller.signal);
    expect(JSON.parse(call[1].body)).toEqual({ users: ['a', 'b'] });
    expect(call[1].headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json', 'X-UserToken': 'tok123' });
    expect(answer).toEqual({ status: 200, contentType: 'application/json', body: '{"result":[]}', retryAfter: null });
  });

  it('omits the token header when the page has none, and passes status and Retry-After through', async function () {
    const fetch = fakeFetch(429, 'slow down', { 'Retry-After': '30' });
    const send = fetchTransport({ fetch: fetch, token: function () { return undefined; } });
    const answer = await send({ endpoint: '/p', ids: [], signal: new AbortController().signal });
    expect('X-UserToken' in fetch.calls.mostRecent().args[1].headers).toBe(false);
    expect(answer.status).toBe(429);
    expect(answer.retryAfter).toBe('30');
    expect(answer.body).toBe('slow down');
  });
});
