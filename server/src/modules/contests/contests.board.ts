// Leaderboards of a contest, from each member's best finished attempt: most right answers first, ties broken by
// the shorter total time (measured on the server). By union: how many of its members took part, and how well.
import type { Ctx } from '../../platform/context.js';
import { type Sql, sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { type BoardRow, presentBoardRow } from './contests.presenter.js';

/** Each member's best finished attempt of the contest, ranked. */
const ranked = (contestId: number): Sql => sql`
  with best as (
    select distinct on (a.member_id) a.member_id, a.union_id, a.correct, a.total_ms
    from contest_attempts a where a.contest_id = ${contestId} and a.status = 'finished'
    order by a.member_id, a.correct desc, a.total_ms asc, a.id asc
  ), ranked as (
    select b.*, rank() over (order by b.correct desc, b.total_ms asc) as rank from best b
  )`;

export async function personBoard(
  ctx: Ctx,
  { contestId, page }: { contestId: number; page: { page: number; pageSize: number } },
) {
  const rows = await ctx.db.query<BoardRow>(sql`${ranked(contestId)}
    select r.rank, m.name, u.name as union_name, r.correct, r.total_ms as ms,
      exists (select 1 from contest_answers x join contest_attempts y on y.id = x.attempt_id
        where y.contest_id = ${contestId} and y.member_id = r.member_id and x.too_fast) as flagged
    from ranked r join members m on m.id = r.member_id join unions u on u.id = r.union_id
    order by r.rank, r.member_id
    limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`);
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(distinct member_id)::int as n
    from contest_attempts where contest_id = ${contestId} and status = 'finished'`);
  return { items: rows.map(presentBoardRow), total: Number(count?.n ?? 0), page: page.page, pageSize: page.pageSize };
}

/** A member's place: the rank of their best attempt, or null before they finish one. */
export async function rankOf(ctx: Ctx, { contestId, memberId }: { contestId: number; memberId: number }) {
  const [r] = await ctx.db.query<{ rank: number; correct: number; total_ms: number }>(sql`${ranked(contestId)}
    select rank, correct, total_ms from ranked where member_id = ${memberId}`);
  return r ? { rank: Number(r.rank), correct: Number(r.correct), ms: Number(r.total_ms) } : null;
}

/** The unions under the contest's union with members or participants, best participation first. */
export async function unionBoard(ctx: Ctx, contest: { id: number; union_path: string }) {
  const rows = await ctx.db.query<{
    id: number;
    name: string;
    members: number;
    participants: number;
    average: number | null;
  }>(sql`${ranked(contest.id)},
    per as (select union_id, count(*)::int as participants, avg(correct)::float8 as average from best group by union_id),
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
