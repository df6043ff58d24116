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

/**
 * Keeps `columns` (materialized union paths) of `table` true when a subtree moves: the one listener every
 * module that copies a path registers.
 */
export function repathOnMove(table: string, columns: readonly string[] = ['union_path']): void {
  onSubtreeMoved(async (ctx, oldPrefix, newPrefix) => {
    for (const column of columns) {
      const col = sql.raw(column);
      await ctx.db.query(
        sql`update ${sql.raw(table)} set ${col} = ${repathed(col, oldPrefix, newPrefix)} where ${withinSubtree(col, oldPrefix)}`,
      );
    }
  });
}

/** '/1/4/12/' → [1, 4, 12]: the ancestors of a node, top first, itself last. */
export const idsInPath = (path: string): number[] => path.split('/').filter(Boolean).map(Number);
