// Deciding and paying: propose, approve (four eyes above the threshold), refuse, disburse; the yearly cap and
// the budget drawn down; help recorded; the yearly re-verification.
import { authorize, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { notifyMember } from '../../platform/notify.js';
import { sql } from '../../platform/sql.js';
import { idsInPath } from '../../platform/tree.js';
import { paymentMethodNames } from './assistance.notices.js';
import { assistancePolicy } from './assistance.policy.js';
import { applicationView, event, load, yuan } from './assistance.records.js';
import { currentRules } from './assistance.rules.js';
import type { RuleConfig } from './assistance.schemas.js';
import type { ApplicationRow } from './assistance.tables.js';

const yearOf = (d: Date) => Number(new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));

/** Approved money for this person in the year, other than this application. */
async function approvedThisYear(ctx: Ctx, a: ApplicationRow, year: number): Promise<number> {
  const [row] = await ctx.db.query<{ total: string | null }>(sql`
    select sum(approved_fen)::bigint as total from assistance_applications
    where id_number_hash = ${a.id_number_hash} and id <> ${a.id} and status in ('approved', 'disbursed')
      and budget_year = ${year}`);
  return Number(row?.total ?? 0);
}

async function checkCap(ctx: Ctx, a: ApplicationRow, amountFen: number, config: RuleConfig, year: number) {
  const used = await approvedThisYear(ctx, a, year);
  if (used + amountFen > config.yearlyCapFen) {
    throw new AppError('ASSISTANCE_CAP_EXCEEDED', {
      field: 'amountFen',
      remaining: ((config.yearlyCapFen - used) / 100).toFixed(2),
    });
  }
}

/** Commits the money against the nearest budget on the union's path for the year; refuses an overdraw. */
async function commitBudget(ctx: Ctx, a: ApplicationRow, amountFen: number, year: number): Promise<number> {
  const ancestors = idsInPath(a.union_path);
  const [budget] = await ctx.db.query<{ union_id: number }>(sql`
    select union_id from assistance_budgets where year = ${year} and union_id = any(${ancestors}::bigint[])
    order by array_position(${ancestors}::bigint[], union_id) desc limit 1 for update`);
  if (!budget) throw new AppError('ASSISTANCE_NO_BUDGET', { year });
  const updated = await ctx.db.query(sql`update assistance_budgets set committed_fen = committed_fen + ${amountFen}
    where union_id = ${budget.union_id} and year = ${year} and committed_fen + ${amountFen} <= amount_fen returning union_id`);
  if (updated.length === 0) throw new AppError('ASSISTANCE_BUDGET_EXHAUSTED', { year });
  return budget.union_id;
}

/** Serialises decisions about one person, so two approvals cannot both fit under the yearly cap. */
const lockPerson = (ctx: Ctx, idHash: string) =>
  ctx.db.query(sql`select pg_advisory_xact_lock(hashtextextended(${`assistance:${idHash}`}, 0))`);

async function approve(ctx: Ctx, a: ApplicationRow, amountFen: number, config: RuleConfig, note: string | null) {
  const at = now(ctx);
  const year = yearOf(at);
  await checkCap(ctx, a, amountFen, config, year);
  const budgetUnion = await commitBudget(ctx, a, amountFen, year);
  await ctx.db.query(sql`update assistance_applications set status = 'approved', approved_fen = ${amountFen},
    budget_union_id = ${budgetUnion}, budget_year = ${year}, updated_at = ${at} where id = ${a.id}`);
  await event(ctx, { applicationId: a.id, kind: 'approved', detail: { amountFen, note } });
  await notifyMember(
    ctx,
    a,
    'assistance.approved',
    { amount: yuan(amountFen), union: a.union_name },
    `assistance:${a.id}:approved`,
  );
  await audit(ctx, {
    action: 'assistance.approve',
    targetType: 'assistance',
    targetId: a.id,
    unionPath: a.union_path,
    after: { amountFen },
  });
}

