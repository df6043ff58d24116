// What waits for the caller's decision, counted per kind (the console shows the counts beside its menu): each
// module declares its counts in its definition (`pending`), always within the caller's subtree.
import type { Ctx } from './context.js';

/** How many items of one kind wait for this caller (0 without the permission: never an unscoped count). */
export type PendingCount = (ctx: Ctx) => Promise<number>;

const counts = new Map<string, PendingCount>();

export function registerPending(key: string, count: PendingCount): void {
  counts.set(key, count);
}

/** Every registered count for the caller, by `<module>.<kind>`. */
export async function pendingCounts(ctx: Ctx): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) out[key] = await count(ctx);
  return out;
}
