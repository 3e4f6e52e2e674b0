/** What `diagnose()` reports of the activity poll: what the last poll and the last answer showed. */
import { FailureKind } from '../../failure';
import { AnswerSource } from './answer';

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
