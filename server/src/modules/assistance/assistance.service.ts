// Hardship assistance (帮扶): apply (or a cadre enters it) → profile computed → base union proposes an
// amount → federation approves above the threshold → disbursed, with a per-person yearly cap and a
// union budget drawn down. Health, income and medical data live in one encrypted document; the officer
// assigned to review the case sees it only by an audited reveal.
import {
  authorize,
  can,
  inScope,
  requireMember,
  requirePermissionSomewhere,
  rolePermissions,
} from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { wholeIdentifierFilter } from '../../platform/identifiers.js';
import { notifyMember } from '../../platform/notify.js';
import { auditUnmaskedRead } from '../../platform/reveal-watch.js';
import { neutralise } from '../../platform/spreadsheet.js';
import { containsPattern, sql } from '../../platform/sql.js';
import { idsInPath } from '../../platform/tree.js';
import { normalizeQuery, parseIdNumber, parsePhone } from '../../platform/validators.js';
import { attachFiles, registerFileAccess } from '../files/files.service.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { paymentMethodNames } from './assistance.notices.js';
import { type AssistanceSubject, assistancePolicy } from './assistance.policy.js';
import { presentApplication, presentSummary } from './assistance.presenter.js';
import { computeProfile, initialRuleConfig } from './assistance.profile.js';
import {
  type AssistanceStatus,
  type Cause,
  type RuleConfig,
  ruleConfig,
  type SensitiveData,
  type Tier,
} from './assistance.schemas.js';

// Evidence (diagnoses, income proofs) is as sensitive as the data it proves: the applicant, and whoever
// may reveal the case.
registerFileAccess('assistance', async (ctx, id) => {
  const [row] = await ctx.db.query<AssistanceSubject>(sql`
    select union_path, member_id, status, proposed_by, reverify_due, reviewer_id from assistance_applications
    where id = ${id}`);
  if (!row) return null;
  const rule = ctx.actor.kind === 'member' ? assistancePolicy.read : assistancePolicy.reveal;
  return rule?.(ctx.actor, row) === true ? row.union_path : null;
});

/** Fen as yuan with two decimals, as members read amounts. */
const yuan = (fen: number) => (fen / 100).toFixed(2);

export interface ApplicationRow extends AssistanceSubject {
  id: number;
  applicant_name: string;
  id_number_cipher: string;
  id_number_hash: string;
  id_number_last4: string;
  union_id: number;
  union_name: string;
  entered_by: number | null;
  cause: Cause;
  employment: typeof import('./assistance.schemas.js').employments[number];
  household_size: number;
  emergency: boolean;
  sensitive_cipher: string;
  tier: Tier;
  profile_cipher: string;
  rule_version: number;
  proposed_fen: number | null;
  approved_fen: number | null;
  disbursed_fen: number;
  budget_union_id: number | null;
  budget_year: number | null;
  refusal_reason: string | null;
  reviewer_name: string | null;
  phone_hash: string;
  phone_cipher: string;
  created_at: Date;
}

const selectApplication = sql.raw(`select a.*, a.reverify_due::text as reverify_due, u.name as union_name,
    rv.display_name as reviewer_name
  from assistance_applications a join unions u on u.id = a.union_id left join accounts rv on rv.id = a.reviewer_id`);

