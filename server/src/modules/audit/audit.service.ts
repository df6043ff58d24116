// The auditor's view of the audit trail: search within the auditor's subtree, and CSV export
// (itself audited). Events without a union (sign-ins) are visible to auditors at the top node.

import type { z } from 'zod';
import { inScope, requirePermissionSomewhere, scopePaths } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { paginate } from '../../platform/pagination.js';
import { type Sql, sql } from '../../platform/sql.js';
import { eventNames } from './audit.labels.js';
import { type AuditRow, present } from './audit.presenter.js';
import type { auditFilters } from './audit.schemas.js';

type Filters = { [K in keyof typeof auditFilters]?: z.infer<(typeof auditFilters)[K]> };

function where(ctx: Ctx, f: Filters): Sql {
  const filters: Sql[] = [];
  const scoped = inScope(ctx.actor, 'audit.read', sql.raw('union_path'));
  // Only an auditor of a root node (a top-level federation) sees events attached to no union.
  const atRoot = scopePaths(ctx.actor, 'audit.read').some((p) => p.split('/').filter(Boolean).length === 1);
  filters.push(atRoot ? sql`(${scoped} or union_path is null)` : scoped);
  if (f.action) filters.push(sql`action like ${`${f.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.actor) filters.push(sql`actor_name = ${f.actor.toLowerCase()}`);
  if (f.outcome) filters.push(sql`outcome = ${f.outcome}`);
  if (f.targetType) filters.push(sql`target_type = ${f.targetType}`);
  if (f.targetId) filters.push(sql`target_id = ${f.targetId}`);
  if (f.from) filters.push(sql`at >= ${f.from}::timestamptz`);
  if (f.to) filters.push(sql`at < ${f.to}::timestamptz`);
  return sql.join(filters, sql.raw(' and '));
}

export async function listAuditEvents(ctx: Ctx, query: Filters & { page: number; pageSize: number }) {
  requirePermissionSomewhere(ctx.actor, 'audit.read');
  const w = where(ctx, query);
  return paginate(
    ctx,
    query,
    {
      rows: sql`select * from audit_events where ${w} order by id desc`,
      count: sql`select 1 from audit_events where ${w}`,
    },
    async (rows: AuditRow[]) => {
      const names = await eventNames(ctx, rows);
      return rows.map((r) => present(r, names));
    },
  );
}

/** Neutralises spreadsheet formulas (AS-41) and quotes for CSV. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const EXPORT_LIMIT = 50_000;

export async function exportAuditEvents(ctx: Ctx, filters: Filters): Promise<string> {
  requirePermissionSomewhere(ctx.actor, 'audit.read');
  const rows = await ctx.db.query<AuditRow>(
    sql`select * from audit_events where ${where(ctx, filters)} order by id desc limit ${EXPORT_LIMIT}`,
  );
  await audit(ctx, { action: 'audit.export', detail: { filters, rows: rows.length } });
  const header = [
    'id',
    'at',
    'actor_kind',
    'actor_id',
    'actor_name',
    'actor_roles',
    'action',
    'outcome',
    'target_type',
    'target_id',
    'union_id',
    'before',
    'after',
    'detail',
    'ip',
    'request_id',
  ];
  const lines = rows.map((r) =>
    [
      r.id,
      r.at.toISOString(),
      r.actor_kind,
      r.actor_id,
      r.actor_name,
      r.actor_roles,
      r.action,
      r.outcome,
      r.target_type,
      r.target_id,
      r.union_id,
      r.before,
      r.after,
      r.detail,
      r.ip,
      r.request_id,
    ]
      .map(csvCell)
      .join(','),
  );
  // BOM so Excel opens the UTF-8 file with Chinese text intact.
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
