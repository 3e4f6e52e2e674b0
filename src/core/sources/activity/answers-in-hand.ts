/**
 * The answers this tab holds: the latest one, wherever it came from (our poll, the platform's
 * client, the shared cache, the leader tab), which users it has been applied to, and what the
 * leader has shared with the other tabs. Applying an answer reads it into the board and, in
 * the leader, sends the other tabs what they watch of it.
 */
import { MAX_SHARED_CHARS, readSharedAnswer, writeSharedAnswer, writtenByOthers } from '../../shared-cache';
import { SourceContext } from '../source';
import { Answer, isFresh } from './answer';
import { answerForTabs, applyAnswer } from './apply-answer';

export class AnswersInHand {
  latest: Answer | undefined;
  /** Users (of this tab) the latest answer was applied to; others wait for the next one. */
  private readonly answered = new Set<string>();
  /** Other tabs' users the leader has shared an answer for. */
  private readonly sharedFor = new Set<string>();
  /** Another presence client of this browser reads the shared answer: ours is worth writing there. */
  private othersRead = false;

  constructor(private readonly context: SourceContext) {}

  /** The shared answer has readers: every other client of the browser (UI16 too) can skip its poll. */
  noteReaders(known?: boolean): void {
    this.othersRead = this.othersRead || known === true || writtenByOthers(this.context.store);
  }

  /** A fresh shared answer newer than the latest (written by any tab, UI16 included). */
  sharedAnswer(now: number): Answer | undefined {
    const shared = readSharedAnswer(
      this.context.store,
      now,
      this.context.settings().intervalMs,
      this.latest && this.latest.at
    );
    return shared && { entries: shared.presenceArray, at: shared.saved, source: 'shared-cache', full: true };
  }

  /** Our own answer, in the platform's own format, for the browser's other clients (when any reads it and it fits). */
  share(entries: unknown[], now: number, bytes: number | undefined): void {
    if (this.othersRead && (bytes === undefined || bytes <= MAX_SHARED_CHARS)) {
      writeSharedAnswer(this.context.store, { saved: now, presenceArray: entries });
    }
  }

  isFresh(now: number): boolean {
    return isFresh(this.latest, now, this.context.settings().intervalMs);
  }

  /** Someone (this tab's users, or the other tabs' for a leader) waits for a first answer. */
  hasWaiting(): boolean {
    // `answered` only holds users still watched (released ones leave it): fewer means someone waits.
    if (this.answered.size < this.context.board.size) {
      return true;
    }
    const sharedFor = this.sharedFor;
    const tabs = this.context.tabs();
    return (
      !!tabs &&
      tabs.isLeader &&
      tabs.remoteIds().some(function (id) {
        return !sharedFor.has(id);
      })
    );
  }

  /** Applies the answer here and, in the leader, sends the other tabs what they watch of it (nothing when none listens). */
  apply(answer: Answer): void {
    applyAnswer(this.context.board, answer, this.answered);
    const tabs = this.context.tabs();
    if (!tabs || !tabs.isLeader || !answer.full) {
      return;
    }
    const remote = new Set(tabs.remoteIds());
    if (remote.size > 0) {
      const sharedFor = this.sharedFor;
      remote.forEach(function (id) {
        sharedFor.add(id);
      });
      tabs.publish(answerForTabs(answer, remote, this.context.clock.skew(this.context.scheduler.now()) || 0));
    }
  }

  /** A user of this tab is gone: should they come back, they wait for an answer again. */
  released(id: string): void {
    this.answered.delete(id);
  }

  /** Nothing held is trusted any more (a lost session, a resume): everyone waits again. */
  clear(): void {
    this.latest = undefined;
    this.answered.clear();
    this.sharedFor.clear();
  }

  /** The leader's record of what it shared is void (every dot gone). */
  forgetShared(): void {
    this.sharedFor.clear();
  }
}