async function load(ctx: Ctx, id: number, forUpdate = false): Promise<ApplicationRow> {
  if (ctx.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const [row] = await ctx.db.query<ApplicationRow>(
    sql`${selectApplication} where a.id = ${id}${sql.raw(forUpdate ? ' for update of a' : '')}`,
  );
  if (!row || !assistancePolicy.read?.(ctx.actor, row)) throw notFound();
  return row;
}

// ---- Rules ------------------------------------------------------------------------------------
export async function currentRules(ctx: Ctx): Promise<{ version: number; config: RuleConfig }> {
  const [row] = await ctx.db.query<{ version: number; config: RuleConfig }>(
    sql`select version, config from assistance_rule_sets order by version desc limit 1`,
  );
  if (row) return row;
  // First use: the shipped defaults become version 1 (recorded, so profiles can point at them).
  await ctx.db.query(sql`insert into assistance_rule_sets (version, config, note)
    values (1, ${JSON.stringify(initialRuleConfig)}::jsonb, '初始规则 initial rules') on conflict do nothing`);
  return currentRules(ctx);
}

/** Only an officer of a top-level federation changes the rules (they apply everywhere). */
function requireRuleAuthor(ctx: Ctx) {
  const admin = requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  const top = admin.grants.some((g) => g.role === 'assistance_officer' && idsInPath(g.unionPath).length === 1);
  if (!top) throw new AppError('FORBIDDEN');
  return admin;
}

export async function listRuleSets(ctx: Ctx) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  await currentRules(ctx);
  const rows = await ctx.db.query<{
    version: number;
    config: RuleConfig;
    note: string;
    created_at: Date;
    username: string | null;
  }>(
    sql`select r.*, a.username from assistance_rule_sets r left join accounts a on a.id = r.created_by order by version desc`,
  );
  return {
    items: rows.map((r) => ({
      version: r.version,
      config: r.config,
      note: r.note,
      createdAt: r.created_at.toISOString(),
      createdBy: r.username,
    })),
  };
}

export async function publishRuleSet(ctx: Ctx, config: RuleConfig, note: string) {
  const admin = requireRuleAuthor(ctx);
  const checked = ruleConfig.parse(config);
  return transaction(ctx, async (ctx) => {
    const current = await currentRules(ctx);
    const version = current.version + 1;
    await ctx.db.query(sql`insert into assistance_rule_sets (version, config, note, created_by)
      values (${version}, ${JSON.stringify(checked)}::jsonb, ${note}, ${admin.accountId})`);
    await audit(ctx, {
      action: 'assistance.rules.publish',
      targetType: 'assistance_rule_set',
      targetId: version,
      after: checked,
    });
    return { version, config: checked, note, createdAt: now(ctx).toISOString(), createdBy: admin.username };
  });
}

// ---- Applying ---------------------------------------------------------------------------------
interface ApplicationInput extends SensitiveData {
  guardianConsent: boolean;
  cause: Cause;
  employment: ApplicationRow['employment'];
  emergency: boolean;
  evidenceFileIds: number[];
}

const sensitiveOf = (input: SensitiveData): SensitiveData => ({
  household: input.household,
  health: input.health,
  medicalSelfPaidFen: input.medicalSelfPaidFen,
  story: input.story,
});

/** Children under 14 are sensitive PI in themselves (PIPL Art. 28, 31): their data needs the guardian's consent. */
const MINOR_AGE = 14;
const hasMinor = (data: SensitiveData) => data.household.some((p) => p.relation !== 'self' && p.age < MINOR_AGE);

/** Checks the household; returns whether a guardian's consent is recorded with it. */
function checkHousehold(data: SensitiveData, guardianConsent: boolean): boolean {
  if (data.household.filter((p) => p.relation === 'self').length !== 1) {
    throw new AppError('ASSISTANCE_HOUSEHOLD_INVALID', { field: 'household' });
  }
  if (hasMinor(data) && !guardianConsent)
    throw new AppError('ASSISTANCE_GUARDIAN_CONSENT_REQUIRED', { field: 'guardianConsent', age: MINOR_AGE });
  return hasMinor(data);
}

interface Applicant {
  memberId: number | null;
  name: string;
  idNumber: string;
  phone: string;
  unionId: number;
  unionPath: string;
  /** The cadre who typed the application in: it has seen the data, so it starts as the reviewer. */
  enteredBy: number | null;
}

