// Volunteer activities (a tree planting, a flood patrol, a repair day at a station): set up by a cadre for a union or
// one of its teams, at a place and time, with places limited by an activity offer of the claim engine when there is
// one. Volunteers of the union's line sign up (holding a confirmed place, if limited), then check in and out by the
// QR poster at the place: the server's clock gives the hours, which count only once the organiser confirms them
// (volunteers.hours.ts). Hours are never typed in by the volunteer.
import type { z } from 'zod';
import { inScope, requireAdmin, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { checkStation } from './volunteers.items.js';
import { readActivityToken, signActivityToken } from './volunteers.poster.js';
import { presentActivity } from './volunteers.presenter.js';
import type { activitiesQuery, activityBody, scanBody } from './volunteers.schemas.js';
import { requireVolunteer } from './volunteers.service.js';
import type { ActivityRow } from './volunteers.tables.js';

/** Check-in opens this long before the start. */
const EARLY_MS = 3_600_000;

type HoursStatus = 'signed' | 'checked_in' | 'checked_out' | 'confirmed' | 'rejected';

export const selectActivity = sql.raw(`select a.*, u.name as union_name, t.name as team_name, o.title as offer_title,
    s.name as station_name,
    (select count(*) from volunteer_hours h where h.activity_id = a.id and h.status <> 'rejected')::int as signed,
    (select coalesce(sum(h.hours), 0) from volunteer_hours h where h.activity_id = a.id and h.status = 'confirmed')
      as confirmed_hours
  from volunteer_activities a join unions u on u.id = a.union_id
  left join volunteer_teams t on t.id = a.team_id left join offers o on o.id = a.offer_id
  left join stations s on s.id = a.station_id`);

const scoped = (ctx: Ctx) => inScope(ctx.actor, 'volunteer.manage', sql.raw('a.union_path'));

export async function listActivities(ctx: Ctx, query: z.infer<typeof activitiesQuery>) {
  requirePermissionSomewhere(ctx.actor, 'volunteer.manage');
  const where = sql`${scoped(ctx)} ${query.unionId ? sql`and a.union_id = ${query.unionId}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectActivity} where ${where} order by a.starts_at desc, a.id desc`,
      count: sql`select 1 from volunteer_activities a where ${where}`,
    },
    (rows: ActivityRow[]) => rows.map(presentActivity),
  );
}

export async function loadActivity(ctx: Ctx, id: number): Promise<ActivityRow> {
  requireAdmin(ctx.actor);
  const [a] = await ctx.db.query<ActivityRow>(sql`${selectActivity} where a.id = ${id} and ${scoped(ctx)}`);
  if (!a) throw notFound();
  return a;
}

export async function createActivity(ctx: Ctx, body: z.infer<typeof activityBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'volunteer.manage' });
  const starts = new Date(body.startsAt);
  const ends = new Date(body.endsAt);
  if (ends <= starts || ends <= now(ctx)) throw new AppError('VOLUNTEER_ACTIVITY_TIME_INVALID', { field: 'endsAt' });
  if (body.teamId) {
    const [t] = await ctx.db.query(sql`select id from volunteer_teams where id = ${body.teamId}
      and starts_with(union_path, ${path})`);
    if (!t) throw new AppError('SERVICE_ORDER_TEAM_INVALID', { field: 'teamId' });
  }
  if (body.offerId) {
    // The places: an activity offer of this union or one above it (its members are the ones who may hold one).
    const [o] = await ctx.db.query(sql`select id from offers where id = ${body.offerId} and kind = 'activity'
      and starts_with(${path}, union_path)`);
    if (!o) throw new AppError('VOLUNTEER_ACTIVITY_OFFER_INVALID', { field: 'offerId' });
  }
  await checkStation(ctx, { stationId: body.stationId, unionPath: path, code: 'VOLUNTEER_ACTIVITY_STATION_INVALID' });
  return transaction(ctx, async (tx) => {
    const [a] = await tx.db.query<{ id: number }>(sql`insert into volunteer_activities (union_id, union_path, team_id,
        title, description, station_id, place, starts_at, ends_at, offer_id, created_by)
      values (${body.unionId}, ${path}, ${body.teamId ?? null}, ${body.title}, ${body.description ?? ''},
        ${body.stationId ?? null}, ${body.place},
        ${starts}, ${ends}, ${body.offerId ?? null}, ${admin.accountId})
      returning id`);
    const id = Number(a?.id);
    await audit(tx, {
      action: 'volunteers.activity_create',
      targetType: 'volunteer_activity',
      targetId: id,
      unionPath: path,
    });
    return presentActivity(await loadActivity(tx, id));
  });
}

/** The poster's address: the member app's scan page with the signed token (printed as a QR code by the console). */
export async function activityPoster(ctx: Ctx, id: number) {
  const a = await loadActivity(ctx, id);
  const token = signActivityToken(ctx.services.signer, { activityId: Number(a.id), version: Number(a.poster_version) });
  return { path: `/volunteer/activities/${a.id}/scan?t=${encodeURIComponent(token)}` };
}

// ---- Volunteers (member app) ----

export async function activitiesForMe(ctx: Ctx, query: { page: number; pageSize: number }) {
  const actor = requireMember(ctx.actor);
  const v = await requireVolunteer(ctx);
  const where = sql`a.status = 'published' and a.ends_at > ${now(ctx)}
    and starts_with(${actor.unionPath ?? ''}, a.union_path)`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`select x.*, h.status as mine, h.hours as my_hours from (${selectActivity} where ${where}) x
        left join volunteer_hours h on h.activity_id = x.id and h.volunteer_id = ${v.id}
        order by x.starts_at, x.id`,
      count: sql`select 1 from volunteer_activities a where ${where}`,
    },
    (rows: Array<ActivityRow & { mine: HoursStatus | null; my_hours: string | null }>) =>
      rows.map((r) => ({
        ...presentActivity(r),
        mine: r.mine,
        myHours: r.my_hours === null ? null : Number(r.my_hours),
      })),
  );
}

export async function signUp(ctx: Ctx, id: number) {
  const actor = requireMember(ctx.actor);
  const v = await requireVolunteer(ctx);
  const [a] = await ctx.db.query<ActivityRow>(sql`${selectActivity} where a.id = ${id}
    and starts_with(${actor.unionPath ?? ''}, a.union_path)`);
  if (!a) throw notFound();
  if (a.status !== 'published' || new Date(a.ends_at) <= now(ctx)) throw new AppError('VOLUNTEER_ACTIVITY_CLOSED');
  if (a.offer_id) {
    const [held] = await ctx.db.query(sql`select id from claims where offer_id = ${a.offer_id}
      and member_id = ${v.member_id} and status = 'confirmed'`);
    if (!held) throw new AppError('VOLUNTEER_PLACE_REQUIRED');
  }
  const [row] = await ctx.db.query(sql`insert into volunteer_hours (activity_id, volunteer_id, union_path)
    values (${id}, ${v.id}, ${a.union_path}) on conflict (activity_id, volunteer_id) do nothing returning id`);
  if (!row) throw new AppError('VOLUNTEER_SIGNED_UP');
  return { ok: true as const };
}

/** The activity a scanned poster names, checked against its current version. */
async function scanned(ctx: Ctx, id: number, token: string): Promise<ActivityRow> {
  const read = readActivityToken(ctx.services.signer, token);
  const [a] = await ctx.db.query<ActivityRow>(sql`${selectActivity} where a.id = ${id}`);
  if (!a || !read || read.activityId !== Number(a.id) || read.version !== Number(a.poster_version)) {
    throw new AppError('VOLUNTEER_POSTER_INVALID', { field: 'token' });
  }
  return a;
}

/** Hours to a tenth, from two moments. */
const hoursBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 360_000) / 10;

export async function checkIn(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof scanBody> }) {
  const v = await requireVolunteer(ctx);
  const a = await scanned(ctx, id, body.token);
  const at = now(ctx);
  if (
    a.status !== 'published' ||
    at.getTime() < new Date(a.starts_at).getTime() - EARLY_MS ||
    at >= new Date(a.ends_at)
  ) {
    throw new AppError('VOLUNTEER_CHECKIN_WINDOW');
  }
  const [row] = await ctx.db.query<{ status: string }>(sql`select status from volunteer_hours
    where activity_id = ${id} and volunteer_id = ${v.id}`);
  if (!row) throw new AppError('VOLUNTEER_NOT_SIGNED_UP');
  const done = await ctx.db.query(sql`update volunteer_hours set status = 'checked_in', checkin_at = ${at}
    where activity_id = ${id} and volunteer_id = ${v.id} and status = 'signed' returning id`);
  if (done.length === 0) throw new AppError('VOLUNTEER_CHECKED_IN');
  return { status: 'checked_in' as const, at: at.toISOString(), hours: null };
}

export async function checkOut(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof scanBody> }) {
  const v = await requireVolunteer(ctx);
  await scanned(ctx, id, body.token);
  const at = now(ctx);
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db.query<{ id: number; status: string; checkin_at: Date | null }>(sql`select id, status,
        checkin_at from volunteer_hours where activity_id = ${id} and volunteer_id = ${v.id} for update`);
    if (!row) throw new AppError('VOLUNTEER_NOT_SIGNED_UP');
    if (row.status !== 'checked_in' || !row.checkin_at) throw new AppError('VOLUNTEER_NOT_CHECKED_IN');
    const hours = hoursBetween(new Date(row.checkin_at), at);
    // No more than 24 hours in a China day, this activity's and the others' checked out that day together.
    const day = chinaDay(new Date(row.checkin_at));
    const [others] = await tx.db.query<{ total: string | null }>(sql`select sum(hours) as total from volunteer_hours
      where volunteer_id = ${v.id} and id <> ${row.id} and status in ('checked_out', 'confirmed')
        and (checkin_at at time zone 'Asia/Shanghai')::date = ${day}::date`);
    if (hours > 24 || hours + Number(others?.total ?? 0) > 24) throw new AppError('VOLUNTEER_HOURS_TOO_LONG');
    await tx.db.query(sql`update volunteer_hours set status = 'checked_out', checkout_at = ${at}, hours = ${hours}
      where id = ${row.id}`);
    return { status: 'checked_out' as const, at: at.toISOString(), hours };
  });
}
