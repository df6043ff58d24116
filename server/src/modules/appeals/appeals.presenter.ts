import { allowedActions } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { maskPhone } from '../../platform/mask.js';
import type { WorkCalendar } from '../../platform/worktime.js';
import type { FileSummary } from '../files/files.service.js';
import { type AppealSubject, appealPolicy, handles, watches } from './appeals.policy.js';
import type { Category } from './appeals.schemas.js';
import { type DeadlineState, deadlineState, type SlaEvent, type SlaPolicy } from './appeals.sla.js';

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

/** One case's summary, from its row, its events and its deadline policy (loaded by appeals.views.ts). */
export function presentAppealSummary(
  ctx: Ctx,
  {
    r,
    events,
    policy,
    cal,
    at,
  }: { r: AppealRow; events: readonly SlaEvent[]; policy: SlaPolicy; cal: WorkCalendar; at: Date },
) {
  return {
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
    escalations: events.filter((e) => e.kind === 'escalated').length,
    watching: watches(ctx.actor, r),
    firstResponse: deadline(deadlineState('first_response', events, policy, cal, at)),
    resolution: deadline(deadlineState('resolution', events, policy, cal, at)),
    createdAt: r.created_at.toISOString(),
  };
}

export interface AppealEventRow {
  kind: string;
  at: Date;
  actor_kind: string;
  username: string | null;
  union_name: string | null;
  detail: Record<string, unknown> | null;
}

/** One case in full: the summary, the case's text, its evidence and its steps as the caller may see them. */
export function presentAppealDetail(
  ctx: Ctx,
  {
    r,
    summary,
    events,
    evidence,
  }: {
    r: AppealRow;
    summary: ReturnType<typeof presentAppealSummary>;
    events: readonly AppealEventRow[];
    evidence: FileSummary[];
  },
) {
  const worker = ctx.actor.kind === 'member';
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
    evidence,
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

export const presentPolicy = (r: PolicyRow) => ({
  id: r.id,
  union: { id: r.union_id, name: r.union_name },
  category: r.category,
  firstResponseMinutes: r.first_response_minutes,
  resolutionMinutes: r.resolution_minutes,
});

export interface PolicyRow {
  id: number;
  union_id: number;
  union_name: string;
  category: 'any' | Category;
  first_response_minutes: number;
  resolution_minutes: number;
}
