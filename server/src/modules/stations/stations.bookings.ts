// Booking a room's slot. Allocation is the database's, in one statement: the slot's `booked` counter is raised only
// while it is below `capacity` (a CHECK makes passing it impossible), and the booking row is inserted from that same
// update, so either both happen or neither. An exclusion constraint refuses a member's second booking overlapping in
// time (the same slot twice included). Why not the claim engine: docs/architecture.md, "Rooms and courts".
import type { z } from 'zod';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction, whenCommitted } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { stationFor } from './stations.access.js';
import { type BookingRow, presentBooking } from './stations.presenter.js';
import { dayRange } from './stations.rooms.js';
import type { bookingBody, bookingsQuery, rejectBody } from './stations.schemas.js';
import {
  type BookableSlot,
  FULL_MEMORY_MS,
  forgetSlot,
  inTurn,
  knownFull,
  memoryOf,
  slotForBooking,
} from './stations.slot-memory.js';
import { memberOf } from './stations.visits.js';

const DAY_MS = 86_400_000;
/** Three no-shows within 30 days block booking for 14 days from the last one. */
export const NO_SHOW_LIMIT = 3;
export const NO_SHOW_WINDOW_DAYS = 30;
export const NO_SHOW_BLOCK_DAYS = 14;

const selectBooking = sql.raw(`select b.*, r.name as room_name, r.cancel_hours, s.name as station_name,
    exists (select 1 from station_reviews v where v.booking_id = b.id) as reviewed
  from room_bookings b join station_rooms r on r.id = b.room_id join stations s on s.id = b.station_id`);

/** A moment as China time, 'YYYY-MM-DD HH:mm', for messages. */
const isoMinute = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export async function book(ctx: Ctx, body: z.infer<typeof bookingBody>) {
  const me = memberOf(ctx);
  const at = now(ctx);
  const memory = memoryOf(ctx);
  if (knownFull(ctx, body.slotId)) throw new AppError('ROOM_SLOT_FULL');
  const slot = await slotForBooking(ctx, body.slotId);
  if (!slot) throw notFound();
  if (slot.starts_at <= at) throw new AppError('ROOM_SLOT_PAST');
  if (slot.opens_at > at) throw new AppError('ROOM_SLOT_NOT_RELEASED', { at: isoMinute(slot.opens_at) });
  if (slot.status !== 'open') throw new AppError('ROOM_SLOT_CLOSED');
  const full = () => {
    memory.full.set(Number(slot.id), Date.now() + FULL_MEMORY_MS);
    return new AppError('ROOM_SLOT_FULL');
  };
  if (slot.booked >= slot.capacity) throw full();
  return inTurn(ctx, {
    slotId: Number(slot.id),
    task: async () => {
      if (knownFull(ctx, Number(slot.id))) throw new AppError('ROOM_SLOT_FULL');
      return takePlace(ctx, { slot, memberId: me.memberId, note: body.note ?? '', full });
    },
  });
}

