/**
 * `spUserPresence`: the page's one PresenceEngine (Service Portal registers providers on one
 * page-wide injector, so every widget shares it). Thin glue: AngularJS promises and digests
 * in, plain engine out.
 */
import { take } from 'rxjs/operators';
import { PresenceEngine } from '../core/engine';
import { browserSignals } from '../core/page-signals';
import { CHANNEL_NAME, openTabChannel } from '../core/tab-channel';
import { mergeSettings, DEFAULT_SETTINGS, Settings, SettingsError } from '../core/settings';
import { PresenceStatus } from '../core/status';
import { fetchTransport } from '../core/transport';
import { DEFAULT_LABELS, DotLabels } from '../dom/dot-element';

export interface UserRef {
  sys_id: string;
  [field: string]: unknown;
}

export interface UserPresenceResult extends UserRef {
  status: PresenceStatus;
}

export interface WatchOptions {
  /** false: call back outside AngularJS (for code that writes the DOM itself, like the dot). */
  digest?: boolean;
}

export interface PresenceConfig extends Partial<Settings> {
  /** Accessible names of the dot, e.g. translated with ${Online} in a widget. */
  labels?: Partial<DotLabels>;
}

export interface UserPresenceService {
  getUserPresence(users: (UserRef | string)[]): angular.IPromise<UserPresenceResult[]>;
  watch(sysId: string, callback: (status: PresenceStatus) => void, options?: WatchOptions): () => void;
  configure(config: PresenceConfig): Settings;
  labels(): DotLabels;
}

interface ServiceNowWindow extends Window {
  g_ck?: string;
  NOW?: { presence_interval?: unknown };
}

/** UI16's own interval (NOW.presence_interval, seconds) when the page sets a usable one. */
function initialSettings(win: ServiceNowWindow): Partial<Settings> {
  const seconds = win.NOW && Number(win.NOW.presence_interval);
  if (seconds && isFinite(seconds)) {
    try {
      return mergeSettings(DEFAULT_SETTINGS, { intervalMs: seconds * 1000 });
    } catch (e) {
      return {};
    }
  }
  return {};
}

function readLabels(current: DotLabels, input: unknown): DotLabels {
  const next: DotLabels = { online: current.online, away: current.away };
  const given = (input || {}) as { [key: string]: unknown };
  Object.keys(given).forEach(function (key) {
    const value = given[key];
    if ((key !== 'online' && key !== 'away') || typeof value !== 'string' || value.trim() === '') {
      throw new SettingsError('labels.' + key + ' must be "online" or "away" with a non-empty text');
    }
    next[key] = value;
  });
  return next;
}

userPresenceFactory.$inject = ['$q', '$rootScope', '$window'];

export function userPresenceFactory($q: angular.IQService, $rootScope: angular.IRootScopeService, $window: ServiceNowWindow): UserPresenceService {
  const engine = new PresenceEngine({
    transport: fetchTransport({
      fetch: $window.fetch.bind($window),
      token: function () { return $window.g_ck; }
    }),
    settings: initialSettings($window),
    signals: browserSignals($window),
    // One tab of the browser polls for every tab showing dots.
    tabs: openTabChannel($window, CHANNEL_NAME)
  });
  let labels = DEFAULT_LABELS;

  function firstStatus(sysId: unknown): angular.IPromise<PresenceStatus> {
    return $q(function (resolve) {
      engine.watch(sysId).pipe(take(1)).subscribe(resolve);
    });
  }

  return {
    /** The article's contract: one answer per user, in input order, never a rejection for bad ids. */
    getUserPresence: function (users) {
      if (!(users instanceof Array)) {
        return $q.reject(new TypeError('[sp-presence] getUserPresence expects an array of {sys_id} objects or sys_id strings'));
      }
      return $q.all(
        users.map(function (user) {
          const ref: UserRef = typeof user === 'string' ? { sys_id: user } : { ...user };
          return firstStatus(ref && ref.sys_id).then(function (status) {
            return { ...ref, status: status };
          });
        })
      );
    },

    watch: function (sysId, callback, options) {
      const inDigest = !options || options.digest !== false;
      const subscription = engine.watch(sysId).subscribe(function (status) {
        if (inDigest) {
          // Coalesces the changes of one poll into one digest.
          $rootScope.$applyAsync(function () { callback(status); });
        } else {
          callback(status);
        }
      });
      return function () { subscription.unsubscribe(); };
    },

    configure: function (config) {
      const rest: { [key: string]: unknown } = { ...config };
      const nextLabels = 'labels' in rest ? readLabels(labels, rest.labels) : labels;
      delete rest.labels;
      const settings = engine.configure(rest);
      labels = nextLabels;
      return settings;
    },

    labels: function () {
      return labels;
    }
  };
}
