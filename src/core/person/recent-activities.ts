/**
 * A person's latest activities for the person card, from the Activity Subscriptions API
 * (reference 002): GET /api/now/actsub/activities with the activity context (e.g. Consumer), the
 * person's record of that context, and `last=5`. Fetched when a card opens, kept for the page,
 * never polled. A missing plugin or any error leaves the card's section out, with one console
 * line per kind.
 */
import { SchedulerLike } from 'rxjs';
import { createReporter, LogFn, Reporter } from '../reporter';
import { askJson } from '../sources/ask-json';
import { normaliseSysId } from '../sys-id';
import { Transport } from '../transport';

export const ACTIVITIES_PATH = '/api/now/actsub/activities';
export const ACTIVITY_COUNT = 5;
const MAX_TEXT = 200;

export interface RecentActivity {
  title: string;
  /** As the instance wrote it. */
  created: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, MAX_TEXT) : '';
}

/** The activities of an answer (at most five, each with a title), or undefined when it has no `result.activities` list. */
export function readActivities(json: unknown): RecentActivity[] | undefined {
  const result = json && typeof json === 'object' ? (json as { result?: { activities?: unknown } }).result : undefined;
  const list = result && typeof result === 'object' ? result.activities : undefined;
  if (!(list instanceof Array)) {
    return undefined;
  }
  const read: RecentActivity[] = [];
  for (let i = 0; i < list.length && read.length < ACTIVITY_COUNT; i++) {
    const a = list[i] as { title?: unknown; created?: unknown } | null;
    const title = a && typeof a === 'object' ? text(a.title) : '';
    if (title !== '') {
      read.push({ title: title, created: text((a as { created?: unknown }).created) });
    }
  }
  return read;
}

export class RecentActivities {
  private readonly cache = new Map<string, Promise<RecentActivity[] | undefined>>();
  private readonly reporter: Reporter;

  constructor(
    private readonly transport: Transport,
    private readonly scheduler: SchedulerLike,
    private readonly timeoutMs: number,
    log: LogFn
  ) {
    this.reporter = createReporter(log);
  }

  /** The latest activities, or undefined when they cannot be had (the card leaves its section out). */
  of(context: unknown, contextInstance: unknown): Promise<RecentActivity[] | undefined> {
    const ctx = normaliseSysId(context);
    const instance = normaliseSysId(contextInstance);
    if (ctx === undefined || instance === undefined) {
      return Promise.resolve(undefined);
    }
    const key = ctx + '/' + instance;
    let found = this.cache.get(key);
    if (!found) {
      const endpoint =
        ACTIVITIES_PATH + '?context=' + ctx + '&context_instance=' + instance + '&last=' + ACTIVITY_COUNT;
      found = new Promise((resolve) => {
        askJson(
          this.transport,
          { endpoint: endpoint, method: 'GET' },
          this.timeoutMs,
          this.scheduler,
          'recent activities'
        ).subscribe({
          next: (answer) => {
            const read = answer.status >= 200 && answer.status < 300 ? readActivities(answer.json) : undefined;
            if (!read) {
              this.reporter.report(
                'status ' + answer.status,
                'recent activities answered ' +
                  answer.status +
                  (answer.status === 404 ? ' (the Subscriptions and Activity Feed plugin is missing?)' : '') +
                  '; person cards show no activity'
              );
            }
            resolve(read);
          },
          error: (f: { message?: string }) => {
            this.reporter.report('failure', (f && f.message) || 'the recent activities request failed');
            resolve(undefined);
          }
        });
      });
      this.cache.set(key, found);
    }
    return found;
  }
}
