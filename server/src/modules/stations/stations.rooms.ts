// Rooms and courts booked by time slot. A room's opening rule (weekdays, daily span, slot length) is turned into
// slot rows for the booking horizon; each day's slots are released `horizon_days` ahead at the room's release time.
//
// Booking them is stations.bookings.ts.
import type { z } from 'zod';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { stationFor } from './stations.access.js';
import { chinaMoment } from './stations.hours.js';
import { CHECKIN_LATE_MS } from './stations.policy.js';
import { presentRoom, presentSlot, type RoomRow, type SlotRow } from './stations.presenter.js';
import type { roomBody, slotsQuery } from './stations.schemas.js';
import { forgetSlot } from './stations.slot-memory.js';
import { memberOf } from './stations.visits.js';

const DAY_MS = 86_400_000;

const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
/** The instant of a China-time minute of a China calendar day ('YYYY-MM-DD'). */
const chinaInstant = (day: string, minute: number) => new Date(Date.parse(`${day}T00:00:00+08:00`) + minute * 60_000);

/** Slot rows for the room's days from today to the horizon (the next day included, so tomorrow's release exists). */
export async function generateSlots(ctx: Ctx, room: RoomRow): Promise<number> {
  const today = chinaMoment(now(ctx)).day;
  const starts: Date[] = [];
  const ends: Date[] = [];
  const opens: Date[] = [];
  for (let d = 0; d <= room.horizon_days + 1; d++) {
    const day = chinaMoment(new Date(Date.parse(`${today}T12:00:00+08:00`) + d * DAY_MS));
    if (!room.weekdays.includes(day.weekday)) continue;
    const release = new Date(chinaInstant(day.day, minuteOf(room.release_time)).getTime() - room.horizon_days * DAY_MS);
    for (let m = minuteOf(room.day_opens); m + room.slot_minutes <= minuteOf(room.day_closes); m += room.slot_minutes) {
      starts.push(chinaInstant(day.day, m));
      ends.push(chinaInstant(day.day, m + room.slot_minutes));
      opens.push(release);
    }
  }
  if (starts.length === 0) return 0;
  const added = await ctx.db.query(sql`insert into room_slots (room_id, station_id, starts_at, ends_at, opens_at,
      capacity)
    select ${room.id}, ${room.station_id}, s, e, o, ${room.capacity}
    from unnest(${starts}::timestamptz[], ${ends}::timestamptz[], ${opens}::timestamptz[]) as t(s, e, o)
    on conflict (room_id, starts_at) do nothing returning id`);
  return added.length;
}

/** The daily job: every active room's slots up to its horizon. */
export async function generateAllSlots(ctx: Ctx): Promise<number> {
  const rooms = await ctx.db.query<RoomRow>(sql`select r.* from station_rooms r join stations s on s.id = r.station_id
    where r.status = 'active' and s.status = 'active'`);
  let n = 0;
  for (const room of rooms) n += await generateSlots(ctx, room);
  return n;
}

/** The job behind no-show tracking: confirmed bookings nobody checked in, once check-in has closed. */
export async function markNoShows(ctx: Ctx): Promise<number> {
  const rows = await ctx.db.query(sql`update room_bookings set status = 'no_show', decided_at = ${now(ctx)}
    where status = 'confirmed' and ends_at < ${new Date(now(ctx).getTime() - CHECKIN_LATE_MS)} returning id`);
  return rows.length;
}

