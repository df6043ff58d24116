// What a process remembers of room slots while members book them (stations.bookings.ts). Memory only ever refuses
// or delays; a place is only ever taken by the database.
import type { Ctx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import type { SlotRow } from './stations.presenter.js';

// What a process remembers of slots, per app (tests run several in one process): that a slot was found full, for
// one second, so the crowd after the last place is answered without queueing behind the winners; and the booking
// of each slot in flight, so one slot's bookings are decided one after another here and those waiting behind the
// last place are refused from memory. A place is only ever taken by the database (the statement below).
export type BookableSlot = SlotRow & { per_member_limit: number; needs_approval: boolean; union_path: string };
interface SlotMemory {
  full: Map<number, number>;
  queues: Map<number, Promise<unknown>>;
  /**
   * A slot's row as read for booking, for one second, shared by the crowd that arrives at its release: one read
   * instead of one per member. What it decides early (released, not past, open, not full) the taking statement
   * checks again where it can change (open, not full); when it opens and starts never change.
   */
  rows: Map<number, { until: number; row: Promise<BookableSlot | undefined> }>;
}
const memories = new WeakMap<object, SlotMemory>();
export const FULL_MEMORY_MS = 1000;
const ROW_MEMORY_MS = 1000;

export function memoryOf(ctx: Ctx): SlotMemory {
  let m = memories.get(ctx.services);
  if (!m) {
    m = { full: new Map(), queues: new Map(), rows: new Map() };
    memories.set(ctx.services, m);
  }
  return m;
}

export function slotForBooking(ctx: Ctx, slotId: number): Promise<BookableSlot | undefined> {
  const m = memoryOf(ctx);
  const kept = m.rows.get(slotId);
  if (kept && kept.until > Date.now()) return kept.row;
  const row = ctx.db
    .query<BookableSlot>(sql`select sl.*, r.per_member_limit, r.needs_approval, s.union_path from room_slots sl
      join station_rooms r on r.id = sl.room_id join stations s on s.id = sl.station_id
      where sl.id = ${slotId} and r.status = 'active' and s.status = 'active'`)
    .then((rows) => rows[0]);
  m.rows.set(slotId, { until: Date.now() + ROW_MEMORY_MS, row });
  // A failed read is not remembered.
  row.catch(() => m.rows.delete(slotId));
  return row;
}
export const knownFull = (ctx: Ctx, slotId: number) => (memoryOf(ctx).full.get(slotId) ?? 0) > Date.now();

/** Runs `task` after the slot's booking in flight (if any) has finished. */
export function inTurn<T>(ctx: Ctx, { slotId, task }: { slotId: number; task: () => Promise<T> }): Promise<T> {
  const m = memoryOf(ctx);
  const before = m.queues.get(slotId) ?? Promise.resolve();
  const mine = before.then(task, task);
  const tail = mine.catch(() => undefined);
  m.queues.set(slotId, tail);
  void tail.then(() => {
    if (m.queues.get(slotId) === tail) m.queues.delete(slotId);
  });
  return mine;
}

/** A slot changed here (a place given back, the slot closed): what was remembered of it is forgotten. */
export function forgetSlot(ctx: Ctx, slotId: number): void {
  const m = memoryOf(ctx);
  m.full.delete(slotId);
  m.rows.delete(slotId);
}
