// Rows of the contests module as the API shows them. A member never gets a question's answer from here: the
// served question (contests.play.ts) is built from the options alone.
import { maskName } from '../../platform/mask.js';

export interface QuestionRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  kind: 'single' | 'multiple' | 'judge';
  stem: string;
  options: string[];
  answer: number[];
  explanation: string;
  tags: string[];
  active: boolean;
}

export interface ContestRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  title: string;
  description: string;
  opens_at: Date;
  closes_at: Date;
  questions_per_attempt: number;
  seconds_per_question: number;
  attempts_per_day: number;
  points_per_correct: number;
  status: 'draft' | 'published';
  question_count: number;
  participants: number;
}

export const presentQuestion = (q: QuestionRow) => ({
  id: Number(q.id),
  union: { id: Number(q.union_id), name: q.union_name },
  kind: q.kind,
  stem: q.stem,
  options: q.options,
  answer: q.answer,
  explanation: q.explanation,
  tags: q.tags,
  active: q.active,
});

export const isOpen = (c: ContestRow, at: Date) =>
  c.status === 'published' && c.opens_at.getTime() <= at.getTime() && at.getTime() < c.closes_at.getTime();

export const presentContest = (c: ContestRow, at: Date) => ({
  id: Number(c.id),
  union: { id: Number(c.union_id), name: c.union_name },
  title: c.title,
  description: c.description,
  opensAt: c.opens_at.toISOString(),
  closesAt: c.closes_at.toISOString(),
  questionsPerAttempt: c.questions_per_attempt,
  secondsPerQuestion: c.seconds_per_question,
  attemptsPerDay: c.attempts_per_day,
  pointsPerCorrect: c.points_per_correct,
  questionCount: Number(c.question_count),
  status: c.status,
  open: isOpen(c, at),
  participants: Number(c.participants),
});

export interface BoardRow {
  rank: number;
  name: string;
  union_name: string;
  correct: number;
  ms: number;
  flagged: boolean;
}

export const presentBoardRow = (r: BoardRow) => ({
  rank: Number(r.rank),
  name: maskName(r.name),
  union: r.union_name,
  correct: Number(r.correct),
  ms: Number(r.ms),
  flagged: r.flagged,
});
