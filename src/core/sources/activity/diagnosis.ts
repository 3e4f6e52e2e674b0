/** What `diagnose()` reports of the activity poll: what the last poll and the last answer showed. */
import { FailureKind } from '../../failure';
import { SourceContext } from '../source';
import { ActivityPoller } from './activity-poller';
import { Answer, AnswerSource } from './answer';
import { PollFailures } from './poll-failures';

export interface Diagnosis {
  disabled: boolean;
  /** running; backing off after failures; paused until the user is back (session lost); stopped (endpoint gone). */
  state: 'running' | 'backing off' | 'paused' | 'stopped';
  endpoint: string;
  intervalMs: number;
  /** HTTP status of our last own request, if any. */
  httpStatus: number | undefined;
  /** Whether its answer had a shape we read. */
  shapeRecognised: boolean | undefined;
  answerBytes: number | undefined;
  /** Entries in the last answer: users the instance lists as present. */
  usersPresent: number | undefined;
  watched: number;
  /** serverTime - browser time, ms (positive: the server is ahead). */
  clockSkewMs: number | undefined;
  /** Whether this tab is the one that polls for the browser. */
  pollingTab: boolean;
  lastAnswerSource: AnswerSource | undefined;
  lastAnswerAgeMs: number | undefined;
  requestsSent: number;
  lastFailure: { kind: FailureKind; message: string } | undefined;
  /** The other sources' own reports by name (availability: AvailabilityDiagnosis), when running. */
  sources: { [name: string]: object };
}

/** The diagnosis from the source's parts, as of now. */
export function activityDiagnosis(
  context: SourceContext,
  failures: PollFailures,
  poller: ActivityPoller,
  latest: Answer | undefined
): Diagnosis {
  const now = context.scheduler.now();
  const last = poller.lastSeen;
  const f = failures.last;
  return {
    disabled: false,
    state: failures.state,
    endpoint: context.settings().endpoint,
    intervalMs: context.settings().intervalMs,
    httpStatus: last && last.status,
    shapeRecognised: last && last.shapeRecognised,
    answerBytes: last && last.bytes,
    usersPresent: latest && latest.full ? latest.entries.length : last && last.entries,
    watched: context.board.size,
    clockSkewMs: context.clock.skew(now),
    pollingTab: context.mayAsk(),
    lastAnswerSource: latest && latest.source,
    lastAnswerAgeMs: latest && now - latest.at,
    requestsSent: poller.sent,
    lastFailure: f && { kind: f.kind, message: f.message },
    sources: {}
  };
}
