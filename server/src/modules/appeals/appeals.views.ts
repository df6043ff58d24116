// Appeals as the API returns them: loads what the presenter needs (events, deadline policies, the working
// calendar, evidence) for a page of cases at once, then presents each.
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { attachedFiles } from '../files/files.service.js';
import { loadCalendar, slaPolicyFor } from './appeals.calendar.js';
import { type AppealEventRow, type AppealRow, presentAppealDetail, presentAppealSummary } from './appeals.presenter.js';
import type { SlaEvent } from './appeals.sla.js';

export async function appealSummaries(ctx: Ctx, rows: AppealRow[]) {
  if (rows.length === 0) return [];
  const cal = await loadCalendar(ctx);
  const at = now(ctx);
  const events = await ctx.db.query<SlaEvent & { appeal_id: number }>(sql`select appeal_id, kind, at, detail
    from appeal_events where appeal_id = any(${rows.map((r) => r.id)}::bigint[]) order by at, id`);
  const out = [];
  for (const r of rows) {
    const policy = await slaPolicyFor(ctx, { unionPath: r.union_path, category: r.category });
    out.push(presentAppealSummary(ctx, { r, events: events.filter((e) => e.appeal_id === r.id), policy, cal, at }));
  }
  return out;
}

export async function appealDetail(ctx: Ctx, r: AppealRow) {
  const [summary] = await appealSummaries(ctx, [r]);
  if (!summary) throw new Error('unreachable: one row in, one summary out');
  const events = await ctx.db.query<AppealEventRow>(sql`select e.kind, e.at, e.actor_kind, a.username,
      u.name as union_name, e.detail
    from appeal_events e left join accounts a on e.actor_kind = 'admin' and a.id = e.actor_id
    left join unions u on u.id = e.union_id
    where e.appeal_id = ${r.id} order by e.at, e.id`);
  return presentAppealDetail(ctx, {
    r,
    summary,
    events,
    evidence: await attachedFiles(ctx, { kind: 'appeal', attachedId: r.id }),
  });
}
