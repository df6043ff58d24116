// Visits (到站): a member scans the station's poster, or the manager scans the member's e-card. A visit records
// who, when and which service was used; a second scan within 30 minutes answers the first visit instead of
// counting twice. A visit inside a booking's time checks that booking in.
import type { z } from 'zod';
import { type MemberActor, requireMember } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { readCardToken } from '../cards/cards.service.js';
import { stationFor } from './stations.access.js';
import { chinaMoment } from './stations.hours.js';
import { CHECKIN_EARLY_MS } from './stations.policy.js';
import { presentVisit, type VisitRow } from './stations.presenter.js';
import { readStationToken } from './stations.qr.js';
import type { cardVisitBody, dailyQuery, memberVisitBody, visitsQuery } from './stations.schemas.js';

const REPEAT_MINUTES = 30;

export function memberOf(ctx: Ctx): MemberActor & { memberId: number } {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) throw new AppError('STATION_NOT_MEMBER');
  return actor as MemberActor & { memberId: number };
}

const selectVisit = sql.raw(`select v.*, s.name as station_name,
    exists (select 1 from station_reviews r where r.visit_id = v.id) as reviewed
  from station_visits v join stations s on s.id = v.station_id`);

async function record(
  ctx: Ctx,
  {
    station,
    memberId,
    service,
    via,
  }: {
    station: { id: number; union_path: string; amenities: string[] };
    memberId: number;
    service: string;
    via: 'qr' | 'card';
  },
) {
  if (service !== 'rest' && !station.amenities.includes(service))
    throw new AppError('STATION_SERVICE_UNKNOWN', { field: 'service' });
  const at = now(ctx);
  return transaction(ctx, async (tx) => {
    // One member's scans are counted one at a time, so two quick scans make one visit.
    await tx.db.query(sql`select pg_advisory_xact_lock(7001, ${memberId}::int)`);
    const [recent] = await tx.db.query<VisitRow>(sql`${selectVisit} where v.member_id = ${memberId}
      and v.station_id = ${station.id} and v.visited_at > ${new Date(at.getTime() - REPEAT_MINUTES * 60_000)}
      order by v.visited_at desc limit 1`);
    if (recent) return presentVisit(recent, true);
    // The booking this visit arrives for, if any: it is checked in.
    const [booking] = await tx.db.query<{ id: number }>(sql`update room_bookings set status = 'attended',
        checked_in_at = ${at}
      where id = (select id from room_bookings where member_id = ${memberId} and station_id = ${station.id}
        and status = 'confirmed' and starts_at - ${`${CHECKIN_EARLY_MS / 1000} seconds`}::interval <= ${at}
        and ends_at > ${at} order by starts_at limit 1)
      returning id`);
    const [row] = await tx.db.query<{ id: number }>(sql`insert into station_visits (station_id, union_path,
        member_id, service, via, booking_id, visited_at)
      values (${station.id}, ${station.union_path}, ${memberId}, ${service}, ${via}, ${booking?.id ?? null}, ${at})
      returning id`);
    const [v] = await tx.db.query<VisitRow>(sql`${selectVisit} where v.id = ${row?.id}`);
    return presentVisit(v as VisitRow);
  });
}

/** The member scanned the poster of station `stationId` (the page the QR code opened). */
export async function memberVisit(
  ctx: Ctx,
  { stationId, ...body }: { stationId: number } & z.infer<typeof memberVisitBody>,
) {
  const me = memberOf(ctx);
  const read = readStationToken(ctx.services.signer, body.token);
  if (!read) throw new AppError('STATION_QR_INVALID', { field: 'token' });
  if (read.stationId !== stationId) throw new AppError('STATION_QR_OTHER', { field: 'token' });
  const [station] = await ctx.db.query<{ id: number; union_path: string; amenities: string[]; qr_version: number }>(
    sql`select id, union_path, amenities, qr_version from stations where id = ${stationId} and status = 'active'`,
  );
  if (!station) throw notFound();
  if (station.qr_version !== read.version) throw new AppError('STATION_QR_EXPIRED', { field: 'token' });
  return record(ctx, { station, memberId: me.memberId, service: body.service, via: 'qr' });
}

/** The manager scanned a member's e-card at the station. */
export async function cardVisit(
  ctx: Ctx,
  { stationId, ...body }: { stationId: number } & z.infer<typeof cardVisitBody>,
) {
  const station = await stationFor(ctx, { id: stationId, need: 'operate' });
  const read = readCardToken(ctx.services.signer, body.cardToken);
  if (!read.ok)
    throw new AppError(read.reason === 'expired' ? 'STATION_CARD_EXPIRED' : 'STATION_CARD_INVALID', {
      field: 'cardToken',
    });
  const [member] = await ctx.db.query<{ id: number }>(sql`select id from members
    where card_no = ${read.payload.c} and status = 'active'`);
  if (!member) throw new AppError('STATION_CARD_INVALID', { field: 'cardToken' });
  const visit = await record(ctx, { station, memberId: Number(member.id), service: body.service, via: 'card' });
  await audit(ctx, { action: 'station.visit.card', targetType: 'station', targetId: stationId });
  return visit;
}

export async function myVisits(ctx: Ctx, query: z.infer<typeof visitsQuery>) {
  const me = memberOf(ctx);
  return paginate<VisitRow, ReturnType<typeof presentVisit>>(
    ctx,
    query,
    {
      rows: sql`${selectVisit} where v.member_id = ${me.memberId} order by v.visited_at desc, v.id desc`,
      count: sql`select 1 from station_visits v where v.member_id = ${me.memberId}`,
    },
    (rows) => rows.map((v) => presentVisit(v)),
  );
}

export async function stationVisits(
  ctx: Ctx,
  { stationId, ...query }: { stationId: number } & z.infer<typeof visitsQuery>,
) {
  await stationFor(ctx, { id: stationId, need: 'operate' });
  return paginate<VisitRow, ReturnType<typeof presentVisit>>(
    ctx,
    query,
    {
      rows: sql`select v.*, s.name as station_name, m.name as member_name,
          exists (select 1 from station_reviews r where r.visit_id = v.id) as reviewed
        from station_visits v join stations s on s.id = v.station_id join members m on m.id = v.member_id
        where v.station_id = ${stationId} order by v.visited_at desc, v.id desc`,
      count: sql`select 1 from station_visits v where v.station_id = ${stationId}`,
    },
    (rows) => rows.map((v) => presentVisit(v)),
  );
}

/** Visits and distinct visitors per China calendar day, the last `days` days, today included, gaps as zero. */
export async function dailyVisits(ctx: Ctx, { stationId, days }: { stationId: number } & z.infer<typeof dailyQuery>) {
  await stationFor(ctx, { id: stationId, need: 'operate' });
  const today = chinaMoment(now(ctx)).day;
  const first = new Date(Date.parse(`${today}T00:00:00+08:00`) - (days - 1) * 86_400_000);
  const rows = await ctx.db.query<{ day: string; visits: number; members: number }>(sql`select
      to_char((visited_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD') as day, count(*)::int as visits,
      count(distinct member_id)::int as members
    from station_visits where station_id = ${stationId} and visited_at >= ${first}
    group by 1`);
  const items = [];
  for (let i = 0; i < days; i++) {
    const day = chinaMoment(new Date(first.getTime() + i * 86_400_000)).day;
    const row = rows.find((r) => r.day === day);
    items.push({ day, visits: row?.visits ?? 0, members: row?.members ?? 0 });
  }
  return { items };
}
