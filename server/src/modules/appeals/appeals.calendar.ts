// The working calendar (holidays and make-up working days) and the deadline policies per union and
// category. Both are small tables read whole; policies cover a union's subtree, the nearest wins.
import { inScope, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { idsInPath } from '../../platform/tree.js';
import type { WorkCalendar } from '../../platform/worktime.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { parseHolidayNotice } from './appeals.notice.js';
import { type PolicyRow, presentPolicy } from './appeals.presenter.js';
import type { Category } from './appeals.schemas.js';
import type { SlaPolicy } from './appeals.sla.js';

/** When no union on the path sets one: answer within 1 working day, close within 15. */
export const DEFAULT_SLA: SlaPolicy = { firstResponseMinutes: 8 * 60, resolutionMinutes: 15 * 8 * 60 };

export async function loadCalendar(ctx: Ctx): Promise<WorkCalendar> {
  const rows = await ctx.db.query<{ day: string; kind: 'holiday' | 'workday' }>(
    sql`select day::text as day, kind from work_calendar_days`,
  );
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.day)),
    workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.day)),
  };
}

/** The nearest union on the path with a policy; at one union, the category's own beats 'any'. */
export async function slaPolicyFor(
  ctx: Ctx,
  { unionPath, category }: { unionPath: string; category: Category },
): Promise<SlaPolicy> {
  const ids = idsInPath(unionPath);
  const [row] = await ctx.db.query<PolicyRow>(sql`select * from appeal_sla_policies
    where union_id = any(${ids}::bigint[]) and category in ('any', ${category})
    order by array_position(${ids}::bigint[], union_id) desc, (category = 'any') limit 1`);
  return row
    ? { firstResponseMinutes: row.first_response_minutes, resolutionMinutes: row.resolution_minutes }
    : DEFAULT_SLA;
}

export async function listSlaPolicies(ctx: Ctx) {
  requirePermissionSomewhere(ctx.actor, 'case.handle');
  const rows = await ctx.db.query<PolicyRow>(sql`select p.*, u.name as union_name from appeal_sla_policies p
    join unions u on u.id = p.union_id where ${inScope(ctx.actor, 'case.handle', sql.raw('p.union_path'))}
    order by p.union_path, p.category`);
  return { items: rows.map(presentPolicy), defaults: DEFAULT_SLA };
}

export async function saveSlaPolicy(
  ctx: Ctx,
  input: { unionId: number; category: 'any' | Category; firstResponseMinutes: number; resolutionMinutes: number },
) {
  if (input.resolutionMinutes < input.firstResponseMinutes) {
    throw new AppError('VALIDATION_FAILED', { field: 'resolutionMinutes' });
  }
  return transaction(ctx, async (ctx) => {
    const path = await unionPathFor(ctx, { unionId: input.unionId, permission: 'case.handle' });
    const [row] = await ctx.db.query<{ id: number }>(sql`
      insert into appeal_sla_policies (union_id, union_path, category, first_response_minutes, resolution_minutes)
      values (${input.unionId}, ${path}, ${input.category}, ${input.firstResponseMinutes}, ${input.resolutionMinutes})
      on conflict (union_id, category) do update set first_response_minutes = excluded.first_response_minutes,
        resolution_minutes = excluded.resolution_minutes
      returning id`);
    await audit(ctx, {
      action: 'appeal.sla.save',
      targetType: 'appeal_sla_policy',
      targetId: row?.id,
      unionPath: path,
      after: input,
    });
    const [saved] = await ctx.db.query<PolicyRow>(sql`select p.*, u.name as union_name from appeal_sla_policies p
      join unions u on u.id = p.union_id where p.id = ${row?.id}`);
    if (!saved) throw notFound();
    return presentPolicy(saved);
  });
}

export async function deleteSlaPolicy(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'case.handle');
  return transaction(ctx, async (ctx) => {
    const deleted = await ctx.db.query<{ union_path: string }>(sql`delete from appeal_sla_policies
      where id = ${id} and ${inScope(ctx.actor, 'case.handle', sql.raw('union_path'))} returning union_path`);
    if (deleted.length === 0) throw notFound();
    await audit(ctx, {
      action: 'appeal.sla.delete',
      targetType: 'appeal_sla_policy',
      targetId: id,
      unionPath: deleted[0]?.union_path,
    });
    return { ok: true as const };
  });
}

export async function listCalendarDays(ctx: Ctx, year: number) {
  requirePermissionSomewhere(ctx.actor, 'case.handle');
  const rows = await ctx.db.query<{ day: string; kind: 'holiday' | 'workday'; name: string }>(sql`
    select day::text as day, kind, name from work_calendar_days
    where day >= make_date(${year}, 1, 1) and day < make_date(${year + 1}, 1, 1) order by day`);
  return { items: rows };
}

/** The calendar is national: only a handler at a top-level federation changes it. */
function requireCalendarAuthor(ctx: Ctx) {
  const admin = requirePermissionSomewhere(ctx.actor, 'case.handle');
  if (
    !admin.grants.some((g) => idsInPath(g.unionPath).length === 1 && ['union_admin', 'case_handler'].includes(g.role))
  ) {
    throw new AppError('FORBIDDEN');
  }
}

export async function setCalendarDay(ctx: Ctx, input: { day: string; kind: 'holiday' | 'workday'; name: string }) {
  requireCalendarAuthor(ctx);
  return transaction(ctx, async (ctx) => {
    await ctx.db.query(sql`insert into work_calendar_days (day, kind, name) values (${input.day}, ${input.kind}, ${input.name})
      on conflict (day) do update set kind = excluded.kind, name = excluded.name`);
    await audit(ctx, { action: 'calendar.set', targetType: 'calendar_day', targetId: input.day, after: input });
    return input;
  });
}

/** The yearly State Council notice, read (`apply: false`) or read and written in one go. */
export async function importHolidayNotice(ctx: Ctx, input: { year: number; text: string; apply: boolean }) {
  requireCalendarAuthor(ctx);
  const { year, days, problems } = parseHolidayNotice(input.year, input.text);
  if (!input.apply) return { year, days, problems, applied: false };
  if (problems.length > 0 || days.length === 0)
    throw new AppError('CALENDAR_NOTICE_INVALID', { count: Math.max(1, problems.length) });
  return transaction(ctx, async (ctx) => {
    await ctx.db.query(sql`insert into work_calendar_days (day, kind, name)
      select d::date, k, n from unnest(${days.map((d) => d.day)}::text[], ${days.map((d) => d.kind)}::text[],
        ${days.map((d) => d.name)}::text[]) as x(d, k, n)
      on conflict (day) do update set kind = excluded.kind, name = excluded.name`);
    await audit(ctx, {
      action: 'calendar.import',
      targetType: 'calendar',
      targetId: year,
      detail: {
        holidays: days.filter((d) => d.kind === 'holiday').length,
        workdays: days.filter((d) => d.kind === 'workday').length,
      },
    });
    return { year, days, problems, applied: true };
  });
}

export async function deleteCalendarDay(ctx: Ctx, day: string) {
  requireCalendarAuthor(ctx);
  return transaction(ctx, async (ctx) => {
    const deleted = await ctx.db.query(sql`delete from work_calendar_days where day = ${day} returning day`);
    if (deleted.length === 0) throw notFound();
    await audit(ctx, { action: 'calendar.delete', targetType: 'calendar_day', targetId: day });
    return { ok: true as const };
  });
}
