import { allowedActions } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { attachedFiles } from '../files/files.service.js';
import { assistancePolicy } from './assistance.policy.js';
import type { Profile } from './assistance.profile.js';
import type { SensitiveData } from './assistance.schemas.js';
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
export async function presentApplication(ctx: Ctx, r: ApplicationRow, full: boolean) {
  const { pii } = ctx.services;
  const profile = JSON.parse(pii.decrypt(r.profile_cipher)) as Profile;
  const member = ctx.actor.kind === 'member';
  const events = await ctx.db.query<{
    kind: string;
    at: Date;
    actor_kind: string;
    username: string | null;
    detail: Record<string, unknown> | null;
  }>(
    sql`select e.kind, e.at, e.actor_kind, a.username, e.detail from assistance_events e
      left join accounts a on e.actor_kind = 'admin' and a.id = e.actor_id
      where e.application_id = ${r.id} order by e.id`,
  );
  const disbursements = await ctx.db.query<{
    id: number;
    amount_fen: number;
    method: 'cash';
    paid_on: string;
    reference: string | null;
    username: string;
  }>(
    sql`select d.id, d.amount_fen, d.method, d.paid_on::text as paid_on, d.reference, a.username
      from assistance_disbursements d join accounts a on a.id = d.recorded_by where d.application_id = ${r.id} order by d.id`,
  );
  const help = await ctx.db.query<{
    id: number;
    kind: 'job';
    name: string | null;
    note: string;
    value_fen: number | null;
    created_at: Date;
  }>(
    sql`select h.id, h.kind, p.name, h.note, h.value_fen, h.created_at from assistance_help h
      left join assistance_programs p on p.id = h.program_id where h.application_id = ${r.id} order by h.id`,
  );
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
    evidence: await attachedFiles(ctx, 'assistance', r.id),
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
