/** A scripted /api/now/ui/presence for unit tests: records every request, answers on demand. */
import { HttpAnswer } from '../../src/core/protocol';
import { PresenceRequest, Transport } from '../../src/core/transport';

export type Responder = () => HttpAnswer | Promise<HttpAnswer>;

export function sysId(n: number): string {
  const hex = n.toString(16);
  return new Array(33 - hex.length).join('0') + hex;
}

export function jsonAnswer(
  body: unknown,
  status?: number,
  headers?: { contentType?: string; retryAfter?: string }
): HttpAnswer {
  return {
    status: status === undefined ? 200 : status,
    contentType: (headers && headers.contentType) || 'application/json',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    retryAfter: (headers && headers.retryAfter) || null
  };
}

export class FakeInstance {
  readonly requests: PresenceRequest[] = [];
  /** Epoch ms of each user's last activity; users not here are absent from answers. */
  readonly lastOn: { [id: string]: number } = {};
  /** Override to script failures; the default answers like the article's instance. */
  responder: Responder = () => this.answer();
  /** The server clock minus the browser's (the test's clock is the browser's). */
  serverAheadMs = 0;

  readonly transport: Transport = (request) => {
    this.requests.push(request);
    return Promise.resolve(this.responder());
  };

  /** UI16's shape, 201: {result: {serverTimeMillis, presenceArray: [{user, last_on}]}} for everyone present. */
  answer(): HttpAnswer {
    const presenceArray = Object.keys(this.lastOn).map((id) => ({ user: id, last_on: this.lastOn[id] }));
    return jsonAnswer({ result: { serverTimeMillis: this.serverNow(), presenceArray: presenceArray } }, 201);
  }

  serverNow(): number {
    return Date.now() + this.serverAheadMs;
  }

  /** Marks users active `agoMs` before now on the server's clock. */
  activeAgo(agoMs: number, ...ids: string[]): void {
    ids.forEach((id) => {
      this.lastOn[id] = this.serverNow() - agoMs;
    });
  }
}
