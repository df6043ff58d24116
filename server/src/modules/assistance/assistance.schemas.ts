import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { optionalText, pageQuery, plainText } from '../../platform/schemas.js';
import { fileSummary } from '../files/files.schemas.js';
import { assistancePolicy } from './assistance.policy.js';

export const causes = ['illness', 'accident', 'disaster', 'education', 'other'] as const;
export const employments = ['employed', 'flexible', 'unemployed', 'retired', 'unable'] as const;
export const tiers = ['deep', 'accident', 'relative', 'none'] as const;
export const programKinds = ['policy_subsidy', 'job', 'material_aid', 'mutual_aid', 'education_grant'] as const;
export const healthConditions = ['healthy', 'chronic', 'serious', 'disabled'] as const;
export const statuses = ['submitted', 'proposed', 'approved', 'disbursed', 'refused', 'withdrawn'] as const;
export const methods = ['bank_transfer', 'cash', 'wechat', 'in_kind'] as const;
export type Tier = (typeof tiers)[number];
export type Cause = (typeof causes)[number];
export type AssistanceStatus = (typeof statuses)[number];

/** Money in fen: a whole number, never negative, at most ¥100 million (absurd figures are refused). */
const fen = (max = 10_000_000_000) => z.number().int().min(0).max(max);

// ---- Rules: configuration, versioned ----------------------------------------------------------
const line = z.strictObject({
  minLivingMonthlyFen: fen(10_000_000).refine((n) => n > 0, 'must be positive'),
  lowIncomeMonthlyFen: fen(10_000_000).refine((n) => n > 0, 'must be positive'),
});
export const ruleConfig = z
  .strictObject({
    /** Per-region lines: the nearest union on the applicant's path with a line applies, else the default. */
    lines: z.array(line.extend({ unionId: z.number().int().positive(), name: plainText(40) })).max(200),
    defaultLine: line,
    /** Self-paid medical costs at or above this share of household income are a heavy burden. */
    medicalBurdenPercent: z.number().int().min(1).max(100),
    /** Dependants making up at least this share of the household... */
    dependantSharePercent: z.number().int().min(1).max(100),
    /** ...with a per-capita income up to this multiple (percent) of the low-income line make it relative hardship. */
    dependantIncomeMarginPercent: z.number().int().min(100).max(300),
    /** An accident or disaster with self-paid costs or losses at least this much is accident-caused hardship. */
    accidentMinFen: fen(),
    /** Above this, the federation must approve what the base union proposes. */
    approvalThresholdFen: fen().refine((n) => n > 0, 'must be positive'),
    /** Emergency cases: the base union approves alone up to this. */
    emergencyThresholdFen: fen().refine((n) => n > 0, 'must be positive'),
    /** Per person and calendar year, approved money in total. */
    yearlyCapFen: fen().refine((n) => n > 0, 'must be positive'),
  })
  .refine((c) => [c.defaultLine, ...c.lines].every((l) => l.minLivingMonthlyFen <= l.lowIncomeMonthlyFen), {
    message: 'the minimum-living line must not exceed the low-income line',
    path: ['lines'],
  });
export type RuleConfig = z.infer<typeof ruleConfig>;

