/**
 * The office-days source (ServiceNow WSD): asks GET /presence/collaborator, the signed-in
 * user's collaborators with their routines and exceptions, once on first need (a dot that shows
 * office days), then at most every 30 min; at the viewer's local midnight it reads the answer it
 * has again, since "today" changed. Only the leader tab asks. Never `?user_id=` (admin-only).
 * 401, 403 or 404 (no sn_wsd_core.workplace_user role, or the plugins missing) turn it off for
 * the page: one console line, no retry; the dots go on.
 */
import { Subscription } from 'rxjs';
import { retryDecision } from '../../backoff';
import { after } from '../../delay';
import { failure, PresenceFailure } from '../../failure';
import { OfficeDay } from '../../office';
import { createReporter, Reporter } from '../../reporter';
import { askJson, JsonAnswer } from '../ask-json';
import { UserSource, UserSourceContext } from '../user-source';
import { readCollaborators } from './collaborators-answer';
import { Collaborator, msUntilLocalMidnight, officeToday } from './office-days';

export const WSD_COLLABORATORS = '/api/sn_wsd_concierge/v1/presence/collaborator';
export const OFFICE_REFRESH_MS = 30 * 60 * 1000;
/** Past midnight by this much, so that the clock reads the new day. */
const MIDNIGHT_MARGIN_MS = 1000;

export interface OfficeConfig {
  endpoint: string;
}

export class OfficeSource implements UserSource {
  private config: OfficeConfig | undefined;
  private readonly reporter: Reporter;
  private held: Collaborator[] | undefined;
  private lastAnswer: number | undefined;
  private failures = 0;
  private off = false;
  private requests = 0;
  private timer: Subscription | undefined;
  private midnight: Subscription | undefined;
  private request: Subscription | undefined;

  constructor(private readonly options: UserSourceContext<OfficeDay>) {
    this.reporter = createReporter(options.log);
  }

  get requestsSent(): number {
    return this.requests;
  }

  configure(config: OfficeConfig | undefined): void {
    if (JSON.stringify(config) !== JSON.stringify(this.config)) {
      this.stop();
      this.off = false;
      this.failures = 0;
      this.held = undefined;
      this.lastAnswer = undefined;
    }
    this.config = config;
    this.wake();
  }

  wake(): void {
    // A backoff stands; otherwise the next request is due 30 min after the last answer.
    if (!this.config || this.off || this.request || (this.timer && this.failures > 0)) {
      return;
    }
    this.cancel('timer');
    const now = this.options.scheduler.now();
    this.schedule(this.lastAnswer === undefined ? 0 : this.lastAnswer + OFFICE_REFRESH_MS - now);
    if (this.held && !this.midnight) {
      this.emitToday();
    }
  }

  stop(): void {
    this.cancel('timer');
    this.cancel('midnight');
    this.cancel('request');
  }

  private cancel(name: 'timer' | 'midnight' | 'request'): void {
    const subscription = this[name];
    if (subscription) {
      this[name] = undefined;
      subscription.unsubscribe();
    }
  }

  private schedule(delayMs: number): void {
    const self = this;
    this.timer = after(delayMs, this.options.scheduler).subscribe(function () {
      self.timer = undefined;
      self.ask();
    });
  }

  private ask(): void {
    const config = this.config;
    if (!config) {
      return;
    }
    if (!this.options.mayAsk() || this.options.ids().length === 0) {
      // Not this tab's turn: a new leader is woken.
      this.schedule(OFFICE_REFRESH_MS);
      return;
    }
    const self = this;
    this.requests++;
    this.request = askJson(this.options.transport, { endpoint: config.endpoint, method: 'GET' }, this.options.timeoutMs(), this.options.scheduler, 'office days').subscribe({
      next: function (answer) {
        self.request = undefined;
        self.answered(answer, config);
      },
      error: function (f: PresenceFailure) {
        self.request = undefined;
        self.failed(f);
      }
    });
  }

  private answered(answer: JsonAnswer, config: OfficeConfig): void {
    const status = answer.status;
    if (status === 401 || status === 403 || status === 404) {
      this.failed(failure(status === 404 ? 'gone' : 'forbidden', config.endpoint + ' answered ' + status + ' (the Workplace Service Delivery plugins or the sn_wsd_core.workplace_user role are missing); office days are off for this page (the dots go on)', status));
      return;
    }
    if (status < 200 || status >= 300) {
      this.failed(failure('server', 'the office days request answered ' + status + '; trying again later', status));
      return;
    }
    const collaborators = readCollaborators(answer.json);
    if (!collaborators) {
      this.failed(failure('shape', 'the office days answer is not {"result": {"collaborators": [...]}}; trying again later', status));
      return;
    }
    this.failures = 0;
    this.held = collaborators;
    this.lastAnswer = this.options.scheduler.now();
    this.emitToday();
    this.schedule(OFFICE_REFRESH_MS);
  }

  private failed(f: PresenceFailure): void {
    this.reporter.report(f.kind, f.message);
    if (f.kind === 'gone' || f.kind === 'forbidden' || f.kind === 'origin') {
      this.off = true;
      this.stop();
      this.held = undefined;
      this.options.emit(new Map());
      return;
    }
    this.failures++;
    const decision = retryDecision(f, this.failures, OFFICE_REFRESH_MS, this.options.random());
    this.schedule(decision.action === 'retry' ? decision.delayMs : OFFICE_REFRESH_MS);
  }

  /** Today's office day of every watched user (not followed unless a collaborator), again at the next local midnight. */
  private emitToday(): void {
    const held = this.held as Collaborator[];
    const now = this.options.scheduler.now();
    const days = new Map<string, OfficeDay>();
    this.options.ids().forEach(function (id) { days.set(id, { following: false }); });
    held.forEach(function (c) { days.set(c.sysId, officeToday(c, now)); });
    this.options.emit(days);
    const self = this;
    this.cancel('midnight');
    this.midnight = after(msUntilLocalMidnight(now) + MIDNIGHT_MARGIN_MS, this.options.scheduler).subscribe(function () {
      self.midnight = undefined;
      self.emitToday();
    });
  }
}
