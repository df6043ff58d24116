// The reviewer (AS-22): the one officer who may reveal the case's sensitive data.
import { authorize, requirePermissionSomewhere, rolePermissions } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { assistancePolicy } from './assistance.policy.js';
import { applicationView, event, load } from './assistance.records.js';

/** Active accounts that handle assistance for the case's union (a grant on it or a federation above). */
export async function reviewerCandidates(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  const a = await load(ctx, { id });
  authorize(assistancePolicy, ctx.actor, 'assign', a);
  return { items: await candidatesFor(ctx, a.union_path) };
}

async function candidatesFor(ctx: Ctx, unionPath: string) {
  const roles = Object.entries(rolePermissions)
    .filter(([, permissions]) => permissions.includes('assistance.handle'))
    .map(([role]) => role);
  const rows = await ctx.db.query<{ id: number; username: string; display_name: string; union_name: string }>(sql`
    select distinct on (a.id) a.id, a.username, a.display_name, u.name as union_name
    from accounts a join role_grants g on g.account_id = a.id join unions u on u.id = g.union_id
    where not a.disabled and g.role = any(${roles}::text[]) and starts_with(${unionPath}, u.path)
    order by a.id, length(u.path) desc`);
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, unionName: r.union_name }));
}

export async function assignReviewer(ctx: Ctx, { id, accountId }: { id: number; accountId: number }) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, { id, forUpdate: true });
    authorize(assistancePolicy, ctx.actor, 'assign', a);
    const reviewer = (await candidatesFor(ctx, a.union_path)).find((c) => c.id === accountId);
    if (!reviewer) throw new AppError('ASSISTANCE_REVIEWER_INVALID', { field: 'accountId' });
    if (a.reviewer_id !== accountId) {
      await ctx.db.query(sql`update assistance_applications set reviewer_id = ${accountId}, updated_at = ${now(ctx)}
        where id = ${id}`);
      // The history says a reviewer was assigned; who it is stays with the officers (the presenter).
      await event(ctx, { applicationId: id, kind: 'reviewer_assigned', detail: {} });
      await audit(ctx, {
        action: 'assistance.assign_reviewer',
        targetType: 'assistance',
        targetId: id,
        unionPath: a.union_path,
        before: { reviewerId: a.reviewer_id },
        after: { reviewerId: accountId },
      });
    }
    return applicationView(ctx, { r: await load(ctx, { id }), full: false });
  });
}