export async function proposeAmount(
  ctx: Ctx,
  { id, amountFen, note }: { id: number; amountFen: number; note: string | null },
) {
  const admin = requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, { id, forUpdate: true });
    authorize(assistancePolicy, ctx.actor, 'propose', a);
    await lockPerson(ctx, a.id_number_hash);
    const { config } = await currentRules(ctx);
    await checkCap(ctx, a, amountFen, config, yearOf(now(ctx)));
    await ctx.db.query(sql`update assistance_applications set status = 'proposed', proposed_fen = ${amountFen},
      proposed_by = ${admin.accountId}, updated_at = ${now(ctx)} where id = ${id}`);
    await event(ctx, { applicationId: id, kind: 'proposed', detail: { amountFen, note } });
    await audit(ctx, {
      action: 'assistance.propose',
      targetType: 'assistance',
      targetId: id,
      unionPath: a.union_path,
      after: { amountFen },
    });
    // Within the base union's authority (higher for emergencies), the proposal is the approval.
    const limit = a.emergency ? config.emergencyThresholdFen : config.approvalThresholdFen;
    if (amountFen <= limit)
      await approve(ctx, { ...a, status: 'proposed' }, amountFen, config, a.emergency ? 'emergency' : note);
    return applicationView(ctx, { r: await load(ctx, { id }), full: false });
  });
}

export async function approveApplication(
  ctx: Ctx,
  { id, amountFen, note }: { id: number; amountFen: number | undefined; note: string | null },
) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, { id, forUpdate: true });
    if (a.status !== 'proposed') throw new AppError('ASSISTANCE_WRONG_STATE', { status: a.status });
    authorize(assistancePolicy, ctx.actor, 'approve', a);
    const amount = amountFen ?? Number(a.proposed_fen);
    if (amount <= 0 || amount > Number(a.proposed_fen)) throw new AppError('VALIDATION_FAILED', { field: 'amountFen' });
    await lockPerson(ctx, a.id_number_hash);
    const { config } = await currentRules(ctx);
    await approve(ctx, a, amount, config, note);
    return applicationView(ctx, { r: await load(ctx, { id }), full: false });
  });
}

export async function refuseApplication(ctx: Ctx, { id, reason }: { id: number; reason: string }) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, { id, forUpdate: true });
    if (a.status !== 'submitted' && a.status !== 'proposed')
      throw new AppError('ASSISTANCE_WRONG_STATE', { status: a.status });
    authorize(assistancePolicy, ctx.actor, 'refuse', a);
    await ctx.db.query(sql`update assistance_applications set status = 'refused', refusal_reason = ${reason},
      updated_at = ${now(ctx)} where id = ${id}`);
    await event(ctx, { applicationId: id, kind: 'refused', detail: { reason } });
    await notifyMember(ctx, a, 'assistance.refused', { reason, union: a.union_name }, `assistance:${id}:refused`);
    await audit(ctx, {
      action: 'assistance.refuse',
      targetType: 'assistance',
      targetId: id,
      unionPath: a.union_path,
      detail: { reason },
    });
    return applicationView(ctx, { r: await load(ctx, { id }), full: false });
  });
}

export const disbursementMac = (
  ctx: Ctx,
  d: { application_id: number; amount_fen: number; method: string; paid_on: string; recorded_by: number },
) =>
  ctx.services.pii.hash(
    'assistance-disbursement',
    [d.application_id, d.amount_fen, d.method, d.paid_on, d.recorded_by].join('|'),
  );

