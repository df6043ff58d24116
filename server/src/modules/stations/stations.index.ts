// 服务先锋指数, the pioneer index: one score a venue earns per month from how much it is used, how members rate it
// and how it handles their feedback. The formula is published (docs/stations-index.md) and versioned; a score
// always says its version and the numbers it was computed from, so a venue can check its own.
//
// Version v1:
//   activity = min(100, (visits + 2 × attended bookings) / 100 × 100)
//   rating   = (m − 1) / 4 × 100, m = (Σ ratings + 3 × 4) / (reviews + 3)   (three 4-star reviews as a prior, so one
//              review cannot make or break a venue)
//   handling = 100 when there was no review, else 70 × answered / reviews + 30 × answered within 48 h / reviews
//   score    = 0.4 × activity + 0.4 × rating + 0.2 × handling
// Each part and the score are rounded to one decimal. A month is a China calendar month; visits and bookings count
// by when they happened, reviews by when they were written. Equal scores share a rank (1, 1, 3).
import type { z } from 'zod';
import { inScope, requirePermissionSomewhere } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { stationFor } from './stations.access.js';
import { chinaMoment } from './stations.hours.js';
import type { indexQuery, monthQuery, StationKind } from './stations.schemas.js';

export const INDEX_VERSION = 'v1';
const ACTIVITY_FULL = 100;
const PRIOR_REVIEWS = 3;
const PRIOR_RATING = 4;
const ANSWER_HOURS = 48;

export interface ScoreInputs {
  visits: number;
  attended: number;
  reviews: number;
  ratingSum: number;
  feedback: number;
  answered: number;
  answeredIn48h: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreOf(i: ScoreInputs) {
  const activity = round1(Math.min(100, ((i.visits + 2 * i.attended) / ACTIVITY_FULL) * 100));
  const mean = (i.ratingSum + PRIOR_REVIEWS * PRIOR_RATING) / (i.reviews + PRIOR_REVIEWS);
  const rating = round1(((mean - 1) / 4) * 100);
  const handling =
    i.feedback === 0 ? 100 : round1((70 * i.answered) / i.feedback + (30 * i.answeredIn48h) / i.feedback);
  return { parts: { activity, rating, handling }, score: round1(0.4 * activity + 0.4 * rating + 0.2 * handling) };
}

/** [from, to) of a China calendar month ('YYYY-MM'; this month when absent). */
export function monthRange(ctx: Ctx, month?: string) {
  const m = month ?? chinaMoment(now(ctx)).day.slice(0, 7);
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return { month: m, from: new Date(`${m}-01T00:00:00+08:00`), to: new Date(`${next}-01T00:00:00+08:00`) };
}

interface Row {
  id: number;
  name: string;
  kind: StationKind;
  union_name: string;
  visits: number;
  attended: number;
  reviews: number;
  rating_sum: number;
  answered: number;
  answered_fast: number;
}

async function scores(ctx: Ctx, where: ReturnType<typeof sql>, month?: string) {
  const range = monthRange(ctx, month);
  const rows = await ctx.db.query<Row>(sql`select s.id, s.name, s.kind, u.name as union_name,
      (select count(*)::int from station_visits v where v.station_id = s.id
        and v.visited_at >= ${range.from} and v.visited_at < ${range.to}) as visits,
      (select count(*)::int from room_bookings b where b.station_id = s.id and b.status = 'attended'
        and b.starts_at >= ${range.from} and b.starts_at < ${range.to}) as attended,
      r.reviews, r.rating_sum, r.answered, r.answered_fast
    from stations s join unions u on u.id = s.union_id
    cross join lateral (select count(*)::int as reviews, coalesce(sum(rating), 0)::int as rating_sum,
        count(replied_at)::int as answered,
        count(*) filter (where replied_at <= created_at + ${`${ANSWER_HOURS} hours`}::interval)::int as answered_fast
      from station_reviews where station_id = s.id and created_at >= ${range.from} and created_at < ${range.to}) r
    where s.status = 'active' and ${where}`);
  const scored = rows.map((r) => {
    const inputs = {
      visits: r.visits,
      attended: r.attended,
      reviews: r.reviews,
      ratingSum: r.rating_sum,
      feedback: r.reviews,
      answered: r.answered,
      answeredIn48h: r.answered_fast,
    };
    return {
      station: { id: Number(r.id), name: r.name, kind: r.kind, unionName: r.union_name },
      month: range.month,
      version: INDEX_VERSION,
      ...scoreOf(inputs),
      inputs,
      rank: 0,
    };
  });
  scored.sort((a, b) => b.score - a.score || a.station.id - b.station.id);
  for (const [i, s] of scored.entries()) {
    const before = scored[i - 1];
    s.rank = before && before.score === s.score ? before.rank : i + 1;
  }
  return scored;
}

/** The ranking of a union's stations (the caller's whole scope when no union is named). */
export async function ranking(ctx: Ctx, query: z.infer<typeof indexQuery>) {
  requirePermissionSomewhere(ctx.actor, 'station.manage');
  const path = query.unionId ? await unionPathFor(ctx, { unionId: query.unionId, permission: 'station.manage' }) : null;
  const where = path
    ? withinSubtree(sql.raw('s.union_path'), path)
    : inScope(ctx.actor, 'station.manage', sql.raw('s.union_path'));
  const all = await scores(ctx, where, query.month);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: all.slice(start, start + query.pageSize),
    total: all.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The first `limit` of a subtree's ranking this month (the cockpit's panel; the caller has checked the scope). */
export async function topOfSubtree(ctx: Ctx, { path, limit }: { path: string; limit: number }) {
  return (await scores(ctx, withinSubtree(sql.raw('s.union_path'), path))).slice(0, limit);
}

/** One station's score and how it was computed, ranked among the stations of its own union. */
export async function stationScore(ctx: Ctx, { id, month }: { id: number } & z.infer<typeof monthQuery>) {
  const s = await stationFor(ctx, { id, need: 'operate' });
  const all = await scores(ctx, sql`s.union_id = ${s.union_id}`, month);
  return all.find((x) => x.station.id === Number(id)) as (typeof all)[number];
}
