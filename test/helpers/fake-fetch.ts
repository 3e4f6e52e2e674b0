/** window.fetch backed by a FakeInstance, for the AngularJS layer that uses the real fetch transport. */
import { FakeInstance } from './fake-instance';

export interface FetchCall {
  url: string;
  method: string | undefined;
  headers: { [name: string]: string };
  body: string;
}

export function fakeFetch(instance: FakeInstance, calls: FetchCall[]) {
  return function (url: string, init: RequestInit): Promise<Response> {
    calls.push({
      url: url,
      method: init.method,
      headers: init.headers as { [name: string]: string },
      body: init.body as string
    });
    return instance.transport({ endpoint: url, signal: init.signal as AbortSignal }).then(function (answer) {
      const headers: { [name: string]: string } = { 'Content-Type': answer.contentType };
      if (answer.retryAfter) {
        headers['Retry-After'] = answer.retryAfter;
      }
      // A minimal Response: resolves within microtasks, so fake time stays in control.
      return {
        status: answer.status,
        headers: {
          get: function (name: string) {
            return headers[name] || null;
          }
        },
        text: function () {
          return Promise.resolve(answer.body);
        }
      } as unknown as Response;
    });
  };
}
