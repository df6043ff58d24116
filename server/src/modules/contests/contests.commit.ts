// Writes a batch of answers in one transaction (group commit, as the claim engine does): one statement moves every
// attempt on, stores the answers and keeps the finishers' bests; the points of those who finished are posted to the
// ledger set-based. Each attempt moves only from the position the answer was for, so an answer another process
// already took for the same question changes nothing and is reported as not taken.
import type { Queryable } from '../../platform/db.js';
import { sql } from '../../platform/sql.js';
import { earnedExpiry, type LedgerTx, memberAccounts, poolAccount, post } from '../points/points.ledger.js';

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
  /** For the points of a finish: the contest's union pays them, once per member and contest. */
  award: { unionId: number; pointsPerCorrect: number; title: string; pointsExpiry: 'end_of_next_year' | 'never' };
}

export interface Written {
  taken: boolean;
  /** For an attempt this answer finished: its score and time, and the points it earned (0 after the first). */
  finished?: { memberId: number; correct: number; ms: number; points: number };
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
    awarded: boolean;
  }>(sql`
    with input as (
      select * from unnest(${col((w) => w.attemptId)}::bigint[], ${col((w) => w.position)}::int[],
        ${col((w) => w.questionId)}::bigint[], ${col((w) => JSON.stringify(w.chosen))}::jsonb[],
        ${col((w) => w.correct)}::bool[], ${col((w) => w.timedOut)}::bool[], ${col((w) => w.ms)}::int[],
        ${col((w) => w.tooFast)}::bool[], ${col((w) => w.at.toISOString())}::timestamptz[], ${col((w) => w.last)}::bool[])
        as t(attempt_id, position, question_id, chosen, correct, timed_out, ms, too_fast, answered_at, last)),
    moved as (
      update contest_attempts a set position = a.position + 1, served_at = i.answered_at,
        correct = a.correct + i.correct::int, total_ms = a.total_ms + i.ms,
        status = case when i.last then 'finished' else 'running' end,
        finished_at = case when i.last then i.answered_at end
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
    select id, member_id, contest_id, correct, total_ms, status,
      -- The points of a contest go to a member's first finish that earns any: an earlier attempt holds them.
      exists (select 1 from contest_attempts x where x.contest_id = m.contest_id and x.member_id = m.member_id
        and x.points > 0) as awarded
    from moved m`);

  const byAttempt = new Map(moved.map((m) => [Number(m.id), m]));
  const points = await award(
    tx,
    writes.filter((w) => byAttempt.get(w.attemptId)?.status === 'finished'),
    byAttempt,
  );
  return writes.map((w) => {
    const m = byAttempt.get(w.attemptId);
    if (!m) return { taken: false };
    if (m.status !== 'finished') return { taken: true };
    return {
      taken: true,
      finished: {
        memberId: Number(m.member_id),
        correct: Number(m.correct),
        ms: Number(m.total_ms),
        points: points.get(w.attemptId) ?? 0,
      },
    };
  });
}

/**
 * Points for right answers, once per member and contest: the first finish that earns any. The ledger's idempotency
 * key backs it; the attempts tell which member already has them, without a lookup in the ledger.
 */
async function award(
  tx: Queryable,
  finishes: AnswerWrite[],
  moved: Map<number, { member_id: number; correct: number; awarded: boolean }>,
): Promise<Map<number, number>> {
  const fresh = finishes
    .filter((w) => !moved.get(w.attemptId)?.awarded)
    .map((w) => {
      const m = moved.get(w.attemptId) as { member_id: number; correct: number };
      return {
        w,
        memberId: Number(m.member_id),
        amount: Number(m.correct) * w.award.pointsPerCorrect,
        key: `contest:${w.contestId}:member:${m.member_id}`,
      };
    })
    .filter((d) => d.amount > 0);
  const points = new Map<number, number>();
  if (fresh.length === 0) return points;
  const accounts = await memberAccounts(
    tx,
    fresh.map((d) => d.memberId),
  );
  const pools = new Map<number, number>();
  for (const unionId of new Set(fresh.map((d) => d.w.award.unionId)))
    pools.set(unionId, await poolAccount(tx, unionId));
  const txs: LedgerTx[] = fresh.map((d) => ({
    kind: 'reward',
    reason: `知识竞赛：${d.w.award.title}`.slice(0, 200),
    source: `contest:${d.w.contestId}`,
    idemKey: d.key,
    unionId: d.w.award.unionId,
    postings: [
      {
        debit: pools.get(d.w.award.unionId) as number,
        credit: accounts.get(d.memberId) as number,
        amount: d.amount,
        expiresAt: earnedExpiry(d.w.at, d.w.award.pointsExpiry),
      },
    ],
  }));
  await post(tx, txs);
  await tx.query(sql`update contest_attempts a set points = p.amount
    from unnest(${fresh.map((d) => d.w.attemptId)}::bigint[], ${fresh.map((d) => d.amount)}::int[]) as p(id, amount)
    where a.id = p.id`);
  for (const d of fresh) points.set(d.w.attemptId, d.amount);
  return points;
}
