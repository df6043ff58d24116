import { z } from 'zod';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';

export const questionKinds = ['single', 'multiple', 'judge'] as const;
const id = z.number().int().positive();
const isoTime = z.iso.datetime({ offset: true });

// ---- The question bank (console) ----
export const questionBody = z.strictObject({
  unionId: id,
  kind: z.enum(questionKinds),
  stem: plainText(500),
  options: z.array(plainText(100)).min(2).max(6),
  /** Indexes into `options` of the right answers. */
  answer: z.array(z.number().int().min(0).max(5)).min(1).max(6),
  explanation: optionalText(500),
  tags: z.array(plainText(20)).max(5).default([]),
});
export const questionsQuery = z.strictObject({ q: optionalText(50), tag: optionalText(20), ...pageQuery });
export const questionView = z.object({
  id: z.number().int(),
  union: z.object({ id: z.number().int(), name: z.string() }),
  kind: z.enum(questionKinds),
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.array(z.number().int()),
  explanation: z.string(),
  tags: z.array(z.string()),
  active: z.boolean(),
});
export const questionPage = pageOf(questionView);

// ---- Contests (console) ----
export const contestBody = z.strictObject({
  unionId: id,
  title: plainText(100),
  description: optionalText(1000),
  opensAt: isoTime,
  closesAt: isoTime,
  questionsPerAttempt: z.number().int().min(1).max(50),
  secondsPerQuestion: z.number().int().min(5).max(300),
  attemptsPerDay: z.number().int().min(1).max(10),
  pointsPerCorrect: z.number().int().min(0).max(100).default(0),
  questionIds: z.array(id).min(1).max(500),
});
export const contestStatuses = ['draft', 'published'] as const;
export const contestView = z.object({
  id: z.number().int(),
  union: z.object({ id: z.number().int(), name: z.string() }),
  title: z.string(),
  description: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  questionsPerAttempt: z.number().int(),
  secondsPerQuestion: z.number().int(),
  attemptsPerDay: z.number().int(),
  pointsPerCorrect: z.number().int(),
  questionCount: z.number().int(),
  status: z.enum(contestStatuses),
  /** Whether answering is possible now: published and inside its window. */
  open: z.boolean(),
  participants: z.number().int(),
});
export const contestPage = pageOf(contestView);

export const leaderboardQuery = z.strictObject({ ...pageQuery });
export const personRowView = z.object({
  rank: z.number().int(),
  /** Masked (张*三): a leaderboard is seen by other members. */
  name: z.string(),
  union: z.string(),
  correct: z.number().int(),
  ms: z.number().int(),
  /** Some answer came faster than a person can read the question. */
  flagged: z.boolean(),
});
export const personBoardPage = pageOf(personRowView);
export const unionRowView = z.object({
  union: z.object({ id: z.number().int(), name: z.string() }),
  members: z.number().int(),
  participants: z.number().int(),
  /** participants / members, 0..1 (0 for a union without members). */
  rate: z.number(),
  /** Mean of each participant's best score (right answers). */
  averageCorrect: z.number(),
});
export const unionBoardResponse = z.object({ items: z.array(unionRowView) });

// ---- Taking part (member) ----
export const myContestView = contestView.omit({ participants: true, status: true }).extend({
  attemptsLeftToday: z.number().int(),
  best: z.object({ correct: z.number().int(), ms: z.number().int(), rank: z.number().int() }).nullable(),
  pointsEarned: z.number().int(),
  /** An attempt of mine still running (to resume). */
  runningAttemptId: z.number().int().nullable(),
});
export const myContestsResponse = z.object({ items: z.array(myContestView) });
export const servedQuestionView = z.object({
  position: z.number().int(),
  total: z.number().int(),
  kind: z.enum(questionKinds),
  stem: z.string(),
  /** In this attempt's order; the right answer is not here. */
  options: z.array(z.string()),
  servedAt: z.string(),
  deadline: z.string(),
  seconds: z.number().int(),
});
export const attemptView = z.object({
  id: z.number().int(),
  contestId: z.number().int(),
  status: z.enum(['running', 'finished']),
  question: servedQuestionView.nullable(),
  correct: z.number().int(),
  total: z.number().int(),
  ms: z.number().int(),
  points: z.number().int(),
  /** My place on the person leaderboard once finished (best attempt). */
  rank: z.number().int().nullable(),
  /** The server's clock now: the phone counts down to `deadline` on it, not on its own. */
  serverTime: z.string(),
});
export const answerBody = z.strictObject({
  position: z.number().int().min(0).max(49),
  /** Indexes into the options as they were shown. */
  choices: z.array(z.number().int().min(0).max(5)).max(6),
});
export const answerResult = z.object({
  correct: z.boolean(),
  /** The right options, in the order shown, after the answer is in. */
  rightChoices: z.array(z.number().int()),
  explanation: z.string(),
  attempt: attemptView,
});
export const contestsQuery = z.strictObject({ ...pageQuery });

export const rowProblems = ['formula', 'kind', 'stem', 'options', 'answer'] as const;
export const importQuery = z.strictObject({
  unionId: z.coerce.number().int().positive(),
  fileName: z.string().min(1).max(200),
});
export const questionImportResult = z.object({
  added: z.number().int(),
  /** Each bad row (as the spreadsheet numbers it) and what is wrong; nothing is added while there are any. */
  problems: z.array(z.object({ row: z.number().int(), problem: z.enum(rowProblems) })),
});
