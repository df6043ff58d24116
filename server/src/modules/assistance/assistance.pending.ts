// Hardship applications that wait for a decision in this officer's subtree (the console's 待办 and menu badge):
// submitted ones wait for a proposed amount, proposed ones for approval.
import { inScope } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';

export async function pendingAssistance(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from assistance_applications a
    where a.status in ('submitted', 'proposed')
      and ${inScope(ctx.actor, 'assistance.handle', sql.raw('a.union_path'))}`);
  return row?.n ?? 0;
}
