// Leaderboards of a contest, from each member's best finished attempt (contest_bests, kept as answers commit):
// most right answers first, ties broken by the shorter total time (measured on the server). By union: how many
// of its members took part, and how well.
import type { Ctx, Services } from '../../platform/context.js';
import { registerProcessCache } from '../../platform/process-caches.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { type BoardRow, presentBoardRow } from './contests.presenter.js';

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

const BOARD_MS = 1000;
const boards = new WeakMap<
  Services,
  Map<string, { at: number; page: Promise<Awaited<ReturnType<typeof personBoard>>> }>
>();

/**
 * The members' leaderboard page, read from the database at most once a second per process and page: at a
 * contest's peak every finisher opens it at once. The console reads `personBoard` directly.
 */
export function cachedPersonBoard(
  ctx: Ctx,
  { contestId, page }: { contestId: number; page: { page: number; pageSize: number } },
) {
  let pages = boards.get(ctx.services);
  if (!pages) {
    const created = new Map<string, { at: number; page: Promise<Awaited<ReturnType<typeof personBoard>>> }>();
    pages = created;
    boards.set(ctx.services, created);
    registerProcessCache(ctx.services, { clear: () => created.clear() });
  }
  const key = `${contestId}:${page.page}:${page.pageSize}`;
  const kept = pages.get(key);
  if (kept && Date.now() - kept.at < BOARD_MS) return kept.page;
  const read = personBoard(ctx, { contestId, page });
  const entry = { at: Date.now(), page: read };
  pages.set(key, entry);
  read.catch(() => pages.delete(key));
  return read;
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
