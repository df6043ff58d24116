// The export of applications (CSV, spreadsheet-safe cells).
import { inScope, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { neutralise } from '../../platform/spreadsheet.js';
import { sql } from '../../platform/sql.js';
import { selectApplication } from './assistance.records.js';
import type { ApplicationRow } from './assistance.tables.js';

/** One CSV cell: formulas neutralised like every export (AS-41), then quoted when needed. */
const csvCell = (v: unknown) => {
  const s = String(neutralise(v) ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The list as CSV: never health, income or medical data (no role may export it). Audited. */
export async function exportApplications(ctx: Ctx) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  const rows = await ctx.db.query<ApplicationRow>(sql`${selectApplication}
    where ${inScope(ctx.actor, 'assistance.handle', sql.raw('a.union_path'))} order by a.id limit 50000`);
  await audit(ctx, { action: 'assistance.export', targetType: 'assistance', detail: { rows: rows.length } });
  const header = [
    '编号',
    '申请人',
    '身份证号',
    '工会',
    '致困原因',
    '档次',
    '状态',
    '批准金额(元)',
    '已发放(元)',
    '申请时间',
  ];
  const lines = rows.map((r) =>
    [
      r.id,
      r.applicant_name,
      `${'*'.repeat(14)}${r.id_number_last4}`,
      r.union_name,
      r.cause,
      r.tier,
      r.status,
      r.approved_fen === null ? '' : (Number(r.approved_fen) / 100).toFixed(2),
      (Number(r.disbursed_fen) / 100).toFixed(2),
      r.created_at.toISOString(),
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
