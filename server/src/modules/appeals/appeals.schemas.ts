import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { optionalText, pageQuery, plainText } from '../../platform/schemas.js';
import { fileSummary } from '../files/files.schemas.js';
import { appealPolicy } from './appeals.policy.js';

export const categories = [
  'wage_arrears',
  'labour_dispute',
  'work_injury',
  'social_insurance',
  'occupational_safety',
  'other',
] as const;
export const appealStatuses = [
  'submitted',
  'accepted',
  'in_progress',
  'awaiting_worker',
  'referred',
  'refused',
  'resolved',
] as const;
export const referralTargets = ['labour_inspection', 'arbitration', 'court', 'other'] as const;
export type Category = (typeof categories)[number];
export type AppealStatus = (typeof appealStatuses)[number];

const fen = z.number().int().min(0).max(100_000_000_000);
const caseFields = {
  category: z.enum(categories),
  employerName: plainText(100),
  /** 统一社会信用代码, when the worker knows it: routes the case to the employer's union. */
  employerCreditCode: z.string().max(40).optional(),
  amountOwedFen: fen.optional(),
  peopleAffected: z.number().int().min(1).max(100_000),
  description: plainText(2000),
  /** The federation of the area where the worker works: used when the employer has no union here. */
  areaUnionId: z.number().int().positive().optional(),
  evidenceFileIds: z.array(z.number().int().positive()).max(10).default([]),
};

export const submitBody = z.strictObject({
  ...caseFields,
  anonymous: z.boolean().default(false),
  /** Needed when the signed-in worker is not a member (members are known by name). */
  workerName: plainText(50).optional(),
});
export const hotlineBody = z.strictObject({
  ...caseFields,
  anonymous: z.boolean().default(false),
  workerName: plainText(50),
  phone: z.string().max(40),
});

export const referBody = z.strictObject({ to: z.enum(referralTargets), note: plainText(200) });
export const reasonBody = z.strictObject({ reason: plainText(200) });
export const textBody = z.strictObject({ text: plainText(500) });
export const replyBody = z.strictObject({
  text: plainText(1000),
  evidenceFileIds: z.array(z.number().int().positive()).max(10).default([]),
});
export const resolveBody = z.strictObject({
  outcome: plainText(500),
  recoveredFen: fen.default(0),
  workersCovered: z.number().int().min(0).max(100_000).default(0),
});
export const rateBody = z.strictObject({ rating: z.number().int().min(1).max(5), comment: optionalText(200) });

export const listQuery = z.strictObject({
  status: z.enum(appealStatuses).optional(),
  category: z.enum(categories).optional(),
  overdue: z.enum(['true']).optional(),
  flagged: z.enum(['true']).optional(),
  /** Only the cases escalated away from the caller's unions, which it follows read-only. */
  watching: z.enum(['true']).optional(),
  ...pageQuery,
});

const deadlineView = z.object({
  budgetMinutes: z.number(),
  usedMinutes: z.number(),
  dueAt: z.string().nullable(),
  metAt: z.string().nullable(),
  overdue: z.boolean(),
  paused: z.boolean(),
});
export const appealSummary = z.object({
  id: z.number(),
  category: z.enum(categories),
  channel: z.enum(['app', 'hotline']),
  workerName: z.string(),
  anonymous: z.boolean(),
  employerName: z.string(),
  amountOwedFen: z.number().nullable(),
  peopleAffected: z.number(),
  union: z.object({ id: z.number(), name: z.string() }),
  status: z.enum(appealStatuses),
  rating: z.number().nullable(),
  flagged: z.boolean(),
  escalations: z.number(),
  /** Officers only: the case moved up from the caller's union; it can follow it but not act. */
  watching: z.boolean(),
  firstResponse: deadlineView,
  resolution: deadlineView,
  createdAt: z.string(),
});
export const appealView = appealSummary.extend({
  description: z.string(),
  phoneMasked: z.string().nullable(),
  referredTo: z.enum(referralTargets).nullable(),
  referralNote: z.string().nullable(),
  refusalReason: z.string().nullable(),
  outcome: z.string().nullable(),
  recoveredFen: z.number().nullable(),
  workersCovered: z.number().nullable(),
  ratingComment: z.string().nullable(),
  onTime: z.boolean().nullable(),
  evidence: z.array(fileSummary),
  events: z.array(
    z.object({
      kind: z.string(),
      at: z.string(),
      by: z.string().nullable(),
      union: z.string().nullable(),
      detail: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
  actions: z.array(z.enum(actionsOf(appealPolicy))),
});
export const appealPage = z.object({
  items: z.array(appealSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const slaPolicyBody = z.strictObject({
  unionId: z.number().int().positive(),
  category: z.enum(['any', ...categories]),
  firstResponseMinutes: z.number().int().min(30).max(100_000),
  resolutionMinutes: z.number().int().min(60).max(1_000_000),
});
export const slaPolicyView = z.object({
  id: z.number(),
  union: z.object({ id: z.number(), name: z.string() }),
  category: z.enum(['any', ...categories]),
  firstResponseMinutes: z.number(),
  resolutionMinutes: z.number(),
});
export const calendarDayBody = z.strictObject({
  day: z.iso.date(),
  kind: z.enum(['holiday', 'workday']),
  name: plainText(40),
});
export const calendarDayView = z.object({ day: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() });
export const noticeImportBody = z.strictObject({
  /** For dates without a year when the notice's title does not name one. */
  year: z.number().int().min(2000).max(2100),
  text: z.string().min(1).max(20_000),
  /** False (the default) only reads the notice; true also writes the days, when nothing is in doubt. */
  apply: z.boolean().default(false),
});
export const noticeImportView = z.object({
  /** The notice's own year when its title names one, else the year asked for. */
  year: z.number().int(),
  days: z.array(calendarDayView),
  problems: z.array(z.object({ item: z.string(), message: z.object({ zh: z.string(), en: z.string() }) })),
  applied: z.boolean(),
});
