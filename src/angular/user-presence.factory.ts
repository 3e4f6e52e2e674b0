/**
 * `spUserPresence`: the page's one PresenceEngine (Service Portal registers providers on one
 * page-wide injector, so every widget shares it). Thin glue: AngularJS promises and digests
 * in, plain engine out.
 */
import { asyncScheduler, noop, Observable } from 'rxjs';
import { Diagnosis, PresenceEngine } from '../core/engine';
import { DotStatus } from '../core/availability';
import { Presence } from '../core/presence';
import { browserSignals } from '../core/page-signals';
import { CHANNEL_NAME, openTabChannel } from '../core/tab-channel';
import { mergeSettings, DEFAULT_SETTINGS, Settings, SettingsError } from '../core/settings';
import { PresenceStatus } from '../core/status';
import { describeInput, normaliseSysId } from '../core/sys-id';
import { OfficeDay } from '../core/office';
import { RecentActivity } from '../core/person/recent-activities';
import { NO_PLATFORM_LINE, RecordPresenceState } from '../core/record/record-state';
import { browserStore, sharedAnswerChanges } from '../core/shared-cache';
import { fetchTransport } from '../core/transport';
import { Workplace, WorkplaceKit } from '../core/workplace/workplace';
import { DEFAULT_LABELS, describePresence, DotLabels, officeWords } from '../dom/dot-words';
import { OfficeMarker } from '../dom/office-marker';
import { linkWorkplace, NO_WORKPLACE_LINE } from './workplace-link';

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
  /** The dot's words, e.g. translated with ${Online} in a widget. */
  labels?: Partial<DotLabels>;
  /** Announce every named dot's changes in a polite live region (off by default). */
  announce?: boolean;
}

/** What report() and diagnose() tell, with whether lists of people on a record can show anyone. */
export interface PageDiagnosis extends Diagnosis {
  recordPresence?: RecordPresenceState;
}

export interface UserPresenceService {
  getUserPresence(users: (UserRef | string)[]): angular.IPromise<UserPresenceResult[]>;
  /**
   * `callback(status, presence)`: `status` is what the dot shows (online, away, offline, and
   * busy or dnd from a presence product); `presence.stale` while answers fail.
   */
  watch(sysId: string, callback: (status: DotStatus, presence: Presence) => void, options?: WatchOptions): () => void;
  configure(config: PresenceConfig): Settings;
  labels(): DotLabels;
  announces(): boolean;
  /**
   * A presence in words with the page's labels, e.g. "Busy, In a meeting (Teams)" (for status
   * lines); with a name and the office day when given, as the dot says it.
   */
  describe(presence: Presence, name?: string, withOffice?: boolean): string;
  /** Today's office day in words ("in the office today (Building B)", "remote today"), or undefined when not told. */
  describeOffice(presence: Presence | undefined): string | undefined;
  /** One poll now, then what it showed (also logged once): for an administrator checking an instance. */
  diagnose(): angular.IPromise<PageDiagnosis>;
  /** What is known now (state, last failure, ...), without a request. */
  report(): PageDiagnosis;
  /** Set by <sp-record-presence>: for report() and Diagnostics; a state that shows nobody is said once per page. */
  noteRecordPresence(state: RecordPresenceState): void;
  /** Ask again now, in every tab (e.g. after a sign-in): ends a pause or backoff. */
  refresh(): void;
  /**
   * Show whether people are in the office today (ServiceNow WSD): the office-days source starts.
   * This and the two below need the spPresenceWorkplace provider on the page (said once without it).
   * Returns what draws a dot's office marker, or undefined without that provider.
   */
  showOfficeDays(): OfficeMarker | undefined;
  /**
   * Follow (or stop following) a colleague's office days: resolves with the office day the
   * server confirmed, shown at once; rejects with a FollowError whose `reason` is signed-out,
   * forbidden, not-found, server or network (without spPresenceWorkplace: an Error saying so).
   */
  follow(sysId: string, follow: boolean): angular.IPromise<OfficeDay>;
  /** A person's five latest activities (Activity Subscriptions), fetched once per page; undefined when they cannot be had. */
  recentActivities(context: string, contextInstance: string): angular.IPromise<RecentActivity[] | undefined>;
  /** Called by the spPresenceWorkplace provider: office days, following and recent activities from now on. */
  useWorkplace(create: (kit: WorkplaceKit) => Workplace, marker: OfficeMarker): void;
}

interface ServiceNowWindow extends Window {
  g_ck?: string;
  NOW?: { presence_interval?: unknown };
}

/** UI16's own interval (NOW.presence_interval, seconds) when the page sets a usable one; else 15 s. */
function initialSettings(win: ServiceNowWindow, warn: (message: string) => void): Partial<Settings> {
  const value = win.NOW && win.NOW.presence_interval;
  if (value === undefined || value === null || value === '') {
    return {};
  }
  try {
    return mergeSettings(DEFAULT_SETTINGS, { intervalMs: Number(value) * 1000 });
  } catch (e) {
    warn(
      '[sp-presence] ignoring NOW.presence_interval ' +
        JSON.stringify(String(value)) +
        ' (seconds, at least 5 expected); polling every ' +
        DEFAULT_SETTINGS.intervalMs / 1000 +
        ' s'
    );
    return {};
  }
}

/** The administrator's switch (servicenow.md §1b): the platform's own constant, where the page has it. */
function presenceDisabled($injector: angular.auto.IInjectorService): boolean {
  if (!$injector.has('PRESENCE_DISABLED')) {
    return false;
  }
  const value = $injector.get<unknown>('PRESENCE_DISABLED');
  return value === true || value === 'true';
}

/** Each presenceArray the platform's own client emits on this page (`sn.presence`). */
function platformPresence($rootScope: angular.IRootScopeService): Observable<unknown> {
  return new Observable<unknown>(function (subscriber) {
    return $rootScope.$on('sn.presence', function (_event: angular.IAngularEvent, list: unknown) {
      subscriber.next(list);
    });
  });
}

function readLabels(current: DotLabels, input: unknown): DotLabels {
  if (typeof input !== 'object' || input === null || input instanceof Array) {
    throw new SettingsError(
      'labels must be an object such as { online: "Online", away: "Away" } (got ' + describeInput(input) + ')'
    );
  }
  const next: DotLabels = Object.assign({}, current);
  const given = input as { [key: string]: unknown };
  Object.keys(given).forEach(function (key) {
    const value = given[key];
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_LABELS, key)) {
      throw new SettingsError('unknown label "' + key + '" (known: ' + Object.keys(DEFAULT_LABELS).join(', ') + ')');
    }
    if (typeof value !== 'string' || value.trim() === '') {
      throw new SettingsError('labels.' + key + ' must be a non-empty text (got ' + describeInput(value) + ')');
    }
    next[key as keyof DotLabels] = value;
  });
  return next;
}

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

    diagnose: function () {
      return $q.when(engine.diagnose()).then(function (found) {
        const diagnosis = withRecordState(found);
        console.info('[sp-presence] diagnosis', diagnosis);
        return diagnosis;
      });
    }
  };
}
