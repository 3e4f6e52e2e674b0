/**
 * An activity answer read into the board for this tab's users, and the part of it the leader
 * sends the other tabs: one lookup per answer entry against the watched set.
 */
import { readWatched } from '../../protocol';
import { SharedResult } from '../../shared-result';
import { StatusBoard } from '../../status-board';
import { Answer } from './answer';

/** Every watched user the answer covers reads it (absent: offline) and joins `answered`; the others wait for the next. */
export function applyAnswer(board: StatusBoard, answer: Answer, answered: Set<string>): void {
  const lastOn = readWatched(answer.entries, board);
  if (answer.full) {
    board.applyToAll(lastOn);
    // `answered` only holds watched users: when it is as large as the board, everyone is in it.
    if (answered.size < board.size) {
      board.ids().forEach(function (id) {
        answered.add(id);
      });
    }
    return;
  }
  const covers = answer.covers;
  const covered = board.ids().filter(function (id) {
    return (!!covers && covers.has(id)) || answered.has(id);
  });
  board.apply(covered, lastOn);
  covered.forEach(function (id) {
    answered.add(id);
  });
}

/** What the other tabs watch of a full answer: their users' last_on, and whom it covers. */
export function answerForTabs(answer: Answer, remote: Set<string>, skewMs: number): SharedResult {
  const lastOn = readWatched(answer.entries, remote);
  const entries: { user: string; last_on: number }[] = [];
  lastOn.forEach(function (time, user) {
    entries.push({ user: user, last_on: time });
  });
  const users: string[] = [];
  remote.forEach(function (id) {
    users.push(id);
  });
  return { kind: 'answer', at: answer.at, skewMs: skewMs, entries: entries, users: users };
}