async function createApplication(ctx: Ctx, who: Applicant, input: ApplicationInput, actorKind: 'member' | 'admin') {
  const withGuardianConsent = checkHousehold(input, input.guardianConsent);
  const { pii } = ctx.services;
  const rules = await currentRules(ctx);
  const data = sensitiveOf(input);
  const profile = computeProfile({ cause: input.cause, unionPath: who.unionPath, data }, rules.config, rules.version);
  const at = now(ctx);
  let id: number;
  try {
    const [row] = await ctx.db.query<{ id: number }>(sql`
      insert into assistance_applications (member_id, applicant_name, id_number_cipher, id_number_hash, id_number_last4,
        phone_cipher, phone_hash, union_id, union_path, entered_by, reviewer_id, cause, employment, household_size,
        emergency, sensitive_cipher, tier, profile_cipher, rule_version, consent_at, guardian_consent_at, created_at,
        updated_at)
      values (${who.memberId}, ${who.name}, ${pii.encrypt(who.idNumber)}, ${pii.hash('id_number', who.idNumber)},
        ${who.idNumber.slice(-4)}, ${pii.encrypt(who.phone)}, ${pii.hash('phone', who.phone)}, ${who.unionId},
        ${who.unionPath}, ${who.enteredBy}, ${who.enteredBy}, ${input.cause}, ${input.employment}, ${data.household.length},
        ${input.emergency}, ${pii.encrypt(JSON.stringify(data))}, ${profile.tier},
        ${pii.encrypt(JSON.stringify(profile))}, ${rules.version}, ${at}, ${withGuardianConsent ? at : null}, ${at},
        ${at})
      returning id`);
    id = row?.id ?? 0;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new AppError('ASSISTANCE_OPEN_EXISTS');
    throw error;
  }
  await attachFiles(ctx, input.evidenceFileIds, 'assistance', id);
  await event(
    ctx,
    id,
    'submitted',
    actorKind,
    { tier: profile.tier, ruleVersion: rules.version, emergency: input.emergency },
    who.unionId,
  );
  return id;
}

async function event(
  ctx: Ctx,
  applicationId: number,
  kind: string,
  actorKind: 'member' | 'admin' | 'system',
  detail: Record<string, unknown> | null,
  unionId: number | null = null,
) {
  const actorId =
    ctx.actor.kind === 'admin' ? ctx.actor.accountId : ctx.actor.kind === 'member' ? ctx.actor.memberId : null;
  await ctx.db.query(sql`insert into assistance_events (application_id, at, kind, actor_kind, actor_id, union_id, detail)
    values (${applicationId}, ${now(ctx)}, ${kind}, ${actorKind}, ${actorId}, ${unionId}, ${detail ? JSON.stringify(detail) : null}::jsonb)`);
}

export async function applyAsMember(ctx: Ctx, input: ApplicationInput) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) throw new AppError('CARD_NOT_AVAILABLE');
  const memberId = actor.memberId;
  return transaction(ctx, async (ctx) => {
    const [m] = await ctx.db.query<{
      name: string;
      id_number_cipher: string;
      phone_cipher: string;
      union_id: number;
      union_path: string;
      status: string;
    }>(
      sql`select name, id_number_cipher, phone_cipher, union_id, union_path, status from members where id = ${memberId}`,
    );
    if (m?.status !== 'active') throw new AppError('MEMBER_NOT_ACTIVE');
    const { pii } = ctx.services;
    const id = await createApplication(
      ctx,
      {
        memberId,
        name: m.name,
        idNumber: pii.decrypt(m.id_number_cipher),
        phone: pii.decrypt(m.phone_cipher),
        unionId: m.union_id,
        unionPath: m.union_path,
        enteredBy: null,
      },
      input,
      'member',
    );
    return presentApplication(ctx, await load(ctx, id), true);
  });
}

