/** An engine whose transport sends one source's endpoint to a scripted answer and the rest to a FakeInstance. */
import { Subscription } from 'rxjs';
import { PresenceEngine } from '../../src/core/engine';
import { HttpAnswer } from '../../src/core/protocol';
import { Settings } from '../../src/core/settings';
import { Presence } from '../../src/core/presence';
import { SharedResult } from '../../src/core/shared-result';
import { TabMessage } from '../../src/core/tab-messages';
import { PresenceRequest } from '../../src/core/transport';
import { FakeInstance } from './fake-instance';
import { FakeTabBus } from './fake-tabs';

export interface SourceEndpoint {
  /** Requests to paths starting with this go to `answer`. */
  path: string;
  requests: PresenceRequest[];
  answer: () => HttpAnswer;
}

/** `settings` as a page would pass them (unchecked: the engine validates them). */
export function sourceEngine(
  instance: FakeInstance,
  endpoint: SourceEndpoint,
  settings: object | undefined,
  logs: string[],
  tabs?: FakeTabBus
): PresenceEngine {
  return new PresenceEngine({
    transport: function (request) {
      if (request.endpoint.indexOf(endpoint.path) === 0) {
        endpoint.requests.push(request);
        return Promise.resolve(endpoint.answer());
      }
      return instance.transport(request);
    },
    settings: settings as Partial<Settings> | undefined,
    tabs: tabs && tabs.channel<TabMessage<SharedResult>>(),
    log: function (line) {
      logs.push(line);
    },
    random: function () {
      return 0.5;
    }
  });
}

/** Every presence the engine tells for `id`, kept until `subscriptions` end. */
export function recordPresence(subscriptions: Subscription, e: PresenceEngine, id: string): Presence[] {
  const seen: Presence[] = [];
  subscriptions.add(
    e.follow(id, function (p) {
      seen.push(p);
    })
  );
  return seen;
}
