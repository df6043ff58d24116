// Booking a room's slot. Allocation is the database's, in one statement (inside `book_room_slot`): the slot's
// `booked` counter is raised only while it is below `capacity` (a CHECK makes passing it impossible), and the booking
// row is inserted from that same update, so either both happen or neither. An exclusion constraint refuses a
// member's second booking overlapping in time (the same slot twice included). Why not the claim engine:
// docs/architecture.md, "Rooms and courts".
import type { z } from 'zod';
import { audit, auditInsert } from '../../platform/audit.js';
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
  rememberedSlot,
  rememberSlot,
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
  const slotId = body.slotId;
  const full = () => {
    memoryOf(ctx).full.set(slotId, Date.now() + FULL_MEMORY_MS);
    return new AppError('ROOM_SLOT_FULL');
  };
  // The crowd at a slot is answered from what this process learnt of it in the last second where that settles it.
  const refuseFromMemory = () => {
    if (knownFull(ctx, slotId)) throw new AppError('ROOM_SLOT_FULL');
    const known = rememberedSlot(ctx, slotId);
    const early = known && slotRefusal(known, now(ctx));
    if (early) throw early === 'full' ? full() : errorOf(early, known);
  };
  refuseFromMemory();
  return inTurn(ctx, {
    slotId,
    task: async () => {
      refuseFromMemory();
      return takePlace(ctx, { slotId, memberId: me.memberId, note: body.note ?? '', full });
    },
  });
}

type Outcome = 'gone' | 'past' | 'not_released' | 'closed' | 'full' | 'blocked' | 'limit' | 'booked';

/** Why a slot as read refuses any booking now, in `book_room_slot`'s order, or null. */
function slotRefusal(slot: BookableSlot, at: Date): 'past' | 'not_released' | 'closed' | 'full' | null {
  if (slot.starts_at <= at) return 'past';
  if (slot.opens_at > at) return 'not_released';
  if (slot.status !== 'open') return 'closed';
  if (slot.booked >= slot.capacity) return 'full';
  return null;
}

function errorOf(outcome: Exclude<Outcome, 'booked' | 'gone' | 'full'>, slot: BookableSlot, row?: BookingOutcome) {
  switch (outcome) {
    case 'past':
      return new AppError('ROOM_SLOT_PAST');
    case 'not_released':
      return new AppError('ROOM_SLOT_NOT_RELEASED', { at: isoMinute(slot.opens_at) });
    case 'closed':
      return new AppError('ROOM_SLOT_CLOSED');
    case 'limit':
      return new AppError('ROOM_BOOKING_LIMIT', { n: slot.per_member_limit });
    case 'blocked': {
      const last = row?.last_no_show ?? slot.starts_at;
      const until = new Date(last.getTime() + NO_SHOW_BLOCK_DAYS * DAY_MS);
      return new AppError('ROOM_BOOKING_BLOCKED', { until: isoMinute(until), n: row?.no_shows ?? NO_SHOW_LIMIT });
    }
  }
}

/**
 * Books in one call to the database (`book_room_slot`, in this module's migrations), with the audit row written by
 * the same statement. At a slot's release the crowd behind it waits for each winner's booking, so a winner costs one
 * round trip: the function reads the slot, checks it, takes the member's advisory lock, checks the no-show pause and
 * the per-room limit, and takes the place.
 */
async function takePlace(
  ctx: Ctx,
  { slotId, memberId, note, full }: { slotId: number; memberId: number; note: string; full: () => AppError },
) {
  const at = now(ctx);
  let row: BookingOutcome | undefined;
  try {
    [row] = await ctx.db.query<BookingOutcome>(sql`with outcome as materialized (
        select * from book_room_slot(${slotId}::bigint, ${memberId}::bigint, ${at}::timestamptz, ${note}::text,
          ${new Date(at.getTime() - NO_SHOW_WINDOW_DAYS * DAY_MS)}::timestamptz, ${NO_SHOW_LIMIT}::int,
          ${new Date(at.getTime() - NO_SHOW_BLOCK_DAYS * DAY_MS)}::timestamptz)),
      audited as (${auditInsert(
        ctx,
        { action: 'station.booking.create', targetType: 'room_booking' },
        { from: sql`outcome where outcome.outcome = 'booked'`, targetId: sql`outcome.booking_id::text` },
      )})
      select * from outcome`);
  } catch (error) {
    // 23P01: the exclusion constraint, a booking of mine overlapping this one (or this very slot again).
    if ((error as { code?: string }).code === '23P01') {
      const [same] = await ctx.db.query(sql`select 1 from room_bookings where slot_id = ${slotId}
        and member_id = ${memberId} and status in ('pending', 'confirmed')`);
      throw new AppError(same ? 'ROOM_BOOKING_TWICE' : 'ROOM_BOOKING_OVERLAP');
    }
    throw error;
  }
  if (!row || row.outcome === 'gone') throw notFound();
  const slot: BookableSlot = row;
  rememberSlot(ctx, slot);
  if (row.outcome === 'full') throw full();
  if (row.outcome !== 'booked') throw errorOf(row.outcome, slot, row);
  // The last place went to this booking: the next ones are refused from memory.
  if (row.last_place) await whenCommitted(ctx, async () => void full());
  // The booking as inserted: the slot's times, the room's and station's as the function read them.
  const booking: BookingRow = {
    id: Number(row.booking_id),
    slot_id: Number(slot.id),
    room_id: Number(slot.room_id),
    room_name: slot.room_name,
    station_id: Number(slot.station_id),
    station_name: slot.station_name,
    union_path: slot.union_path,
    member_id: memberId,
    starts_at: slot.starts_at,
    ends_at: slot.ends_at,
    status: slot.needs_approval ? 'pending' : 'confirmed',
    note,
    created_at: at,
    checked_in_at: null,
    cancel_hours: slot.cancel_hours,
    reviewed: false,
  };
  return presentBooking(ctx.actor, booking, at);
}

/** What `book_room_slot` answers: the outcome, the booking's id, and the slot as read (absent when 'gone'). */
type BookingOutcome = BookableSlot & {
  outcome: Outcome;
  booking_id: number | null;
  last_place: boolean | null;
  no_shows: number | null;
  last_no_show: Date | null;
};

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
