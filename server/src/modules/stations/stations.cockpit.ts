// The stations panel of the cockpit (issue 14, item 8): for the union subtree on screen, its stations by kind on a
// map, visits per day over the last 30 China days, bookings, the average rating (shown once five reviews stand
// behind it, as every cockpit figure about people) and this month's pioneer-index ranking. Read with the cockpit's
// own permission and scope; no member is named.
import type { z } from 'zod';
import { requirePermissionSomewhere, scopePaths } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { convert } from './stations.geo.js';
import { chinaMoment } from './stations.hours.js';
import { topOfSubtree } from './stations.index.js';
import type { cockpitQuery, StationKind } from './stations.schemas.js';

const DAYS = 30;
const DAY_MS = 86_400_000;
/** A county has hundreds of stations, a province thousands: the map shows this many, the nearest the ranking. */
const MAP_LIMIT = 5000;
const MIN_PEOPLE = 5;

export async function stationsPanel(ctx: Ctx, { unionId }: z.infer<typeof cockpitQuery>) {
  const actor = requirePermissionSomewhere(ctx.actor, 'cockpit.read');
  const path = unionId
    ? await unionPathFor(ctx, { unionId, permission: 'cockpit.read' })
    : scopePaths(actor, 'cockpit.read')[0];
  if (!path) throw notFound();
  const under = withinSubtree(sql.raw('union_path'), path);
  const today = chinaMoment(now(ctx)).day;
  const first = new Date(Date.parse(`${today}T00:00:00+08:00`) - (DAYS - 1) * DAY_MS);
  const [stations, perDay, [bookings], [rating], ranking] = await Promise.all([
    ctx.db.query<{ id: number; name: string; kind: StationKind; lat: number; lng: number }>(sql`select id, name, kind,
        lat, lng from stations where status = 'active' and ${under} order by id limit ${MAP_LIMIT}`),
    ctx.db.query<{ day: string; n: number }>(sql`select to_char(visited_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
        as day, count(*)::int as n
      from station_visits where visited_at >= ${first} and ${under} group by 1`),
    ctx.db.query<{ n: number }>(sql`select count(*)::int as n from room_bookings
      where status in ('confirmed', 'attended') and starts_at >= ${first} and ${under}`),
    ctx.db.query<{ n: number; average: number | null }>(sql`select count(*)::int as n,
        round(avg(rating)::numeric, 1)::float8 as average from station_reviews where created_at >= ${first} and ${under}`),
    topOfSubtree(ctx, { path, limit: 10 }),
  ]);
  const counted = new Map(perDay.map((r) => [r.day, r.n]));
  const days = Array.from({ length: DAYS }, (_, i) =>
    new Date(first.getTime() + i * DAY_MS + 8 * 3_600_000).toISOString().slice(0, 10),
  );
  const byKind = new Map<StationKind, number>();
  for (const s of stations) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
  return {
    stations: stations.map((s) => ({
      id: Number(s.id),
      name: s.name,
      kind: s.kind,
      lat: s.lat,
      lng: s.lng,
      gcj02: convert(s, 'wgs84', 'gcj02'),
    })),
    byKind: [...byKind].map(([kind, count]) => ({ kind, count })),
    visitsByDay: days.map((day) => ({ day, visits: counted.get(day) ?? 0 })),
    bookings: bookings?.n ?? 0,
    rating: rating && rating.n >= MIN_PEOPLE ? rating.average : null,
    reviews: rating?.n ?? 0,
    ranking: ranking.map((r) => ({ rank: r.rank, station: r.station, score: r.score })),
  };
}