/** A cadre enters an application for someone who cannot apply in the app (a member, or a worker who is not). */
export async function enterApplication(
  ctx: Ctx,
  input: ApplicationInput & {
    unionId: number;
    memberId?: number;
    applicant?: { name: string; idNumber: string; phone: string };
  },
) {
  const admin = requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const unionPath = await unionPathFor(ctx, input.unionId, 'assistance.handle');
    let who: Applicant;
    if (input.memberId) {
      const [m] = await ctx.db.query<{
        name: string;
        id_number_cipher: string;
        phone_cipher: string;
        union_path: string;
        status: string;
      }>(
        sql`select name, id_number_cipher, phone_cipher, union_path, status from members where id = ${input.memberId}`,
      );
      // A member of another subtree looks exactly like a missing one.
      if (!m || !can(ctx.actor, 'assistance.handle', m.union_path)) throw notFound();
      const { pii } = ctx.services;
      who = {
        memberId: input.memberId,
        name: m.name,
        idNumber: pii.decrypt(m.id_number_cipher),
        phone: pii.decrypt(m.phone_cipher),
        unionId: input.unionId,
        unionPath,
        enteredBy: admin.accountId,
      };
    } else if (input.applicant) {
      const parsed = parseIdNumber(input.applicant.idNumber);
      if (!parsed.ok) throw new AppError('ID_NUMBER_INVALID', { field: 'applicant.idNumber' });
      const phone = parsePhone(input.applicant.phone);
      if (!phone) throw new AppError('PHONE_INVALID', { field: 'applicant.phone' });
      who = {
        memberId: null,
        name: input.applicant.name,
        idNumber: parsed.value.idNumber,
        phone,
        unionId: input.unionId,
        unionPath,
        enteredBy: admin.accountId,
      };
    } else {
      throw new AppError('VALIDATION_FAILED', { field: 'applicant' });
    }
    const id = await createApplication(ctx, who, input, 'admin');
    await audit(ctx, {
      action: 'assistance.enter',
      targetType: 'assistance',
      targetId: id,
      unionId: input.unionId,
      unionPath,
    });
    return presentApplication(ctx, await load(ctx, id), false);
  });
}

/** Corrections while still submitted; the profile is computed again with the current rules. */
export async function updateApplication(
  ctx: Ctx,
  id: number,
  input: SensitiveData & { cause: Cause; employment: ApplicationRow['employment']; guardianConsent: boolean },
) {
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
    authorize(assistancePolicy, ctx.actor, 'update', a);
    const withGuardianConsent = checkHousehold(input, input.guardianConsent);
    const rules = await currentRules(ctx);
    const data = sensitiveOf(input);
    const profile = computeProfile({ cause: input.cause, unionPath: a.union_path, data }, rules.config, rules.version);
    const { pii } = ctx.services;
    await ctx.db.query(sql`update assistance_applications set cause = ${input.cause}, employment = ${input.employment},
      household_size = ${data.household.length}, sensitive_cipher = ${pii.encrypt(JSON.stringify(data))},
      tier = ${profile.tier}, profile_cipher = ${pii.encrypt(JSON.stringify(profile))}, rule_version = ${rules.version},
      guardian_consent_at = ${withGuardianConsent ? sql`coalesce(guardian_consent_at, ${now(ctx)})` : null},
      updated_at = ${now(ctx)} where id = ${id}`);
    const kind = ctx.actor.kind === 'admin' ? 'admin' : 'member';
    await event(ctx, id, 'updated', kind, { tier: profile.tier, ruleVersion: rules.version, previousTier: a.tier });
    if (kind === 'admin')
      await audit(ctx, {
        action: 'assistance.update',
        targetType: 'assistance',
        targetId: id,
        unionPath: a.union_path,
      });
    return presentApplication(ctx, await load(ctx, id), kind === 'member');
  });
}

export async function withdrawApplication(ctx: Ctx, id: number) {
  requireMember(ctx.actor);
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
    authorize(assistancePolicy, ctx.actor, 'withdraw', a);
    await ctx.db.query(
      sql`update assistance_applications set status = 'withdrawn', updated_at = ${now(ctx)} where id = ${id}`,
    );
    await event(ctx, id, 'withdrawn', 'member', null);
    return presentApplication(ctx, await load(ctx, id), true);
  });
}