async function takePlace(
  ctx: Ctx,
  {
    slot,
    memberId,
    note,
    full,
  }: {
    slot: BookableSlot;
    memberId: number;
    note: string;
    full: () => AppError;
  },
) {
  const me = { memberId };
  const at = now(ctx);
  try {
    return await transaction(ctx, async (tx) => {
      // One member's bookings are decided one at a time, so the per-member limit holds under double clicks.
      await tx.db.query(sql`select pg_advisory_xact_lock(7002, ${me.memberId}::int)`);
      const [noShows] = await tx.db.query<{ n: number; last: Date | null }>(sql`select count(*)::int as n,
          max(starts_at) as last
        from room_bookings where member_id = ${me.memberId} and status = 'no_show'
          and starts_at > ${new Date(at.getTime() - NO_SHOW_WINDOW_DAYS * DAY_MS)}`);
      if (noShows && noShows.n >= NO_SHOW_LIMIT && noShows.last) {
        const until = new Date(noShows.last.getTime() + NO_SHOW_BLOCK_DAYS * DAY_MS);
        if (until > at) throw new AppError('ROOM_BOOKING_BLOCKED', { until: isoMinute(until), n: noShows.n });
      }
      const [held] = await tx.db.query<{ n: number }>(sql`select count(*)::int as n from room_bookings
        where member_id = ${me.memberId} and room_id = ${slot.room_id} and status in ('pending', 'confirmed')
          and ends_at > ${at}`);
      if ((held?.n ?? 0) >= slot.per_member_limit)
        throw new AppError('ROOM_BOOKING_LIMIT', { n: slot.per_member_limit });
      const status = slot.needs_approval ? 'pending' : 'confirmed';
      const [row] = await tx.db.query<{ id: number; last: boolean }>(sql`with taken as (
          update room_slots set booked = booked + 1
          where id = ${slot.id} and status = 'open' and booked < capacity
          returning id, room_id, station_id, starts_at, ends_at, booked >= capacity as last),
        booking as (
          insert into room_bookings (slot_id, room_id, station_id, union_path, member_id, starts_at, ends_at,
            status, note, created_at)
          select id, room_id, station_id, ${slot.union_path}, ${me.memberId}, starts_at, ends_at, ${status},
            ${note}, ${at}
          from taken returning id)
        select booking.id, taken.last from booking, taken`);
      if (!row) throw full();
      // The last place went to this booking: the next ones are refused from memory (a failed commit forgets it).
      if (row.last) whenCommitted(tx, async () => void full());
      await audit(tx, { action: 'station.booking.create', targetType: 'room_booking', targetId: Number(row.id) });
      const [b] = await tx.db.query<BookingRow>(sql`${selectBooking} where b.id = ${row.id}`);
      return presentBooking(tx.actor, b as BookingRow, now(tx));
    });
  } catch (error) {
    // 23P01: the exclusion constraint, a booking of mine overlapping this one (or this very slot again).
    if ((error as { code?: string }).code === '23P01') {
      const [same] = await ctx.db.query(sql`select 1 from room_bookings where slot_id = ${slot.id}
        and member_id = ${me.memberId} and status in ('pending', 'confirmed')`);
      throw new AppError(same ? 'ROOM_BOOKING_TWICE' : 'ROOM_BOOKING_OVERLAP');
    }
    throw error;
  }
}

async function releasePlace(ctx: Ctx, b: BookingRow) {
  await ctx.db.query(sql`update room_slots set booked = booked - 1 where id = ${b.slot_id}`);
  forgetSlot(ctx, Number(b.slot_id));
}

export async function cancelBooking(ctx: Ctx, id: number) {
  const me = memberOf(ctx);
  return transaction(ctx, async (tx) => {
    const [b] = await tx.db.query<BookingRow>(sql`${selectBooking} where b.id = ${id} for update of b`);
    if (!b || Number(b.member_id) !== me.memberId) throw notFound();
    if (b.status !== 'pending' && b.status !== 'confirmed') throw new AppError('ROOM_BOOKING_NOT_LIVE');
    const until = new Date(b.starts_at.getTime() - b.cancel_hours * 3_600_000);
    if (now(tx) > until) throw new AppError('ROOM_CANCEL_TOO_LATE', { until: isoMinute(until) });
    await tx.db.query(sql`update room_bookings set status = 'cancelled', decided_at = ${now(tx)} where id = ${id}`);
    await releasePlace(tx, b);
    const [after] = await tx.db.query<BookingRow>(sql`${selectBooking} where b.id = ${id}`);
    return presentBooking(tx.actor, after as BookingRow, now(tx));
  });
}

export async function myBookings(ctx: Ctx, query: z.infer<typeof bookingsQuery>) {
  const me = memberOf(ctx);
  const at = now(ctx);
  const where = sql`b.member_id = ${me.memberId} and (${query.status ?? null}::text is null
    or b.status = ${query.status ?? null})`;
  return paginate<BookingRow, ReturnType<typeof presentBooking>>(
    ctx,
    query,
    {
      rows: sql`${selectBooking} where ${where} order by b.starts_at desc, b.id desc`,
      count: sql`select 1 from room_bookings b where ${where}`,
    },
    (rows) => rows.map((b) => presentBooking(ctx.actor, b, at)),
  );
}

