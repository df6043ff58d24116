// Planner statistics on the embedded database. PostgreSQL's autovacuum re-analyzes a table once enough of it has
// changed; PGlite runs no autovacuum, so its statistics stay as the last ANALYZE left them (often: empty tables at
// migration time). Plans then go wrong as data grows: a contest's answer batch hashed every running attempt because
// the planner expected 50 of them, not 3,000. This job analyzes each table in turn, each as its own statement, so
// the event loop turns between them (platform/db.ts). On PostgreSQL it does nothing: autovacuum does it there.
import type { Ctx } from './context.js';
import { sql } from './sql.js';

export async function refreshStatistics(ctx: Ctx): Promise<number> {
  if (ctx.services.db.kind !== 'pglite') return 0;
  const tables = await ctx.services.db.query<{ name: string }>(
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  for (const { name } of tables) await ctx.services.db.query(sql`analyze ${sql.ident(name)}`);
  return tables.length;
}
