// Applying: a member applies, or a cadre enters an application for a worker; editing and withdrawing.
import { authorize, can, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { parseIdNumber, parsePhone } from '../../platform/validators.js';
import { attachFiles } from '../files/files.service.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { assistancePolicy } from './assistance.policy.js';
import { computeProfile } from './assistance.profile.js';
import { applicationView, event, load } from './assistance.records.js';
import { currentRules } from './assistance.rules.js';
import type { Cause, SensitiveData } from './assistance.schemas.js';
import type { ApplicationRow } from './assistance.tables.js';

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

async function createApplication(ctx: Ctx, who: Applicant, input: ApplicationInput) {
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
  await attachFiles(ctx, { fileIds: input.evidenceFileIds, kind: 'assistance', attachedId: id });
  await event(ctx, {
    applicationId: id,
    kind: 'submitted',
    detail: { tier: profile.tier, ruleVersion: rules.version, emergency: input.emergency },
    unionId: who.unionId,
  });
  return id;
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
    );
    return applicationView(ctx, { r: await load(ctx, { id }), full: true });
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
    const unionPath = await unionPathFor(ctx, { unionId: input.unionId, permission: 'assistance.handle' });
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
    const id = await createApplication(ctx, who, input);
    await audit(ctx, {
      action: 'assistance.enter',
      targetType: 'assistance',
      targetId: id,
      unionId: input.unionId,
      unionPath,
    });
    return applicationView(ctx, { r: await load(ctx, { id }), full: false });
  });
}

/** Corrections while still submitted; the profile is computed again with the current rules. */
export async function updateApplication(
  ctx: Ctx,
  {
    id,
    input,
  }: {
    id: number;
    input: SensitiveData & { cause: Cause; employment: ApplicationRow['employment']; guardianConsent: boolean };
  },
) {
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, { id, forUpdate: true });
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
    await event(ctx, {
      applicationId: id,
      kind: 'updated',
      detail: { tier: profile.tier, ruleVersion: rules.version, previousTier: a.tier },
    });
    if (kind === 'admin')
      await audit(ctx, {
        action: 'assistance.update',
        targetType: 'assistance',
        targetId: id,
        unionPath: a.union_path,
      });
    return applicationView(ctx, { r: await load(ctx, { id }), full: kind === 'member' });
  });
}

export async function withdrawApplication(ctx: Ctx, id: number) {
  requireMember(ctx.actor);
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, { id, forUpdate: true });
    authorize(assistancePolicy, ctx.actor, 'withdraw', a);
    await ctx.db.query(
      sql`update assistance_applications set status = 'withdrawn', updated_at = ${now(ctx)} where id = ${id}`,
    );
    await event(ctx, { applicationId: id, kind: 'withdrawn', detail: null });
    return applicationView(ctx, { r: await load(ctx, { id }), full: true });
  });
}
