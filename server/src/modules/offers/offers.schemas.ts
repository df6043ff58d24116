import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { memberCategories } from '../members/members.schemas.js';
import { offerPolicy } from './offers.policy.js';
import { claimStatuses, offerKinds, offerModes } from './offers.tables.js';

const when = z.iso.datetime({ offset: true });
const fen = (max: number) => z.number().int().min(0).max(max);

const offerFields = {
  title: plainText(100),
  description: optionalText(2000),
  capacity: z.number().int().min(1).max(1_000_000),
  perMemberLimit: z.number().int().min(1).max(100),
  opensAt: when,
  closesAt: when,
  startsAt: when.nullish(),
  endsAt: when.nullish(),
  place: optionalText(200),
  teacher: optionalText(100),
  online: z.boolean(),
  merchantId: z.number().int().positive().nullish(),
  faceValueFen: fen(100_000_000),
  pointsCost: fen(100_000_000),
  checkinPoints: fen(100_000),
  validUntil: when.nullish(),
  eligibleCategories: z.array(z.enum(memberCategories)).max(memberCategories.length),
  eligibleTags: z.array(plainText(20)).max(10),
  minTenureDays: z.number().int().min(0).max(36500),
  waitlist: z.boolean(),
  acceptMinutes: z.number().int().min(1).max(10080),
  cancelHours: z.number().int().min(0).max(8760).nullish(),
  surveyQuestion: optionalText(200),
};
// Creation fills these in; an edit leaves what is not sent untouched.
const creationDefaults = {
  perMemberLimit: offerFields.perMemberLimit.default(1),
  online: offerFields.online.default(false),
  faceValueFen: offerFields.faceValueFen.default(0),
  pointsCost: offerFields.pointsCost.default(0),
  checkinPoints: offerFields.checkinPoints.default(0),
  eligibleCategories: offerFields.eligibleCategories.default([]),
  eligibleTags: offerFields.eligibleTags.default([]),
  minTenureDays: offerFields.minTenureDays.default(0),
  waitlist: offerFields.waitlist.default(true),
  acceptMinutes: offerFields.acceptMinutes.default(30),
};

export const createOfferBody = z.strictObject({
  unionId: z.number().int().positive(),
  kind: z.enum(offerKinds),
  mode: z.enum(offerModes),
  ...offerFields,
  ...creationDefaults,
});
export type CreateOfferInput = z.infer<typeof createOfferBody>;

export const updateOfferBody = z.strictObject(
  Object.fromEntries(Object.entries(offerFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof offerFields]: z.ZodOptional<(typeof offerFields)[K]>;
  },
);
export type UpdateOfferInput = z.infer<typeof updateOfferBody>;

export const offerView = z.object({
  id: z.number(),
  union: z.object({ id: z.number(), name: z.string() }),
  kind: z.enum(offerKinds),
  mode: z.enum(offerModes),
  title: z.string(),
  description: z.string(),
  capacity: z.number(),
  taken: z.number(),
  left: z.number(),
  perMemberLimit: z.number(),
  opensAt: z.string(),
  closesAt: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  place: z.string(),
  teacher: z.string(),
  online: z.boolean(),
  merchant: z.object({ id: z.number(), name: z.string() }).nullable(),
  faceValueFen: z.number(),
  pointsCost: z.number(),
  checkinPoints: z.number(),
  validUntil: z.string().nullable(),
  eligibleCategories: z.array(z.string()),
  eligibleTags: z.array(z.string()),
  minTenureDays: z.number(),
  waitlist: z.boolean(),
  acceptMinutes: z.number(),
  cancelHours: z.number().nullable(),
  surveyQuestion: z.string().nullable(),
  status: z.enum(['draft', 'published', 'cancelled']),
  phase: z.enum(['upcoming', 'open', 'closed']),
  lottery: z.object({ drawnAt: z.string(), seed: z.string() }).nullable(),
  actions: z.array(z.enum(actionsOf(offerPolicy))),
});

