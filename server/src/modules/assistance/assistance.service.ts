// Hardship assistance (帮扶): apply (or a cadre enters it) → profile computed → base union proposes an
// amount → federation approves above the threshold → disbursed, with a per-person yearly cap and a
// union budget drawn down. Health, income and medical data live in one encrypted document; the officer
// assigned to review the case sees it only by an audited reveal.
import { authorize, inScope, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { FileAccessRule } from '../../platform/file-access.js';
import { wholeIdentifierFilter } from '../../platform/identifiers.js';
import { auditUnmaskedRead } from '../../platform/reveal-watch.js';
import { containsPattern, sql } from '../../platform/sql.js';
import { idsInPath } from '../../platform/tree.js';
import { normalizeQuery, parsePhone } from '../../platform/validators.js';
import { type AssistanceSubject, assistancePolicy } from './assistance.policy.js';
import { presentSummary } from './assistance.presenter.js';
import { applicationView, load, selectApplication } from './assistance.records.js';
import type { AssistanceStatus, Cause, Tier } from './assistance.schemas.js';
import type { ApplicationRow } from './assistance.tables.js';

// Evidence (diagnoses, income proofs) is as sensitive as the data it proves: the applicant, and whoever
// may reveal the case.
/** Who may read a file attached to one of this module's records (declared in the module definition). */
export const assistanceFileAccess: FileAccessRule = async (ctx, id) => {
  const [row] = await ctx.db.query<AssistanceSubject>(sql`
    select union_path, member_id, status, proposed_by, reverify_due, reviewer_id from assistance_applications
    where id = ${id}`);
  if (!row) return null;
  const rule = ctx.actor.kind === 'member' ? assistancePolicy.read : assistancePolicy.reveal;
  return rule?.(ctx.actor, row) === true ? row.union_path : null;
};

// ---- Reading ----------------------------------------------------------------------------------
export async function myApplications(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) return { items: [] };
  const rows = await ctx.db.query<ApplicationRow>(
    sql`${selectApplication} where a.member_id = ${actor.memberId} order by a.id desc limit 50`,
  );
  return { items: rows.map((r) => presentSummary(r)) };
}

export async function getApplication(ctx: Ctx, { id, reveal }: { id: number; reveal: boolean }) {
  const a = await load(ctx, { id });
  const own = ctx.actor.kind === 'member';
  if (reveal && !own) {
    authorize(assistancePolicy, ctx.actor, 'reveal', a);
    await auditUnmaskedRead(ctx, {
      action: 'assistance.reveal',
      targetType: 'assistance',
      targetId: id,
      unionId: a.union_id,
      unionPath: a.union_path,
      detail: { fields: ['household', 'health', 'medicalSelfPaidFen', 'story', 'profile'] },
    });
  }
  return applicationView(ctx, { r: a, full: own || reveal });
}

export async function listApplications(
  ctx: Ctx,
  q: {
    status?: AssistanceStatus;
    tier?: Tier;
    emergency?: 'true' | 'false';
    reverifyDue?: 'true';
    q?: string;
    page: number;
    pageSize: number;
  },
) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  const where = [inScope(ctx.actor, 'assistance.handle', sql.raw('a.union_path'))];
  if (q.status) where.push(sql`a.status = ${q.status}`);
  if (q.tier) where.push(sql`a.tier = ${q.tier}`);
  if (q.emergency) where.push(sql`a.emergency = ${q.emergency === 'true'}`);
  if (q.reverifyDue) where.push(sql`a.reverify_due <= (${now(ctx)}::timestamptz + interval '30 days')::date`);
  const term = normalizeQuery(q.q);
  // A whole phone or ID number (from the POST search) finds the person by keyed hash; otherwise a name.
  const exact = wholeIdentifierFilter(ctx.services.pii, term, {
    phone: sql.raw('a.phone_hash'),
    idNumber: sql.raw('a.id_number_hash'),
  });
  if (exact) where.push(exact);
  else if (term) where.push(sql`a.applicant_name like ${containsPattern(term)}`);
  const cond = sql.join(where, sql.raw(' and '));
  const rows = await ctx.db.query<ApplicationRow>(sql`${selectApplication} where ${cond}
    order by (a.status in ('submitted', 'proposed')) desc, a.emergency desc, a.id desc
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
  const [count] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::int as n from assistance_applications a where ${cond}`,
  );
  return { items: rows.map((r) => presentSummary(r)), total: count?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** The household's archive: every application of the same person that the officer may read. */
export async function householdHistory(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  const a = await load(ctx, { id });
  const rows = await ctx.db.query<ApplicationRow>(sql`${selectApplication}
    where a.id_number_hash = ${a.id_number_hash} and ${inScope(ctx.actor, 'assistance.handle', sql.raw('a.union_path'))}
    order by a.id desc`);
  return { items: rows.map((r) => presentSummary(r)) };
}

export async function recommendations(ctx: Ctx, id: number) {
  const a = await load(ctx, { id });
  if (ctx.actor.kind !== 'admin') throw notFound();
  const ancestors = idsInPath(a.union_path);
  const rows = await ctx.db.query<{
    id: number;
    kind: typeof import('./assistance.schemas.js').programKinds[number];
    name: string;
    description: string;
    union_name: string;
    max_amount_fen: number | null;
    tiers: Tier[];
    causes: Cause[];
  }>(sql`select p.*, u.name as union_name from assistance_programs p join unions u on u.id = p.union_id
    where p.active and p.union_id = any(${ancestors}::bigint[])
      and (cardinality(p.tiers) = 0 or ${a.tier} = any(p.tiers))
      and (cardinality(p.causes) = 0 or ${a.cause} = any(p.causes))
    order by array_position(${ancestors}::bigint[], p.union_id) desc, p.kind, p.id`);
  return {
    items: rows.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      description: p.description,
      union: p.union_name,
      maxAmountFen: p.max_amount_fen === null ? null : Number(p.max_amount_fen),
      why: {
        zh: [
          p.tiers.length ? `适用档次含「${a.tier}」` : '不限档次',
          p.causes.length ? `适用致困原因含「${a.cause}」` : '不限原因',
        ].join('，'),
        en: [
          p.tiers.length ? `covers tier "${a.tier}"` : 'any tier',
          p.causes.length ? `covers cause "${a.cause}"` : 'any cause',
        ].join(', '),
      },
    })),
  };
}

/**
 * Texts each household whose yearly re-verification falls due within 30 days, once per due date (the
 * row is claimed before the text goes out). Officers see the same cases under "re-verification due".
 */
export async function sendReverifyReminders(ctx: Ctx): Promise<number> {
  const due = await ctx.db.query<{ id: number; phone_cipher: string; due: string; union_name: string }>(sql`
    update assistance_applications a set reverify_reminded_for = a.reverify_due
    from unions u
    where u.id = a.union_id and a.status in ('approved', 'disbursed') and a.reverify_due is not null
      and a.reverify_due <= (${now(ctx)}::timestamptz + interval '30 days')::date
      and a.reverify_reminded_for is distinct from a.reverify_due
    returning a.id, a.phone_cipher, a.reverify_due::text as due, u.name as union_name`);
  for (const row of due) {
    const phone = parsePhone(ctx.services.pii.decrypt(row.phone_cipher));
    if (!phone) continue;
    await ctx.services.sms.send({
      phone,
      phoneHash: ctx.services.pii.hash('phone', phone),
      template: 'assistance_reverify',
      params: { due: row.due, union: row.union_name },
    });
  }
  return due.length;
}
