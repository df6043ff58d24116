// Writes a batch of answers in one statement (group commit, as the claim engine does): it moves every attempt on,
// stores the answers, keeps the finishers' bests and decides a finisher's points (right answers × the contest's
// points, on the member's first finish that earns any). The ledger posting follows in a batch of its own
// (contests.award.ts), so a peak's finishes do not wait for it. Each attempt moves only from the position the answer
// was for, so an answer another process already took for the same question changes nothing and is reported as not
// taken.
import type { Queryable } from '../../platform/db.js';
import { sql } from '../../platform/sql.js';

export interface AnswerWrite {
  attemptId: number;
  contestId: number;
  /** The position answered; the attempt moves to the next one. */
  position: number;
  questionId: number;
  /** Indexes into the question's own options. */
  chosen: number[];
  correct: boolean;
  timedOut: boolean;
  ms: number;
  tooFast: boolean;
  at: Date;
  last: boolean;
  /** Points for each right answer, paid on the member's first finish in the contest that earns any. */
  pointsPerCorrect: number;
}

export interface Written {
  taken: boolean;
  /** For an attempt this answer finished: its score and time, and the points it earned (0 after the first). */
  finished?: { attemptId: number; memberId: number; correct: number; ms: number; points: number };
}

export async function commitAnswers(tx: Queryable, writes: AnswerWrite[]): Promise<Written[]> {
  const col = <T>(f: (w: AnswerWrite) => T) => writes.map(f);
  const moved = await tx.query<{
    id: number;
    member_id: number;
    contest_id: number;
    correct: number;
    total_ms: number;
    status: string;
    points: number;
  }>(sql`
    with input as (
      select * from unnest(${col((w) => w.attemptId)}::bigint[], ${col((w) => w.position)}::int[],
        ${col((w) => w.questionId)}::bigint[], ${col((w) => JSON.stringify(w.chosen))}::jsonb[],
        ${col((w) => w.correct)}::bool[], ${col((w) => w.timedOut)}::bool[], ${col((w) => w.ms)}::int[],
        ${col((w) => w.tooFast)}::bool[], ${col((w) => w.at.toISOString())}::timestamptz[], ${col((w) => w.last)}::bool[],
        ${col((w) => w.pointsPerCorrect)}::int[])
        as t(attempt_id, position, question_id, chosen, correct, timed_out, ms, too_fast, answered_at, last, per_right)),
    moved as (
      update contest_attempts a set position = a.position + 1, served_at = i.answered_at,
        correct = a.correct + i.correct::int, total_ms = a.total_ms + i.ms,
        status = case when i.last then 'finished' else 'running' end,
        finished_at = case when i.last then i.answered_at end,
        -- The points of a contest go to a member's first finish that earns any: an earlier attempt holds them.
        points = case when not i.last then a.points
          when exists (select 1 from contest_attempts x where x.contest_id = a.contest_id
            and x.member_id = a.member_id and x.points > 0) then 0
          else (a.correct + i.correct::int) * i.per_right end
      from input i
      where a.id = i.attempt_id and a.position = i.position and a.status = 'running'
      returning a.*),
    saved as (
      insert into contest_answers (attempt_id, position, question_id, chosen, correct, timed_out, ms, too_fast,
        answered_at)
      select i.attempt_id, i.position, i.question_id, i.chosen, i.correct, i.timed_out, i.ms, i.too_fast, i.answered_at
      from input i join moved m on m.id = i.attempt_id),
    best as (
      insert into contest_bests as b (contest_id, member_id, union_id, union_path, correct, total_ms, flagged)
      select m.contest_id, m.member_id, m.union_id, m.union_path, m.correct, m.total_ms,
        i.too_fast or exists (select 1 from contest_answers x where x.attempt_id = m.id and x.too_fast)
      from moved m join input i on i.attempt_id = m.id
      where m.status = 'finished'
      on conflict (contest_id, member_id) do update set
        correct = case when excluded.correct > b.correct
          or (excluded.correct = b.correct and excluded.total_ms < b.total_ms) then excluded.correct else b.correct end,
        total_ms = case when excluded.correct > b.correct
          or (excluded.correct = b.correct and excluded.total_ms < b.total_ms) then excluded.total_ms else b.total_ms end,
        flagged = b.flagged or excluded.flagged)
    select id, member_id, contest_id, correct, total_ms, status, points from moved m`);

  const byAttempt = new Map(moved.map((m) => [Number(m.id), m]));
  return writes.map((w) => {
    const m = byAttempt.get(w.attemptId);
    if (!m) return { taken: false };
    if (m.status !== 'finished') return { taken: true };
    return {
      taken: true,
      finished: {
        attemptId: w.attemptId,
        memberId: Number(m.member_id),
        correct: Number(m.correct),
        ms: Number(m.total_ms),
        points: Number(m.points),
      },
    };
  });
}
