// The job queue as the console shows it: jobs that used up their retries, and putting one back. Jobs are the
// whole installation's, not a subtree's, so only whoever manages a root union may see or retry them.
import { can, requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { presentFailedJob } from './system.presenter.js';

/** 403 unless the caller manages a root union (the whole tree). */
export async function requireRootManager(ctx: Ctx): Promise<void> {
  const admin = requireAdmin(ctx.actor);
  const roots = await ctx.db.query<{ path: string }>(sql`select path from unions where parent_id is null`);
  if (!roots.some((r) => can(admin, 'union.manage', r.path))) throw new AppError('FORBIDDEN');
}

/** Failed jobs, for whoever may retry them (a root union's manager); 0 for everyone else. */
export async function countFailedJobs(ctx: Ctx): Promise<number> {
  if (ctx.actor.kind !== 'admin') return 0;
  const roots = await ctx.db.query<{ path: string }>(sql`select path from unions where parent_id is null`);
  if (!roots.some((r) => can(ctx.actor, 'union.manage', r.path))) return 0;
  return (await ctx.services.queue.failed(1, 0)).total;
}

export async function listFailedJobs(ctx: Ctx, { page, pageSize }: { page: number; pageSize: number }) {
  await requireRootManager(ctx);
  const { items, total } = await ctx.services.queue.failed(pageSize, (page - 1) * pageSize);
  return {
    total,
    page,
    pageSize,
    items: items.map(presentFailedJob),
  };
}

export async function retryFailedJob(ctx: Ctx, id: string) {
  await requireRootManager(ctx);
  if (!(await ctx.services.queue.retry(id))) throw notFound();
  await audit(ctx, { action: 'system.job_retry', targetType: 'job', detail: { id } });
  return { ok: true as const };
}
