// What volunteering adds to the cockpit (platform/figures.ts), over a subtree and a period: volunteers registered,
// teams set up, activities held, orders taken and how many of those on time (before their deadline), the ratings
// requesters gave (all, and the good ones: four or five stars), hours confirmed, and people served (confirmed orders
// plus the people the teams' logs record).
import { chinaDay, now } from '../../platform/clock.js';
import type { FigureQuery } from '../../platform/figures.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';

const one = async (ctx: Parameters<FigureQuery>[0], query: ReturnType<typeof sql>) => {
  const [row] = await ctx.db.query<{ n: number }>(query);
  return Number(row?.n ?? 0);
};

export const volunteersFigures: Record<string, FigureQuery> = {
  volunteers: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from volunteers v join members m on m.id = v.member_id
      where v.created_at >= ${from} and v.created_at < ${to} and ${withinSubtree(sql.raw('m.union_path'), path)}`,
    ),
  teams: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from volunteer_teams
      where created_at >= ${from} and created_at < ${to} and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  ordersTaken: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from service_orders
      where taken_at >= ${from} and taken_at < ${to} and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  ordersOnTime: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from service_orders
      where taken_at >= ${from} and taken_at < ${to} and taken_at <= take_by
        and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  // Activities held: begun in the period (and by now), not cancelled.
  activities: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from volunteer_activities where status = 'published' and starts_at >= ${from}
      and starts_at < ${to} and starts_at <= ${now(ctx)} and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  // A rating is given when the requester confirms the order.
  ordersRated: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from service_orders where rating is not null and confirmed_at >= ${from}
      and confirmed_at < ${to} and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  ordersRatedWell: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select count(*)::int as n from service_orders where rating >= 4 and confirmed_at >= ${from}
      and confirmed_at < ${to} and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  // Hours confirmed in the period, rounded to whole hours (the figure's unit).
  hours: (ctx, { path, from, to }) =>
    one(
      ctx,
      sql`select coalesce(round(sum(hours)), 0)::int as n from volunteer_hours
      where status = 'confirmed' and confirmed_at >= ${from} and confirmed_at < ${to}
        and ${withinSubtree(sql.raw('union_path'), path)}`,
    ),
  peopleServed: async (ctx, { path, from, to }) =>
    (await one(
      ctx,
      sql`select count(*)::int as n from service_orders
      where confirmed_at >= ${from} and confirmed_at < ${to} and ${withinSubtree(sql.raw('union_path'), path)}`,
    )) +
    (await one(
      ctx,
      sql`select coalesce(sum(people_served), 0)::int as n from volunteer_team_logs
      where happened_on >= ${chinaDay(from)}::date and happened_on < ${chinaDay(to)}::date
        and ${withinSubtree(sql.raw('union_path'), path)}`,
    )),
};
