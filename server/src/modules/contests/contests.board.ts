// Leaderboards of a contest, from each member's best finished attempt (contest_bests, kept as attempts finish):
// most right answers first, ties broken by the shorter total time (measured on the server). By union: how many
// of its members took part, and how well.
import type { Ctx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { type BoardRow, presentBoardRow } from './contests.presenter.js';

/** Keeps the member's best after an attempt finishes: better is more right answers, then less time. */
export async function keepBest(
  ctx: Ctx,
  a: {
    contestId: number;
    memberId: number;
    unionId: number;
    unionPath: string;
    correct: number;
    ms: number;
    flagged: boolean;
  },
) {
  await ctx.db.query(sql`insert into contest_bests as b
      (contest_id, member_id, union_id, union_path, correct, total_ms, flagged)
    values (${a.contestId}, ${a.memberId}, ${a.unionId}, ${a.unionPath}, ${a.correct}, ${a.ms}, ${a.flagged})
    on conflict (contest_id, member_id) do update set
      correct = case when excluded.correct > b.correct
        or (excluded.correct = b.correct and excluded.total_ms < b.total_ms) then excluded.correct else b.correct end,
      total_ms = case when excluded.correct > b.correct
        or (excluded.correct = b.correct and excluded.total_ms < b.total_ms) then excluded.total_ms else b.total_ms end,
      flagged = b.flagged or excluded.flagged`);
}

export async function personBoard(
  ctx: Ctx,
  { contestId, page }: { contestId: number; page: { page: number; pageSize: number } },
) {
  const rows = await ctx.db.query<BoardRow>(sql`select r.rank, m.name, u.name as union_name, r.correct,
      r.total_ms as ms, r.flagged
    from (select b.*, rank() over (order by b.correct desc, b.total_ms) as rank
      from contest_bests b where b.contest_id = ${contestId}
      order by b.correct desc, b.total_ms, b.member_id
      limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}) r
    join members m on m.id = r.member_id join unions u on u.id = r.union_id
    order by r.rank, r.member_id`);
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from contest_bests
    where contest_id = ${contestId}`);
  return { items: rows.map(presentBoardRow), total: Number(count?.n ?? 0), page: page.page, pageSize: page.pageSize };
}

/** A member's place: one more than the members whose best is strictly better; null before they finish. */
export async function rankOf(ctx: Ctx, { contestId, memberId }: { contestId: number; memberId: number }) {
  const [mine] = await ctx.db.query<{ correct: number; total_ms: number }>(sql`select correct, total_ms
    from contest_bests where contest_id = ${contestId} and member_id = ${memberId}`);
  if (!mine) return null;
  const [ahead] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from contest_bests
    where contest_id = ${contestId} and (correct > ${mine.correct}
      or (correct = ${mine.correct} and total_ms < ${mine.total_ms}))`);
  return { rank: Number(ahead?.n ?? 0) + 1, correct: Number(mine.correct), ms: Number(mine.total_ms) };
}

/** The unions under the contest's union with members or participants, best participation first. */
export async function unionBoard(ctx: Ctx, contest: { id: number; union_path: string }) {
  const rows = await ctx.db.query<{
    id: number;
    name: string;
    members: number;
    participants: number;
    average: number | null;
  }>(sql`with per as (select union_id, count(*)::int as participants, avg(correct)::float8 as average
      from contest_bests where contest_id = ${contest.id} group by union_id),
    mem as (select union_id, count(*)::int as members from members
      where status = 'active' and ${withinSubtree(sql.raw('union_path'), contest.union_path)} group by union_id)
    select u.id, u.name, coalesce(mem.members, 0) as members, coalesce(per.participants, 0) as participants,
      per.average
    from unions u left join per on per.union_id = u.id left join mem on mem.union_id = u.id
    where (per.union_id is not null or mem.union_id is not null)
    order by coalesce(per.participants, 0)::float8 / greatest(coalesce(mem.members, 0), 1) desc,
      coalesce(per.average, 0) desc, u.id
    limit 200`);
  return {
    items: rows.map((r) => ({
      union: { id: Number(r.id), name: r.name },
      members: Number(r.members),
      participants: Number(r.participants),
      rate: Number(r.members) > 0 ? Number(r.participants) / Number(r.members) : 0,
      averageCorrect: r.average === null ? 0 : Math.round(Number(r.average) * 100) / 100,
    })),
  };
}
