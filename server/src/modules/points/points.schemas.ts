import { z } from 'zod';
import { pageOf, pageQuery, plainText } from '../../platform/schemas.js';

export const historyQuery = z.strictObject({ ...pageQuery });
/** The kinds of ledger transaction (the table's check constraint lists the same). */
export const transactionKinds = [
  'issuance',
  'checkin',
  'offer_spend',
  'offer_refund',
  'bill_payment',
  'bill_refund',
  'adjustment',
  'expiry',
  'reversal',
  'reward',
] as const;
/** Reasons the system writes itself, shown in the reader's language; a person's own reason is shown as written. */
export const systemReasons = [
  'bill.phone',
  'bill.electricity',
  'expired',
  'partner.accountNotFound',
  'offer.removed',
] as const;
export const historyItem = z.object({
  id: z.number(),
  transactionId: z.number(),
  kind: z.enum(transactionKinds),
  reason: z.string(),
  reasonCode: z.enum(systemReasons).nullable(),
  amount: z.number(),
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export const pointsHistory = pageOf(historyItem).extend({ balance: z.number() });

const idemKey = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const adjustBody = z.strictObject({
  memberId: z.number().int().positive(),
  amount: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((n) => n !== 0, { message: 'must not be zero' }),
  reason: plainText(200),
  idempotencyKey: idemKey,
});

export const reverseBody = z.strictObject({ reason: plainText(200) });

export const issueBody = z.strictObject({
  unionId: z.number().int().positive(),
  month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/),
  amountPerMember: z.number().int().min(1).max(100_000),
  reason: plainText(200),
});
export const issueResult = z.object({ month: z.string(), members: z.number(), total: z.number() });

export const planBody = z.strictObject({
  amountPerMember: z.number().int().min(1).max(100_000),
  reason: plainText(200),
  active: z.boolean(),
});
export const unionParam = z.strictObject({ unionId: z.coerce.number().int().positive() });
export const issuanceOverview = z.object({
  plan: z.object({ amountPerMember: z.number(), reason: z.string(), active: z.boolean() }).nullable(),
  runs: z.array(
    z.object({
      transactionId: z.number(),
      month: z.string(),
      reason: z.string(),
      members: z.number(),
      total: z.number(),
      at: z.string(),
    }),
  ),
});

export const reconcileView = z.object({
  accounts: z.number(),
  memberPointsOutstanding: z.number(),
  negativeBalances: z.number(),
  ledgerSum: z.number(),
  mismatches: z.array(z.object({ memberId: z.number(), balance: z.number(), computed: z.number() })),
  checkedAt: z.string(),
});

export const billBody = z.strictObject({
  kind: z.enum(['phone', 'electricity']),
  account: z.string().min(1).max(40),
  amountFen: z.number().int().min(100).max(50_000),
  idempotencyKey: idemKey,
});
export const billView = z.object({
  id: z.number(),
  kind: z.enum(['phone', 'electricity']),
  account: z.string(),
  amountFen: z.number(),
  points: z.number(),
  status: z.enum(['pending', 'paid', 'failed']),
  partnerRef: z.string().nullable(),
  failure: z.string().nullable(),
  createdAt: z.string(),
  settledAt: z.string().nullable(),
});
