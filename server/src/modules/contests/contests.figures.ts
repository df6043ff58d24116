// What the contests module adds to the cockpit (platform/figures.ts): members of the subtree who finished a
// contest attempt this year, and the attempts they finished.
import type { FigureQuery } from '../../platform/figures.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';

const finishedThisYear = (path: string, from: Date, to: Date) =>
  sql`status = 'finished' and finished_at >= ${from} and finished_at < ${to}
    and ${withinSubtree(sql.raw('union_path'), path)}`;

const participants: FigureQuery = async (ctx, { path, from, to }) => {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(distinct member_id)::int as n
    from contest_attempts where ${finishedThisYear(path, from, to)}`);
  return Number(row?.n ?? 0);
};

const attempts: FigureQuery = async (ctx, { path, from, to }) => {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n
    from contest_attempts where ${finishedThisYear(path, from, to)}`);
  return Number(row?.n ?? 0);
};

export const contestsFigures = { participants, attempts };
