// What the stations module adds to the cockpit (platform/figures.ts): stations of the subtree, and this year's
// visits, bookings used and average rating (shown once five reviews stand behind it).
import type { FigureQuery } from '../../platform/figures.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';

const under = (path: string) => withinSubtree(sql.raw('union_path'), path);

const stations: FigureQuery = async (ctx, { path }) => {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from stations
    where status = 'active' and ${under(path)}`);
  return Number(row?.n ?? 0);
};

const visits: FigureQuery = async (ctx, { path, from, to }) => {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from station_visits
    where visited_at >= ${from} and visited_at < ${to} and ${under(path)}`);
  return Number(row?.n ?? 0);
};

const bookings: FigureQuery = async (ctx, { path, from, to }) => {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from room_bookings
    where status in ('confirmed', 'attended') and starts_at >= ${from} and starts_at < ${to} and ${under(path)}`);
  return Number(row?.n ?? 0);
};

const rating: FigureQuery = async (ctx, { path, from, to }) => {
  const [row] = await ctx.db.query<{ n: number; average: number | null }>(sql`select count(*)::int as n,
      round(avg(rating)::numeric, 1)::float8 as average
    from station_reviews where created_at >= ${from} and created_at < ${to} and ${under(path)}`);
  return row && row.n >= 5 ? row.average : null;
};

export const stationsFigures = { stations, visits, bookings, rating };