export const newRuleSetBody = z.strictObject({ config: ruleConfig, note: plainText(200) });
const lineView = z.object({ minLivingMonthlyFen: z.number(), lowIncomeMonthlyFen: z.number() });
export const ruleSetView = z.object({
  version: z.number(),
  config: z.object({
    lines: z.array(lineView.extend({ unionId: z.number(), name: z.string() })),
    defaultLine: lineView,
    medicalBurdenPercent: z.number(),
    dependantSharePercent: z.number(),
    dependantIncomeMarginPercent: z.number(),
    accidentMinFen: z.number(),
    approvalThresholdFen: z.number(),
    emergencyThresholdFen: z.number(),
    yearlyCapFen: z.number(),
  }),
  note: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

// ---- Applications -----------------------------------------------------------------------------
export const householdPerson = z.strictObject({
  relation: z.enum(['self', 'spouse', 'child', 'parent', 'other']),
  age: z.number().int().min(0).max(120),
  /** Yearly income in fen; at most ¥10 million a year per person. */
  annualIncomeFen: fen(1_000_000_000),
  /** Has no income of their own and is looked after: a pupil, a student, an elderly or disabled person. */
  dependant: z.boolean(),
});

export const sensitiveData = z.strictObject({
  household: z.array(householdPerson).min(1).max(30),
  health: z.strictObject({ condition: z.enum(healthConditions), note: optionalText(200) }),
  /** Medical costs paid by the household itself in the last 12 months, after insurance. */
  medicalSelfPaidFen: fen(),
  story: plainText(1000),
});
export type SensitiveData = z.infer<typeof sensitiveData>;
/** The same document on the way out (no input transforms). */
const sensitiveView = z.object({
  household: z.array(householdPerson),
  health: z.object({ condition: z.enum(healthConditions), note: z.string().nullish() }),
  medicalSelfPaidFen: z.number(),
  story: z.string(),
});

const applicationCore = {
  cause: z.enum(causes),
  employment: z.enum(employments),
  emergency: z.boolean().default(false),
  ...sensitiveData.shape,
  evidenceFileIds: z.array(z.number().int().positive()).max(10).default([]),
  /** PI-05: the applicant, as guardian, consents for household members under 14 (required when there are any). */
  guardianConsent: z.boolean().default(false),
};

/** PI-04: sensitive data only with the applicant's separate consent. */
const consent = z.literal(true, { message: 'separate consent to process health and income data is required' });

export const applyBody = z.strictObject({ ...applicationCore, consent });
export const enterBody = z.strictObject({
  ...applicationCore,
  consent,
  /** The applicant: a member by id, or a worker who is not a member. */
  memberId: z.number().int().positive().optional(),
  applicant: z
    .strictObject({ name: plainText(50), idNumber: z.string().max(40), phone: z.string().max(40) })
    .optional(),
  unionId: z.number().int().positive(),
});
export const updateBody = z.strictObject({
  cause: z.enum(causes),
  employment: z.enum(employments),
  ...sensitiveData.shape,
  guardianConsent: z.boolean().default(false),
});

export const proposeBody = z.strictObject({
  amountFen: fen().refine((n) => n > 0, 'must be positive'),
  note: optionalText(200),
});
export const approveBody = z.strictObject({ amountFen: fen().optional(), note: optionalText(200) });
export const refuseBody = z.strictObject({ reason: plainText(200) });
export const reverifyBody = z.strictObject({ note: plainText(200) });
export const disburseBody = z.strictObject({
  amountFen: fen().refine((n) => n > 0, 'must be positive'),
  method: z.enum(methods),
  paidOn: z.iso.date(),
  reference: optionalText(60),
});
export const helpBody = z.strictObject({
  programId: z.number().int().positive().optional(),
  kind: z.enum(programKinds),
  note: plainText(200),
  valueFen: fen().optional(),
});

export const listQuery = z.strictObject({
  status: z.enum(statuses).optional(),
  tier: z.enum(tiers).optional(),
  emergency: z.enum(['true', 'false']).optional(),
  reverifyDue: z.enum(['true']).optional(),
  q: z.string().max(50).optional(),
  ...pageQuery,
});

const ruleResult = z.object({
  rule: z.string(),
  fired: z.boolean(),
  tier: z.enum(tiers).nullable(),
  label: z.object({ zh: z.string(), en: z.string() }),
  /** With the numbers: present for the applicant and for an officer who revealed the data. */
  text: z.object({ zh: z.string(), en: z.string() }).nullable(),
});
export const profileView = z.object({ tier: z.enum(tiers), ruleVersion: z.number(), rules: z.array(ruleResult) });

const eventView = z.object({
  kind: z.string(),
  at: z.string(),
  by: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
const disbursementView = z.object({
  id: z.number(),
  amountFen: z.number(),
  method: z.enum(methods),
  paidOn: z.string(),
  reference: z.string().nullable(),
  recordedBy: z.string(),
});
const helpView = z.object({
  id: z.number(),
  kind: z.enum(programKinds),
  programName: z.string().nullable(),
  note: z.string(),
  valueFen: z.number().nullable(),
  createdAt: z.string(),
});

export const applicationSummary = z.object({
  id: z.number(),
  applicantName: z.string(),
  idNumberMasked: z.string(),
  union: z.object({ id: z.number(), name: z.string() }),
  cause: z.enum(causes),
  tier: z.enum(tiers),
  emergency: z.boolean(),
  status: z.enum(statuses),
  proposedFen: z.number().nullable(),
  approvedFen: z.number().nullable(),
  disbursedFen: z.number(),
  reverifyDue: z.string().nullable(),
  createdAt: z.string(),
});
export const aidApplicationView = applicationSummary.extend({
  channel: z.enum(['member', 'cadre']),
  employment: z.enum(employments),
  householdSize: z.number(),
  refusalReason: z.string().nullable(),
  /** Officers only: who reviews the case and alone sees its sensitive data (AS-22). */
  reviewer: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  profile: profileView,
  /** Household, incomes, health and medical costs: only for the applicant, or after an audited reveal. */
  sensitive: sensitiveView.nullable(),
  evidence: z.array(fileSummary),
  events: z.array(eventView),
  disbursements: z.array(disbursementView),
  help: z.array(helpView),
  actions: z.array(z.enum(actionsOf(assistancePolicy))),
});
export const aidApplicationPage = z.object({
  items: z.array(applicationSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const recommendationView = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(programKinds),
      name: z.string(),
      description: z.string(),
      union: z.string(),
      maxAmountFen: z.number().nullable(),
      why: z.object({ zh: z.string(), en: z.string() }),
    }),
  ),
});

// ---- Programs and budgets ---------------------------------------------------------------------
export const programBody = z.strictObject({
  unionId: z.number().int().positive(),
  kind: z.enum(programKinds),
  name: plainText(60),
  description: plainText(500),
  tiers: z.array(z.enum(tiers)).max(4).default([]),
  causes: z.array(z.enum(causes)).max(5).default([]),
  maxAmountFen: fen()
    .refine((n) => n > 0, 'must be positive')
    .nullish(),
  active: z.boolean().default(true),
});
export const programView = z.object({
  id: z.number(),
  union: z.object({ id: z.number(), name: z.string() }),
  kind: z.enum(programKinds),
  name: z.string(),
  description: z.string(),
  tiers: z.array(z.enum(tiers)),
  causes: z.array(z.enum(causes)),
  maxAmountFen: z.number().nullable(),
  active: z.boolean(),
});
export const budgetBody = z.strictObject({
  unionId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  amountFen: fen().refine((n) => n > 0, 'must be positive'),
});
export const aidBudgetView = z.object({
  union: z.object({ id: z.number(), name: z.string() }),
  year: z.number(),
  amountFen: z.number(),
  committedFen: z.number(),
  disbursedFen: z.number(),
});
