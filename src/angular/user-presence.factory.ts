/**
 * `spUserPresence`: the page's one PresenceEngine (Service Portal registers providers on one
 * page-wide injector, so every widget shares it). Thin glue: AngularJS promises and digests
 * in, plain engine out.
 */
import { asyncScheduler, noop } from 'rxjs';
import { Diagnosis, PresenceEngine } from '../core/engine';
import { browserSignals } from '../core/page-signals';
import { NO_PLATFORM_LINE, RecordPresenceState } from '../core/record/record-state';
import { DEFAULT_SETTINGS, SettingsError } from '../core/settings';
import { browserStore, sharedAnswerChanges } from '../core/shared-cache';
import { PresenceStatus } from '../core/status';
import { describeInput, normaliseSysId } from '../core/sys-id';
import { CHANNEL_NAME, openTabChannel } from '../core/tab-channel';
import { fetchTransport } from '../core/transport';
import { DEFAULT_LABELS, describePresence, officeWords, readLabels } from '../dom/dot-words';
import { initialSettings, platformPresence, presenceDisabled, ServiceNowWindow } from './page-inputs';
import { PageDiagnosis, UserPresenceService, UserRef } from './user-presence.service';
import { WORKPLACE_KIT } from './workplace-kit';
import { linkWorkplace, NO_WORKPLACE_LINE } from './workplace-link';

userPresenceFactory.$inject = ['$q', '$rootScope', '$window', '$injector'];

export function userPresenceFactory(
  $q: angular.IQService,
  $rootScope: angular.IRootScopeService,
  $window: ServiceNowWindow,
  $injector: angular.auto.IInjectorService
): UserPresenceService {
  const warn = function (message: string) {
    console.warn(message);
  };
  const store = browserStore($window);
  const transport = fetchTransport({
    fetch: $window.fetch.bind($window),
    token: function () {
      return $window.g_ck;
    },
    location: $window.location,
    userAgent: $window.navigator.userAgent,
    now: Date.now
  });
  const engine = new PresenceEngine({
    transport: transport,
    settings: initialSettings($window, warn),
    signals: browserSignals($window),
    // One tab of the browser polls for every tab showing dots.
    tabs: openTabChannel($window, CHANNEL_NAME),
    platform$: platformPresence($rootScope),
    store: store,
    storeChanged$: store && sharedAnswerChanges($window),
    disabled: presenceDisabled($injector),
    log: warn
  });
  let labels = DEFAULT_LABELS;
  let announces = false;
  let officeShown = false;
  let recordState: RecordPresenceState | undefined;
  let noPlatformSaid = false;
  const workplace = linkWorkplace($injector, engine, {
    transport: transport,
    scheduler: asyncScheduler,
    timeoutMs: DEFAULT_SETTINGS.timeoutMs,
    log: warn
  });

  function withRecordState(diagnosis: Diagnosis): PageDiagnosis {
    return recordState ? Object.assign({}, diagnosis, { recordPresence: recordState }) : diagnosis;
  }

  function firstStatus(sysId: unknown): angular.IPromise<PresenceStatus> {
    return $q(function (resolve) {
      // Told at once when known: then `stop` is not set yet, and the first told stops after follow returns.
      let stop: (() => void) | undefined = undefined;
      let known = false;
      stop = engine.follow(sysId, function (presence) {
        if (!known) {
          known = true;
          // The article's contract: online, away or offline, from activity on the instance.
          resolve(presence.activity);
          if (stop) {
            stop();
          }
        }
      });
      if (known) {
        stop();
      }
    });
  }

  return {
    /** The article's contract: one answer per user, in input order, never a rejection for bad ids. */
    getUserPresence: function (users) {
      if (!(users instanceof Array)) {
        return $q.reject(
          new TypeError('[sp-presence] getUserPresence expects an array of {sys_id} objects or sys_id strings')
        );
      }
      return $q.all(
        users.map(function (user) {
          const ref: UserRef = typeof user === 'string' ? { sys_id: user } : Object.assign({}, user);
          return firstStatus(ref && ref.sys_id).then(function (status) {
            return Object.assign({}, ref, { status: status });
          });
        })
      );
    },

    watch: function (sysId, callback, options) {
      if (typeof callback !== 'function') {
        throw new TypeError(
          '[sp-presence] watch(sysId, callback) expects a function as callback (got ' + describeInput(callback) + ')'
        );
      }
      const inDigest = !options || options.digest !== false;
      return engine.follow(sysId, function (presence) {
        if (inDigest) {
          // Coalesces the changes of one poll into one digest.
          $rootScope.$applyAsync(function () {
            callback(presence.status, presence);
          });
        } else {
          callback(presence.status, presence);
        }
      });
    },

    configure: function (config) {
      if (typeof config !== 'object' || config === null || config instanceof Array) {
        throw new SettingsError(
          'expected an object such as { intervalMs: 15000 } (got ' +
            (config instanceof Array ? 'an array' : describeInput(config)) +
            ')'
        );
      }
      const rest = Object.assign({}, config) as { [key: string]: unknown };
      const nextLabels = 'labels' in rest ? readLabels(labels, rest.labels) : labels;
      if ('announce' in rest && typeof rest.announce !== 'boolean') {
        throw new SettingsError('announce must be true or false (got ' + describeInput(rest.announce) + ')');
      }
      const nextAnnounce = 'announce' in rest ? rest.announce === true : announces;
      delete rest.labels;
      delete rest.announce;
      const settings = engine.configure(rest);
      labels = nextLabels;
      announces = nextAnnounce;
      return settings;
    },

    labels: function () {
      return labels;
    },

    announces: function () {
      return announces;
    },

    describe: function (presence, name, withOffice) {
      return describePresence(presence, labels, name, withOffice);
    },

    describeOffice: function (presence) {
      return presence && officeWords(presence.office, labels);
    },

    report: function () {
      return withRecordState(engine.report());
    },

    noteRecordPresence: function (state) {
      recordState = state;
      if (state === 'disabled') {
        // A disabled engine answers any watch with its one line for the page (said once, dots or not).
        engine.follow(undefined, noop);
      } else if (state === 'no platform record presence' && !noPlatformSaid) {
        noPlatformSaid = true;
        warn(NO_PLATFORM_LINE);
      }
    },

    refresh: function () {
      engine.refresh();
    },

    showOfficeDays: function () {
      if (workplace.get() && !officeShown) {
        officeShown = true;
        engine.configure({ officeDays: true });
      }
      return workplace.marker();
    },

    follow: function (sysId, follow) {
      const place = workplace.get();
      if (!place) {
        return $q.reject(new Error(NO_WORKPLACE_LINE));
      }
      const id = normaliseSysId(sysId);
      return $q(function (resolve, reject) {
        place.follow(id, follow === true).subscribe({
          next: function (day) {
            engine.update('office', id as string, day);
            resolve(day);
          },
          error: reject
        });
      });
    },

    recentActivities: function (context, contextInstance) {
      const place = workplace.get();
      return $q.when(place && place.recentActivities(context, contextInstance));
    },

    useWorkplace: workplace.use,

    kit: WORKPLACE_KIT,

    diagnose: function () {
      return $q.when(engine.diagnose()).then(function (found) {
        const diagnosis = withRecordState(found);
        console.info('[sp-presence] diagnosis', diagnosis);
        return diagnosis;
      });
    }
  };
}