export async function disburse(
  ctx: Ctx,
  {
    id,
    input,
  }: {
    id: number;
    input: {
      amountFen: number;
      method: 'bank_transfer' | 'cash' | 'wechat' | 'in_kind';
      paidOn: string;
      reference?: string | null;
    };
  },
) {
  const admin = requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, { id, forUpdate: true });
    // Steps run in order (AS-29): nothing is paid before it is approved.
    if (a.status !== 'approved') throw new AppError('ASSISTANCE_WRONG_STATE', { status: a.status });
    authorize(assistancePolicy, ctx.actor, 'disburse', a);
    const left = Number(a.approved_fen) - Number(a.disbursed_fen);
    if (input.amountFen > left)
      throw new AppError('ASSISTANCE_OVER_APPROVED', { field: 'amountFen', remaining: (left / 100).toFixed(2) });
    const row = {
      application_id: id,
      amount_fen: input.amountFen,
      method: input.method,
      paid_on: input.paidOn,
      recorded_by: admin.accountId,
    };
    const [paid] = await ctx.db.query<{
      id: number;
    }>(sql`insert into assistance_disbursements (application_id, amount_fen, method, paid_on, reference, recorded_by, mac)
      values (${id}, ${input.amountFen}, ${input.method}, ${input.paidOn}, ${input.reference ?? null}, ${admin.accountId},
        ${disbursementMac(ctx, row)}) returning id`);
    await notifyMember(
      ctx,
      a,
      'assistance.paid',
      {
        amount: yuan(input.amountFen),
        union: a.union_name,
        paidOn: input.paidOn,
        method: paymentMethodNames[input.method].zh,
        methodEn: paymentMethodNames[input.method].en,
      },
      `assistance-payment:${paid?.id}`,
    );
    await ctx.db.query(sql`update assistance_budgets set disbursed_fen = disbursed_fen + ${input.amountFen}
      where union_id = ${a.budget_union_id} and year = ${a.budget_year}`);
    const done = input.amountFen === left;
    await ctx.db.query(sql`update assistance_applications set disbursed_fen = disbursed_fen + ${input.amountFen},
      status = ${done ? 'disbursed' : 'approved'},
      reverify_due = coalesce(reverify_due, (${now(ctx)}::timestamptz + interval '1 year')::date),
      updated_at = ${now(ctx)} where id = ${id}`);
    await event(ctx, {
      applicationId: id,
      kind: 'disbursed',
      detail: {
        amountFen: input.amountFen,
        method: input.method,
        paidOn: input.paidOn,
      },
    });
    await audit(ctx, {
      action: 'assistance.disburse',
      targetType: 'assistance',
      targetId: id,
      unionPath: a.union_path,
      after: { amountFen: input.amountFen, method: input.method },
    });
    return applicationView(ctx, { r: await load(ctx, { id }), full: false });
  });
}

/** Rows whose MAC no longer matches their content (ML-20): empty unless someone edited the table behind our back. */
export async function verifyDisbursements(ctx: Ctx): Promise<number[]> {
  const rows = await ctx.db.query<{
    id: number;
    application_id: number;
    amount_fen: number;
    method: string;
    paid_on: string;
    recorded_by: number;
    mac: string;
  }>(
    sql`select id, application_id, amount_fen, method, paid_on::text as paid_on, recorded_by, mac from assistance_disbursements`,
  );
  return rows
    .filter(
      (r) =>
        disbursementMac(ctx, {
          ...r,
          application_id: Number(r.application_id),
          amount_fen: Number(r.amount_fen),
          recorded_by: Number(r.recorded_by),
        }) !== r.mac,
    )
    .map((r) => r.id);
}

export async function recordHelp(
  ctx: Ctx,
  {
    id,
    input,
  }: {
    id: number;
    input: {
      programId?: number;
      kind: typeof import('./assistance.schemas.js').programKinds[number];
      note: string;
      valueFen?: number;
    };
  },
) {
  const admin = requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, { id, forUpdate: true });
    authorize(assistancePolicy, ctx.actor, 'recordHelp', a);
    if (input.programId) {
      const [p] = await ctx.db.query<{ union_id: number }>(
        sql`select union_id from assistance_programs where id = ${input.programId}`,
      );
      if (!p || !idsInPath(a.union_path).includes(Number(p.union_id)))
        throw new AppError('VALIDATION_FAILED', { field: 'programId' });
    }
    await ctx.db.query(sql`insert into assistance_help (application_id, program_id, kind, note, value_fen, recorded_by)
      values (${id}, ${input.programId ?? null}, ${input.kind}, ${input.note}, ${input.valueFen ?? null}, ${admin.accountId})`);
    await event(ctx, { applicationId: id, kind: 'help_recorded', detail: { kind: input.kind, note: input.note } });
    await audit(ctx, {
      action: 'assistance.help',
      targetType: 'assistance',
      targetId: id,
      unionPath: a.union_path,
      after: input,
    });
    return applicationView(ctx, { r: await load(ctx, { id }), full: false });
  });
}

/** The yearly check that the household is still in hardship: sets the next due date a year on. */
export async function reverify(ctx: Ctx, { id, note }: { id: number; note: string }) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, { id, forUpdate: true });
    authorize(assistancePolicy, ctx.actor, 'reverify', a);
    await ctx.db.query(sql`update assistance_applications
      set reverify_due = (${now(ctx)}::timestamptz + interval '1 year')::date, updated_at = ${now(ctx)} where id = ${id}`);
    await event(ctx, { applicationId: id, kind: 'reverified', detail: { note } });
    await audit(ctx, {
      action: 'assistance.reverify',
      targetType: 'assistance',
      targetId: id,
      unionPath: a.union_path,
    });
    return applicationView(ctx, { r: await load(ctx, { id }), full: false });
  });
}
