import { inScope } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { idsInPath } from '../../platform/tree.js';
import { loadCalendar, slaPolicyFor } from './appeals.calendar.js';
import type { AppealRow } from './appeals.presenter.js';
import { event, eventsOf, selectAppeal, tellFiler } from './appeals.service.js';
import { type DeadlineKind, deadlineState } from './appeals.sla.js';

// ---- Escalation -------------------------------------------------------------------------------
/**
 * Moves every open case that is past a deadline to the parent union, with an event that restarts that
 * deadline there. Idempotent: a case just escalated is within its new deadline. Returns the count.
 */

export async function escalateOverdue(ctx: Ctx): Promise<number> {
  const open = await ctx.db.query<{ id: number }>(
    sql`select id from appeals where status in ('submitted', 'accepted', 'in_progress') order by id`,
  );
  const cal = await loadCalendar(ctx);
  let escalated = 0;
  for (const { id } of open) {
    escalated += await transaction(ctx, async (ctx) => {
      const [a] = await ctx.db.query<AppealRow>(sql`${selectAppeal} where a.id = ${id} for update of a`);
      if (!a || !['submitted', 'accepted', 'in_progress'].includes(a.status)) return 0;
      const events = await eventsOf(ctx, id);
      const policy = await slaPolicyFor(ctx, { unionPath: a.union_path, category: a.category });
      const at = now(ctx);
      const kinds: DeadlineKind[] = a.status === 'submitted' ? ['first_response', 'resolution'] : ['resolution'];
      const late = kinds.find((k) => deadlineState(k, events, policy, cal, at).overdue);
      if (!late) return 0;
      const ids = idsInPath(a.union_path);
      if (ids.length < 2) return 0; // the top federation has nobody above it
      const parentId = ids[ids.length - 2];
      const [parent] = await ctx.db.query<{ id: number; path: string; name: string }>(
        sql`select id, path, name from unions where id = ${parentId}`,
      );
      if (!parent) return 0;
      await ctx.db.query(sql`update appeals set union_id = ${parent.id}, union_path = ${parent.path} where id = ${id}`);
      const eventId = await event(ctx, {
        appealId: id,
        kind: 'escalated',
        detail: { deadline: late, fromUnionId: a.union_id, toUnionId: parent.id },
        unionId: parent.id,
      });
      await tellFiler(ctx, { a: { ...a, union_name: parent.name }, step: 'escalated', eventId });
      await audit(ctx, {
        action: 'appeal.escalate',
        targetType: 'appeal',
        targetId: id,
        unionId: parent.id,
        unionPath: parent.path,
        detail: { deadline: late, from: a.union_id },
      });
      return 1;
    });
  }
  return escalated;
}
/** Cases not yet accepted in the caller's subtree: the first response is what the deadline measures. */

export async function pendingAppeals(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from appeals a
    where a.status = 'submitted' and ${inScope(ctx.actor, 'case.handle', sql.raw('a.union_path'))}`);
  return row?.n ?? 0;
}
