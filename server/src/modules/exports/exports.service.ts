// Export requests (PI-15): a bulk export of personal data is asked for with a reason, approved by a second
// officer who may read the same union subtree, and downloaded once by the requester within a day, as a file
// whose first line names the request, the requester and the approver. Small exports stay direct.
import { authorize, inScope, requireAdmin, scopePaths } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { wholeIdentifier } from '../../platform/identifiers.js';
import { sql } from '../../platform/sql.js';
import { countMembers, exportMembers, type MemberFilters } from '../members/members.service.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { type ExportRow, exportPolicy, mine } from './exports.policy.js';
import { present } from './exports.presenter.js';

const selectExport = sql.raw(`select e.*, u.name as union_name, ra.display_name as requester,
    da.display_name as decider
  from export_requests e join unions u on u.id = e.union_id join accounts ra on ra.id = e.requested_by
  left join accounts da on da.id = e.decided_by`);

async function load(ctx: Ctx, id: number, forUpdate = false) {
  const admin = requireAdmin(ctx.actor);
  const [row] = await ctx.db.query<ExportRow>(
    sql`${selectExport} where e.id = ${id}${sql.raw(forUpdate ? ' for update of e' : '')}`,
  );
  if (!row || !exportPolicy(now(ctx)).read?.(admin, row)) throw notFound();
  return row;
}

export async function createExportRequest(
  ctx: Ctx,
  input: { kind: 'members'; filters: MemberFilters; reason: string },
) {
  const admin = requireAdmin(ctx.actor);
  // The subtree the export covers: the chosen union, or the caller's only one.
  // The filters are stored and shown to the approver: a whole phone or ID number has no place in them.
  if (input.filters.q && wholeIdentifier(input.filters.q)) {
    throw new AppError('SEARCH_WHOLE_IDENTIFIER', { field: 'filters.q' });
  }
  let unionId = input.filters.unionId;
  if (!unionId) {
    const roots = scopePaths(admin, 'member.read');
    if (roots.length === 0) throw new AppError('FORBIDDEN');
    const grant = admin.grants.find((g) => g.unionPath === roots[0]);
    if (roots.length > 1 || !grant) throw new AppError('EXPORT_CHOOSE_UNION', { field: 'filters.unionId' });
    unionId = grant.unionId;
  }
  const unionPath = await unionPathFor(ctx, { unionId, permission: 'member.read' });
  // The union is written into the filters: the download exports what was approved, even if the requester
  // has been given more unions since.
  const filters = { ...input.filters, unionId };
  const rowCount = await countMembers(ctx, filters);
  return transaction(ctx, async (ctx) => {
    const [row] = await ctx.db.query<{ id: number }>(sql`
      insert into export_requests (kind, filters, row_count, union_id, union_path, reason, requested_by)
      values (${input.kind}, ${JSON.stringify(filters)}::jsonb, ${rowCount}, ${unionId}, ${unionPath},
        ${input.reason}, ${admin.accountId})
      returning id`);
    const id = row?.id as number;
    await audit(ctx, {
      action: 'export.request',
      targetType: 'export_request',
      targetId: id,
      unionId,
      unionPath,
      detail: { kind: input.kind, filters, rows: rowCount, reason: input.reason },
    });
    return present(ctx, await load(ctx, id));
  });
}

/** The caller's own requests and those it may decide, newest first. */
export async function listExportRequests(ctx: Ctx, q: { page: number; pageSize: number }) {
  const admin = requireAdmin(ctx.actor);
  const where = sql`(e.requested_by = ${admin.accountId} or ${inScope(admin, 'member.read', sql.raw('e.union_path'))})`;
  const rows = await ctx.db.query<ExportRow>(sql`${selectExport} where ${where}
    order by (e.status = 'pending') desc, e.id desc limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
  const [count] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::int as n from export_requests e where ${where}`,
  );
  return { items: rows.map((r) => present(ctx, r)), total: count?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

async function decide(ctx: Ctx, id: number, action: 'approve' | 'refuse', reason: string | null) {
  const admin = requireAdmin(ctx.actor);
  return transaction(ctx, async (ctx) => {
    const r = await load(ctx, id, true);
    authorize(exportPolicy(now(ctx)), admin, action, r);
    await ctx.db.query(sql`update export_requests set status = ${action === 'approve' ? 'approved' : 'refused'},
      decided_by = ${admin.accountId}, decided_at = ${now(ctx)}, refusal_reason = ${reason} where id = ${id}`);
    await audit(ctx, {
      action: `export.${action}`,
      targetType: 'export_request',
      targetId: id,
      unionId: r.union_id,
      unionPath: r.union_path,
      detail: reason ? { reason } : undefined,
    });
    return present(ctx, await load(ctx, id));
  });
}

export const approveExportRequest = (ctx: Ctx, id: number) => decide(ctx, id, 'approve', null);
export const refuseExportRequest = (ctx: Ctx, { id, reason }: { id: number; reason: string }) =>
  decide(ctx, id, 'refuse', reason);

/** The approved export, once: its filters re-applied within the requester's scope now, with a watermark. */
export async function downloadExport(ctx: Ctx, id: number) {
  const admin = requireAdmin(ctx.actor);
  return transaction(ctx, async (ctx) => {
    const r = await load(ctx, id, true);
    if (!exportPolicy(now(ctx)).download?.(admin, r)) {
      if (!mine(admin, r)) throw new AppError('FORBIDDEN');
      throw new AppError('EXPORT_NOT_AVAILABLE');
    }
    const members = await exportMembers(ctx, { query: r.filters, approvedRequestId: r.id });
    await ctx.db.query(sql`update export_requests set status = 'downloaded', downloaded_at = ${now(ctx)}
      where id = ${id}`);
    const watermark = `导出申请 #${r.id} · 申请人 ${r.requester} · 审批人 ${r.decider ?? ''} · 导出时间 ${now(ctx).toISOString()}`;
    return { members, watermark };
  });
}