export async function stationBookings(
  ctx: Ctx,
  { stationId, ...query }: { stationId: number } & z.infer<typeof bookingsQuery>,
) {
  await stationFor(ctx, { id: stationId, need: 'operate' });
  const at = now(ctx);
  const range = query.day ? dayRange(query.day) : null;
  const where = sql`b.station_id = ${stationId}
    and (${query.status ?? null}::text is null or b.status = ${query.status ?? null})
    and (${range === null ? at : null}::timestamptz is null or b.ends_at >= ${at})
    and (${range?.from ?? null}::timestamptz is null or (b.starts_at >= ${range?.from ?? null}
      and b.starts_at < ${range?.to ?? null}))`;
  return paginate<BookingRow, ReturnType<typeof presentBooking>>(
    ctx,
    query,
    {
      rows: sql`select b.*, r.name as room_name, r.cancel_hours, s.name as station_name, m.name as member_name,
          false as reviewed
        from room_bookings b join station_rooms r on r.id = b.room_id join stations s on s.id = b.station_id
        join members m on m.id = b.member_id
        where ${where} order by b.starts_at, b.id`,
      count: sql`select 1 from room_bookings b where ${where}`,
    },
    (rows) => rows.map((b) => presentBooking(ctx.actor, b, at)),
  );
}

const decisionAction = {
  approve: 'station.booking.approve',
  reject: 'station.booking.reject',
  checkIn: 'station.booking.check_in',
} as const;

/** A manager's decision on a booking: approve or reject (freeing the place), or check the member in. */
export async function decideBooking(
  ctx: Ctx,
  {
    id,
    decision,
    reason,
  }: { id: number; decision: 'approve' | 'reject' | 'checkIn'; reason?: z.infer<typeof rejectBody>['reason'] },
) {
  const [found] = await ctx.db.query<{ station_id: number }>(
    sql`select station_id from room_bookings where id = ${id}`,
  );
  if (!found) throw notFound();
  await stationFor(ctx, { id: Number(found.station_id), need: 'operate' });
  return transaction(ctx, async (tx) => {
    const [b] = await tx.db.query<BookingRow>(sql`select b.*, r.name as room_name, r.cancel_hours,
        s.name as station_name, m.name as member_name, false as reviewed
      from room_bookings b join station_rooms r on r.id = b.room_id join stations s on s.id = b.station_id
      join members m on m.id = b.member_id where b.id = ${id} for update of b`);
    const booking = b as BookingRow;
    const allowed = presentBooking(tx.actor, booking, now(tx)).actions;
    if (!allowed.includes(decision)) throw new AppError('ROOM_BOOKING_WRONG_STATE');
    const at = now(tx);
    const by = ctx.actor.kind === 'admin' ? ctx.actor.accountId : null;
    if (decision === 'approve')
      await tx.db.query(sql`update room_bookings set status = 'confirmed', decided_at = ${at}, decided_by = ${by}
        where id = ${id}`);
    if (decision === 'reject') {
      await tx.db.query(sql`update room_bookings set status = 'rejected', decided_at = ${at}, decided_by = ${by},
          note = ${reason ?? ''} where id = ${id}`);
      await releasePlace(tx, booking);
    }
    if (decision === 'checkIn')
      await tx.db.query(sql`update room_bookings set status = 'attended', checked_in_at = ${at}, decided_by = ${by}
        where id = ${id}`);
    await audit(tx, { action: decisionAction[decision], targetType: 'room_booking', targetId: id });
    const [after] = await tx.db.query<BookingRow>(sql`select b.*, r.name as room_name, r.cancel_hours,
        s.name as station_name, m.name as member_name, false as reviewed
      from room_bookings b join station_rooms r on r.id = b.room_id join stations s on s.id = b.station_id
      join members m on m.id = b.member_id where b.id = ${id}`);
    return presentBooking(tx.actor, after as BookingRow, now(tx));
  });
}