export const listOffersQuery = z.strictObject({
  unionId: z.coerce.number().int().positive().optional(),
  kind: z.enum(offerKinds).optional(),
  status: z.enum(['draft', 'published', 'cancelled']).optional(),
  q: z.string().max(50).optional(),
  ...pageQuery,
});
export const offerPage = pageOf(offerView);

export const claimParams = z.strictObject({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
  claimId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

export const reasonBody = z.strictObject({ reason: plainText(200) });

export const claimBody = z.strictObject({
  offerId: z
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
  idempotencyKey: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  quantity: z.number().int().min(1).max(100).default(1),
  surveyAnswer: optionalText(500),
});

export const claimResult = z.object({
  id: z.number(),
  offerId: z.number(),
  status: z.enum(['confirmed', 'applied']),
  quantity: z.number(),
  createdAt: z.string(),
  voucherCodes: z.array(z.string()),
  replay: z.boolean(),
});

export const passView = z.object({ pass: z.string(), expiresAt: z.string(), serverTime: z.string() });

/** What a member may do with one of their claims (offers.presenter.ts decides which apply). */
export const myClaimActions = ['cancel', 'accept', 'checkInCode', 'feedback'] as const;

export const myClaimView = z.object({
  id: z.number(),
  offer: z.object({
    id: z.number(),
    title: z.string(),
    kind: z.enum(offerKinds),
    startsAt: z.string().nullable(),
    place: z.string(),
    surveyQuestion: z.string().nullable(),
  }),
  status: z.enum(claimStatuses),
  quantity: z.number(),
  rank: z.number().nullable(),
  holdExpiresAt: z.string().nullable(),
  pointsSpent: z.number(),
  checkedInAt: z.string().nullable(),
  createdAt: z.string(),
  feedbackGiven: z.boolean(),
  decisionReason: z.string().nullable(),
  actions: z.array(z.enum(myClaimActions)),
});

export const memberOfferView = offerView.extend({
  myClaims: z.array(myClaimView),
  serverTime: z.string(),
});

export const memberOffersQuery = z.strictObject({ kind: z.enum(offerKinds).optional() });

export const registrationView = z.object({
  id: z.number(),
  member: z.object({ id: z.number(), name: z.string(), cardNo: z.string().nullable() }),
  status: z.enum(claimStatuses),
  quantity: z.number(),
  rank: z.number().nullable(),
  checkedInAt: z.string().nullable(),
  surveyAnswer: z.string().nullable(),
  rating: z.number().nullable(),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export const registrationsQuery = z.strictObject({
  status: z.enum(claimStatuses).optional(),
  ...pageQuery,
});
export const registrationPage = pageOf(registrationView);

export const monitorView = z.object({
  capacity: z.number(),
  taken: z.number(),
  left: z.number(),
  claimsPerSecond: z.array(z.object({ at: z.string(), count: z.number() })),
  byStatus: z.record(z.string(), z.number()),
  rejections: z.array(
    z.object({ code: z.string(), count: z.number(), reason: z.object({ zh: z.string(), en: z.string() }) }),
  ),
  commits: z.number(),
  queued: z.number(),
});

export const lotteryView = z.object({
  offerId: z.number(),
  seed: z.string().nullable(),
  drawnAt: z.string().nullable(),
  algorithm: z.string(),
  entries: z.array(
    z.object({
      claimId: z.number(),
      rank: z.number(),
      name: z.string(),
      cardNo: z.string(),
      won: z.boolean(),
    }),
  ),
});

export const checkInBody = z.strictObject({ token: z.string().min(1).max(2000) });
export const checkInResult = z.object({
  claimId: z.number(),
  member: z.object({ name: z.string(), cardNo: z.string().nullable() }),
  checkedInAt: z.string(),
  pointsAwarded: z.number(),
});

export const feedbackBody = z.strictObject({ rating: z.number().int().min(1).max(5), comment: optionalText(500) });
export const feedbackSummary = z.object({
  count: z.number(),
  average: z.number().nullable(),
  comments: z.array(z.object({ rating: z.number(), comment: z.string(), createdAt: z.string() })),
});

export const registrationToken = z.object({ token: z.string(), expiresAt: z.string(), refreshSeconds: z.number() });
