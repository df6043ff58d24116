import { allowedActions } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { maskPhone } from '../../platform/mask.js';
import { sql } from '../../platform/sql.js';
import { attachedFiles } from '../files/files.service.js';
import { loadCalendar, slaPolicyFor } from './appeals.calendar.js';
import { type AppealSubject, appealPolicy, handles, watches } from './appeals.policy.js';
import type { Category } from './appeals.schemas.js';
import { type DeadlineState, deadlineState, type SlaEvent } from './appeals.sla.js';

export interface AppealRow extends AppealSubject {
  id: number;
  category: Category;
  channel: 'app' | 'hotline';
  member_id: number | null;
  worker_name: string;
  phone_cipher: string;
  anonymous: boolean;
  employer_name: string;
  amount_owed_fen: number | null;
  people_affected: number;
  description: string;
  union_id: number;
  union_name: string;
  referred_to: 'court' | null;
  referral_note: string | null;
  refusal_reason: string | null;
  outcome: string | null;
  recovered_fen: number | null;
  workers_covered: number | null;
  rating_comment: string | null;
  flagged: boolean;
  on_time: boolean | null;
  created_at: Date;
}

const deadline = (d: DeadlineState) => ({
  ...d,
  dueAt: d.dueAt?.toISOString() ?? null,
  metAt: d.metAt?.toISOString() ?? null,
});
const n = (v: number | string | null) => (v === null ? null : Number(v));

/** Handlers never see an anonymous worker's name or phone. */
const workerName = (ctx: Ctx, r: AppealRow) => (r.anonymous && ctx.actor.kind === 'admin' ? '匿名' : r.worker_name);

export async function presentAppeals(ctx: Ctx, rows: AppealRow[]) {
  if (rows.length === 0) return [];
  const cal = await loadCalendar(ctx);
  const at = now(ctx);
  const events = await ctx.db.query<SlaEvent & { appeal_id: number }>(sql`select appeal_id, kind, at, detail
    from appeal_events where appeal_id = any(${rows.map((r) => r.id)}::bigint[]) order by at, id`);
  const out = [];
  for (const r of rows) {
    const mine = events.filter((e) => e.appeal_id === r.id);
    const policy = await slaPolicyFor(ctx, r.union_path, r.category);
    out.push({
      id: r.id,
      category: r.category,
      channel: r.channel,
      workerName: workerName(ctx, r),
      anonymous: r.anonymous,
      employerName: r.employer_name,
      amountOwedFen: n(r.amount_owed_fen),
      peopleAffected: r.people_affected,
      union: { id: r.union_id, name: r.union_name },
      status: r.status,
      rating: r.rating,
      flagged: r.flagged,
      escalations: mine.filter((e) => e.kind === 'escalated').length,
      watching: watches(ctx.actor, r),
      firstResponse: deadline(deadlineState('first_response', mine, policy, cal, at)),
      resolution: deadline(deadlineState('resolution', mine, policy, cal, at)),
      createdAt: r.created_at.toISOString(),
    });
  }
  return out;
}

export async function presentAppeal(ctx: Ctx, r: AppealRow) {
  const [summary] = await presentAppeals(ctx, [r]);
  if (!summary) throw new Error('unreachable: one row in, one summary out');
  const worker = ctx.actor.kind === 'member';
  const events = await ctx.db.query<{
    kind: string;
    at: Date;
    actor_kind: string;
    username: string | null;
    union_name: string | null;
    detail: Record<string, unknown> | null;
  }>(sql`select e.kind, e.at, e.actor_kind, a.username, u.name as union_name, e.detail from appeal_events e
    left join accounts a on e.actor_kind = 'admin' and a.id = e.actor_id left join unions u on u.id = e.union_id
    where e.appeal_id = ${r.id} order by e.at, e.id`);
  const { pii } = ctx.services;
  return {
    ...summary,
    description: r.description,
    phoneMasked: r.anonymous && !worker ? null : maskPhone(pii.decrypt(r.phone_cipher)),
    referredTo: r.referred_to,
    referralNote: r.referral_note,
    refusalReason: r.refusal_reason,
    outcome: r.outcome,
    recoveredFen: n(r.recovered_fen),
    workersCovered: r.workers_covered,
    ratingComment: r.rating_comment,
    onTime: r.on_time,
    evidence: await attachedFiles(ctx, 'appeal', r.id),
    // The worker sees every step and its union, never internal notes or which cadre acted.
    events: events
      .filter((e) => !(worker && e.kind === 'note'))
      .map((e) => ({
        kind: e.kind,
        at: e.at.toISOString(),
        by: worker || !handles(ctx.actor, r) ? null : (e.username ?? (e.actor_kind === 'system' ? 'system' : null)),
        union: e.union_name,
        detail: e.detail,
      })),
    actions: allowedActions(appealPolicy, ctx.actor, r),
  };
}
