/** An activity answer as the activity source holds it, wherever it came from, and how long it stays fresh. */

/** Where an answer came from. */
export type AnswerSource = 'request' | 'platform' | 'shared-cache' | 'tab';

export interface Answer {
  entries: unknown[];
  /** Browser ms when it was obtained. */
  at: number;
  source: AnswerSource;
  /** Lists everyone present (not only what the leader shared for other tabs). */
  full: boolean;
  /** For a shared answer: the users it covers (absent from it: offline). */
  covers?: Set<string>;
}

/** Other clients' answers are fresh for an interval; a leader waits half an interval more for their next one before polling. */
const FOREIGN_GRACE = 0.5;

export function isFresh(answer: Answer | undefined, now: number, intervalMs: number): answer is Answer {
  return !!answer && now - answer.at < intervalMs;
}

/** When this tab should look for a newer answer than this one. */
export function lookAgainAt(answer: Answer, intervalMs: number): number {
  const foreign = answer.source === 'platform' || answer.source === 'shared-cache';
  return answer.at + intervalMs * (foreign ? 1 + FOREIGN_GRACE : 1);
}
