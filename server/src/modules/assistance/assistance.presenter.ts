import { allowedActions } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import type { FileSummary } from '../files/files.service.js';
import { assistancePolicy } from './assistance.policy.js';
import type { Profile } from './assistance.profile.js';
import type { Cause, SensitiveData, Tier } from './assistance.schemas.js';
import type { ApplicationRow } from './assistance.tables.js';

const n = (v: number | string | null) => (v === null ? null : Number(v));

export function presentSummary(r: ApplicationRow) {
  return {
    id: r.id,
    applicantName: r.applicant_name,
    idNumberMasked: `${'*'.repeat(14)}${r.id_number_last4}`,
    union: { id: r.union_id, name: r.union_name },
    cause: r.cause,
    tier: r.tier,
    emergency: r.emergency,
    status: r.status,
    proposedFen: n(r.proposed_fen),
    approvedFen: n(r.approved_fen),
    disbursedFen: Number(r.disbursed_fen),
    reverifyDue: r.reverify_due,
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * `full`: the applicant, or an officer after an audited reveal, gets the household, health and medical
 * data and the profile's numbers; everyone else gets the tier and which rules fired.
 */
export interface ApplicationHistory {
  events: Array<{
    kind: string;
    at: Date;
    actor_kind: string;
    username: string | null;
    detail: Record<string, unknown> | null;
  }>;
  disbursements: Array<{
    id: number;
    amount_fen: number;
    method: 'cash';
    paid_on: string;
    reference: string | null;
    username: string;
  }>;
  help: Array<{
    id: number;
    kind: 'job';
    name: string | null;
    note: string;
    value_fen: number | null;
    created_at: Date;
  }>;
  evidence: FileSummary[];
}

/**
 * `full`: the applicant, or an officer after an audited reveal, gets the household, health and medical
 * data and the profile's numbers; everyone else gets the tier and which rules fired. The history is loaded by
 * `applicationView` (assistance.records.ts).
 */
export function presentApplication(
  ctx: Ctx,
  { r, full, history }: { r: ApplicationRow; full: boolean; history: ApplicationHistory },
) {
  const { pii } = ctx.services;
  const profile = JSON.parse(pii.decrypt(r.profile_cipher)) as Profile;
  const member = ctx.actor.kind === 'member';
  const { events, disbursements, help, evidence } = history;
  return {
    ...presentSummary(r),
    channel: r.entered_by === null ? ('member' as const) : ('cadre' as const),
    employment: r.employment,
    householdSize: r.household_size,
    refusalReason: r.refusal_reason,
    reviewer: !member && r.reviewer_id !== null ? { id: r.reviewer_id, displayName: r.reviewer_name ?? '' } : null,
    profile: {
      tier: profile.tier,
      ruleVersion: profile.ruleVersion,
      rules: profile.rules.map((rule) => ({ ...rule, text: full ? rule.text : null })),
    },
    sensitive: full ? (JSON.parse(pii.decrypt(r.sensitive_cipher)) as SensitiveData) : null,
    evidence,
    // The applicant sees what happened and when, not which cadre did it.
    events: events.map((e) => ({
      kind: e.kind,
      at: e.at.toISOString(),
      by: member ? null : (e.username ?? (e.actor_kind === 'member' ? '申请人' : null)),
      detail: e.detail,
    })),
    disbursements: disbursements.map((d) => ({
      id: d.id,
      amountFen: Number(d.amount_fen),
      method: d.method,
      paidOn: d.paid_on,
      reference: member ? null : d.reference,
      recordedBy: member ? '' : d.username,
    })),
    help: help.map((h) => ({
      id: h.id,
      kind: h.kind,
      programName: h.name,
      note: h.note,
      valueFen: n(h.value_fen),
      createdAt: h.created_at.toISOString(),
    })),
    actions: allowedActions(assistancePolicy, ctx.actor, r),
  };
}

export const presentProgram = (p: ProgramRow) => ({
  id: p.id,
  union: { id: p.union_id, name: p.union_name },
  kind: p.kind,
  name: p.name,
  description: p.description,
  tiers: p.tiers,
  causes: p.causes,
  maxAmountFen: p.max_amount_fen === null ? null : Number(p.max_amount_fen),
  active: p.active,
});

export const presentBudget = (b: BudgetRow) => ({
  union: { id: b.union_id, name: b.union_name },
  year: b.year,
  amountFen: Number(b.amount_fen),
  committedFen: Number(b.committed_fen),
  disbursedFen: Number(b.disbursed_fen),
});

export type ProgramKind = 'policy_subsidy' | 'job' | 'material_aid' | 'mutual_aid' | 'education_grant';

export interface ProgramRow {
  id: number;
  union_id: number;
  union_name: string;
  kind: ProgramKind;
  name: string;
  description: string;
  tiers: Tier[];
  causes: Cause[];
  max_amount_fen: number | null;
  active: boolean;
}

export interface BudgetRow {
  union_id: number;
  union_name: string;
  year: number;
  amount_fen: number;
  committed_fen: number;
  disbursed_fen: number;
}