export async function createRoom(ctx: Ctx, { stationId, ...body }: { stationId: number } & z.infer<typeof roomBody>) {
  await stationFor(ctx, { id: stationId, need: 'operate' });
  if (minuteOf(body.dayCloses) <= minuteOf(body.dayOpens))
    throw new AppError('STATION_HOURS_BACKWARDS', { field: 'dayCloses', open: body.dayOpens, close: body.dayCloses });
  if (minuteOf(body.dayCloses) - minuteOf(body.dayOpens) < body.slotMinutes)
    throw new AppError('ROOM_SPAN_TOO_SHORT', { field: 'slotMinutes' });
  return transaction(ctx, async (tx) => {
    const [room] = await tx.db.query<RoomRow>(sql`insert into station_rooms (station_id, name, capacity, slot_minutes,
        weekdays, day_opens, day_closes, horizon_days, release_time, per_member_limit, cancel_hours, needs_approval)
      values (${stationId}, ${body.name}, ${body.capacity}, ${body.slotMinutes}, ${[...new Set(body.weekdays)]}::int[],
        ${body.dayOpens}, ${body.dayCloses}, ${body.horizonDays}, ${body.releaseTime}, ${body.perMemberLimit},
        ${body.cancelHours}, ${body.needsApproval})
      returning *`);
    await generateSlots(tx, room as RoomRow);
    await audit(tx, { action: 'station.room.create', targetType: 'station', targetId: stationId });
    return presentRoom(room as RoomRow);
  });
}

export async function listRooms(ctx: Ctx, stationId: number) {
  await stationFor(ctx, { id: stationId, need: 'operate' });
  const rows = await ctx.db.query<RoomRow>(
    sql`select * from station_rooms where station_id = ${stationId} order by id`,
  );
  return { items: rows.map(presentRoom) };
}

export const dayRange = (day: string) => {
  const from = new Date(`${day}T00:00:00+08:00`);
  return { from, to: new Date(from.getTime() + DAY_MS) };
};

/** A room's slots of one day, as a member sees them (with their own live booking of each). */
export async function memberSlots(ctx: Ctx, { roomId, day }: { roomId: number } & z.infer<typeof slotsQuery>) {
  const me = memberOf(ctx);
  const [room] = await ctx.db.query<{ id: number }>(sql`select r.id from station_rooms r
    join stations s on s.id = r.station_id where r.id = ${roomId} and r.status = 'active' and s.status = 'active'`);
  if (!room) throw notFound();
  const { from, to } = dayRange(day);
  const rows = await ctx.db.query<SlotRow>(sql`select sl.*, (select b.id from room_bookings b where b.slot_id = sl.id
      and b.member_id = ${me.memberId} and b.status in ('pending', 'confirmed', 'attended') limit 1) as mine
    from room_slots sl where sl.room_id = ${roomId} and sl.starts_at >= ${from} and sl.starts_at < ${to}
    order by sl.starts_at`);
  const at = now(ctx);
  return { items: rows.map((s) => presentSlot(s, at)) };
}

/** The console's view of a room's day. */
export async function roomSlots(ctx: Ctx, { roomId, day }: { roomId: number } & z.infer<typeof slotsQuery>) {
  const [room] = await ctx.db.query<{ station_id: number }>(sql`select station_id from station_rooms
    where id = ${roomId}`);
  if (!room) throw notFound();
  await stationFor(ctx, { id: Number(room.station_id), need: 'operate' });
  const { from, to } = dayRange(day);
  const rows = await ctx.db.query<SlotRow>(sql`select * from room_slots where room_id = ${roomId}
    and starts_at >= ${from} and starts_at < ${to} order by starts_at`);
  const at = now(ctx);
  return { items: rows.map((s) => presentSlot(s, at)) };
}

/** Closing a slot (maintenance): nobody can book it any more; existing bookings stand. */
export async function closeSlot(ctx: Ctx, slotId: number) {
  const [slot] = await ctx.db.query<SlotRow>(sql`select * from room_slots where id = ${slotId}`);
  if (!slot) throw notFound();
  await stationFor(ctx, { id: Number(slot.station_id), need: 'operate' });
  await ctx.db.query(sql`update room_slots set status = 'closed' where id = ${slotId}`);
  forgetSlot(ctx, slotId);
  await audit(ctx, { action: 'station.slot.close', targetType: 'room_slot', targetId: slotId });
  const [after] = await ctx.db.query<SlotRow>(sql`select * from room_slots where id = ${slotId}`);
  return presentSlot(after as SlotRow, now(ctx));
}