// ---- Reading ----------------------------------------------------------------------------------
export async function myApplications(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) return { items: [] };
  const rows = await ctx.db.query<ApplicationRow>(
    sql`${selectApplication} where a.member_id = ${actor.memberId} order by a.id desc limit 50`,
  );
  return { items: rows.map((r) => presentSummary(r)) };
}

export async function getApplication(ctx: Ctx, id: number, reveal: boolean) {
  const a = await load(ctx, id);
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
  return presentApplication(ctx, a, own || reveal);
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
  const a = await load(ctx, id);
  const rows = await ctx.db.query<ApplicationRow>(sql`${selectApplication}
    where a.id_number_hash = ${a.id_number_hash} and ${inScope(ctx.actor, 'assistance.handle', sql.raw('a.union_path'))}
    order by a.id desc`);
  return { items: rows.map((r) => presentSummary(r)) };
}

export async function recommendations(ctx: Ctx, id: number) {
  const a = await load(ctx, id);
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

// ---- Deciding and paying ------------------------------------------------------------------------
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
  await event(ctx, a.id, 'approved', 'admin', { amountFen, note });
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

export async function proposeAmount(ctx: Ctx, id: number, amountFen: number, note: string | null) {
  const admin = requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
    authorize(assistancePolicy, ctx.actor, 'propose', a);
    await lockPerson(ctx, a.id_number_hash);
    const { config } = await currentRules(ctx);
    await checkCap(ctx, a, amountFen, config, yearOf(now(ctx)));
    await ctx.db.query(sql`update assistance_applications set status = 'proposed', proposed_fen = ${amountFen},
      proposed_by = ${admin.accountId}, updated_at = ${now(ctx)} where id = ${id}`);
    await event(ctx, id, 'proposed', 'admin', { amountFen, note });
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
    return presentApplication(ctx, await load(ctx, id), false);
  });
}

export async function approveApplication(ctx: Ctx, id: number, amountFen: number | undefined, note: string | null) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
    if (a.status !== 'proposed') throw new AppError('ASSISTANCE_WRONG_STATE', { status: a.status });
    authorize(assistancePolicy, ctx.actor, 'approve', a);
    const amount = amountFen ?? Number(a.proposed_fen);
    if (amount <= 0 || amount > Number(a.proposed_fen)) throw new AppError('VALIDATION_FAILED', { field: 'amountFen' });
    await lockPerson(ctx, a.id_number_hash);
    const { config } = await currentRules(ctx);
    await approve(ctx, a, amount, config, note);
    return presentApplication(ctx, await load(ctx, id), false);
  });
}

export async function refuseApplication(ctx: Ctx, id: number, reason: string) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
    if (a.status !== 'submitted' && a.status !== 'proposed')
      throw new AppError('ASSISTANCE_WRONG_STATE', { status: a.status });
    authorize(assistancePolicy, ctx.actor, 'refuse', a);
    await ctx.db.query(sql`update assistance_applications set status = 'refused', refusal_reason = ${reason},
      updated_at = ${now(ctx)} where id = ${id}`);
    await event(ctx, id, 'refused', 'admin', { reason });
    await notifyMember(ctx, a, 'assistance.refused', { reason, union: a.union_name }, `assistance:${id}:refused`);
    await audit(ctx, {
      action: 'assistance.refuse',
      targetType: 'assistance',
      targetId: id,
      unionPath: a.union_path,
      detail: { reason },
    });
    return presentApplication(ctx, await load(ctx, id), false);
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
  id: number,
  input: {
    amountFen: number;
    method: 'bank_transfer' | 'cash' | 'wechat' | 'in_kind';
    paidOn: string;
    reference?: string | null;
  },
) {
  const admin = requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
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
    await event(ctx, id, 'disbursed', 'admin', {
      amountFen: input.amountFen,
      method: input.method,
      paidOn: input.paidOn,
    });
    await audit(ctx, {
      action: 'assistance.disburse',
      targetType: 'assistance',
      targetId: id,
      unionPath: a.union_path,
      after: { amountFen: input.amountFen, method: input.method },
    });
    return presentApplication(ctx, await load(ctx, id), false);
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
  id: number,
  input: {
    programId?: number;
    kind: typeof import('./assistance.schemas.js').programKinds[number];
    note: string;
    valueFen?: number;
  },
) {
  const admin = requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
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
    await event(ctx, id, 'help_recorded', 'admin', { kind: input.kind, note: input.note });
    await audit(ctx, {
      action: 'assistance.help',
      targetType: 'assistance',
      targetId: id,
      unionPath: a.union_path,
      after: input,
    });
    return presentApplication(ctx, await load(ctx, id), false);
  });
}

