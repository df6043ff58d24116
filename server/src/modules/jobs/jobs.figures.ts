// What jobs add to the cockpit (platform/figures.ts), over a subtree and a period: jobs published, places offered
// (their headcounts), applicants hired, members reached by suggestions, and job fairs held with their booths.
import { now } from '../../platform/clock.js';
import type { FigureQuery } from '../../platform/figures.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';

const one = async (ctx: Parameters<FigureQuery>[0], query: ReturnType<typeof sql>) => {
  const [row] = await ctx.db.query<{ n: number }>(query);
  return Number(row?.n ?? 0);
};

export const jobsFigures: Record<string, FigureQuery> = {
  published: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from jobs where published_at >= ${from} and published_at < ${to}
      and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  places: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select coalesce(sum(headcount), 0)::int as n from jobs where published_at >= ${from}
      and published_at < ${to} and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  hired: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(distinct e.application_id)::int as n from job_application_events e
      join job_applications a on a.id = e.application_id
      where e.kind = 'hired' and e.at >= ${from} and e.at < ${to} and ${withinSubtree(sql.raw('a.union_path'), path)}`,
    ),
  reached: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from job_matches x join jobs j on j.id = x.job_id
      where x.created_at >= ${from} and x.created_at < ${to} and ${withinSubtree(sql.raw('j.union_path'), path)}`,
    ),
  // Fairs held (begun in the period, not cancelled), and the employers' booths at them.
  fairs: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from job_fairs where status = 'published' and starts_at >= ${from}
      and starts_at < ${to} and starts_at <= ${now(ctx)} and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  booths: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from job_fair_booths b join job_fairs f on f.id = b.fair_id
      where f.status = 'published' and f.starts_at >= ${from} and f.starts_at < ${to} and f.starts_at <= ${now(ctx)}
        and ${withinSubtree(sql.raw('f.union_path'), path)}`,
    ),
};
