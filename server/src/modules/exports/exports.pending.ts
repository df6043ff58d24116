// The export requests that wait for this officer's approval (the console's 待办 and menu badge): pending, in the
// officer's subtree, and asked for by someone else, since nobody approves their own export.
import { inScope } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';

export async function pendingExportRequests(ctx: Ctx): Promise<number> {
  if (ctx.actor.kind !== 'admin') return 0;
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from export_requests e
    where e.status = 'pending' and e.requested_by <> ${ctx.actor.accountId}
      and ${inScope(ctx.actor, 'member.read', sql.raw('e.union_path'))}`);
  return row?.n ?? 0;
}
