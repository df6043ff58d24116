// Tables that copy a union's materialized path (for scoped queries) register here, so a subtree move
// re-paths them in the same transaction without the unions module writing another module's tables.
import type { Ctx } from './context.js';
import { type Sql, sql } from './sql.js';

export type SubtreeMovedListener = (ctx: Ctx, oldPrefix: string, newPrefix: string) => Promise<void>;

const listeners: SubtreeMovedListener[] = [];

export function onSubtreeMoved(listener: SubtreeMovedListener): void {
  listeners.push(listener);
}

export async function notifySubtreeMoved(ctx: Ctx, oldPrefix: string, newPrefix: string): Promise<void> {
  for (const listener of listeners) await listener(ctx, oldPrefix, newPrefix);
}

/** `column` (a materialized path) lies in the subtree rooted at `prefix`: the range [prefix, prefix~). */
export const withinSubtree = (column: Sql, prefix: string): Sql =>
  sql`(${column} >= ${prefix} and ${column} < ${`${prefix}~`})`;

/** The new value of `column` after its subtree moved from `oldPrefix` to `newPrefix`. */
export const repathed = (column: Sql, oldPrefix: string, newPrefix: string): Sql =>
  sql`(${newPrefix} || substr(${column}, ${oldPrefix.length + 1}))`;

/** '/1/4/12/' → [1, 4, 12]: the ancestors of a node, top first, itself last. */
export const idsInPath = (path: string): number[] => path.split('/').filter(Boolean).map(Number);