/** The yearly check that the household is still in hardship: sets the next due date a year on. */
export async function reverify(ctx: Ctx, id: number, note: string) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
    authorize(assistancePolicy, ctx.actor, 'reverify', a);
    await ctx.db.query(sql`update assistance_applications
      set reverify_due = (${now(ctx)}::timestamptz + interval '1 year')::date, updated_at = ${now(ctx)} where id = ${id}`);
    await event(ctx, id, 'reverified', 'admin', { note });
    await audit(ctx, {
      action: 'assistance.reverify',
      targetType: 'assistance',
      targetId: id,
      unionPath: a.union_path,
    });
    return presentApplication(ctx, await load(ctx, id), false);
  });
}

// ---- Reviewer (AS-22) ---------------------------------------------------------------------------
/** Active accounts that handle assistance for the case's union (a grant on it or a federation above). */
export async function reviewerCandidates(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  const a = await load(ctx, id);
  authorize(assistancePolicy, ctx.actor, 'assign', a);
  return { items: await candidatesFor(ctx, a.union_path) };
}

async function candidatesFor(ctx: Ctx, unionPath: string) {
  const roles = Object.entries(rolePermissions)
    .filter(([, permissions]) => permissions.includes('assistance.handle'))
    .map(([role]) => role);
  const rows = await ctx.db.query<{ id: number; username: string; display_name: string; union_name: string }>(sql`
    select distinct on (a.id) a.id, a.username, a.display_name, u.name as union_name
    from accounts a join role_grants g on g.account_id = a.id join unions u on u.id = g.union_id
    where not a.disabled and g.role = any(${roles}::text[]) and starts_with(${unionPath}, u.path)
    order by a.id, length(u.path) desc`);
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, unionName: r.union_name }));
}

export async function assignReviewer(ctx: Ctx, id: number, accountId: number) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
    authorize(assistancePolicy, ctx.actor, 'assign', a);
    const reviewer = (await candidatesFor(ctx, a.union_path)).find((c) => c.id === accountId);
    if (!reviewer) throw new AppError('ASSISTANCE_REVIEWER_INVALID', { field: 'accountId' });
    if (a.reviewer_id !== accountId) {
      await ctx.db.query(sql`update assistance_applications set reviewer_id = ${accountId}, updated_at = ${now(ctx)}
        where id = ${id}`);
      // The history says a reviewer was assigned; who it is stays with the officers (the presenter).
      await event(ctx, id, 'reviewer_assigned', 'admin', {});
      await audit(ctx, {
        action: 'assistance.assign_reviewer',
        targetType: 'assistance',
        targetId: id,
        unionPath: a.union_path,
        before: { reviewerId: a.reviewer_id },
        after: { reviewerId: accountId },
      });
    }
    return presentApplication(ctx, await load(ctx, id), false);
  });
}

// ---- Export -----------------------------------------------------------------------------------
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
