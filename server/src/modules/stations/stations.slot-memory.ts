// What a process remembers of room slots while members book them (stations.bookings.ts). Memory only ever refuses
// or delays; a place is only ever taken by the database.
import type { Ctx } from '../../platform/context.js';
import type { SlotRow } from './stations.presenter.js';

/** A slot as `book_room_slot` read it, with what booking needs of its room and station. */
export type BookableSlot = SlotRow & {
  per_member_limit: number;
  needs_approval: boolean;
  union_path: string;
  room_name: string;
  cancel_hours: number;
  station_name: string;
};

// What a process remembers of slots, per app (tests run several in one process): that a slot was found full, for
// one second, so the crowd after the last place is answered without queueing behind the winners; the booking of
// each slot in flight, so one slot's bookings are decided one after another here and those waiting behind the last
// place are refused from memory; and the slot as the last booking call read it, for one second, so the crowd
// arriving before its release (or after it began, or once it closed) is refused without a call each. What that
// row decides early (released, not past, open, not full) the booking call checks again.
interface SlotMemory {
  full: Map<number, number>;
  queues: Map<number, Promise<unknown>>;
  rows: Map<number, { until: number; row: BookableSlot }>;
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

/** The slot as a booking call read it within the last second, if one did. */
export function rememberedSlot(ctx: Ctx, slotId: number): BookableSlot | undefined {
  const kept = memoryOf(ctx).rows.get(slotId);
  return kept && kept.until > Date.now() ? kept.row : undefined;
}

export function rememberSlot(ctx: Ctx, row: BookableSlot): void {
  memoryOf(ctx).rows.set(Number(row.id), { until: Date.now() + ROW_MEMORY_MS, row });
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
