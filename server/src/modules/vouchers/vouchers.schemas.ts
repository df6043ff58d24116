import { z } from 'zod';
import { optionalText, plainText } from '../../platform/schemas.js';

export const merchantView = z.object({
  id: z.number(),
  union: z.object({ id: z.number(), name: z.string() }),
  name: z.string(),
  address: z.string(),
  active: z.boolean(),
});
export const merchantBody = z.strictObject({
  unionId: z.number().int().positive(),
  name: plainText(100),
  address: optionalText(200),
});
export const merchantPatch = z.strictObject({
  name: plainText(100).optional(),
  address: optionalText(200),
  active: z.boolean().optional(),
});

export const budgetParams = z.strictObject({
  unionId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const budgetBody = z.strictObject({ amountFen: z.number().int().min(0).max(100_000_000_000_000) });
export const budgetView = z.object({
  unionId: z.number(),
  year: z.number(),
  amountFen: z.number(),
  committedFen: z.number(),
  leftFen: z.number(),
});

export const walletQuery = z.strictObject({ status: z.enum(['valid', 'used', 'expired']).optional() });
export const walletItem = z.object({
  id: z.number(),
  code: z.string(),
  status: z.enum(['valid', 'used', 'expired', 'void']),
  offer: z.object({ id: z.number(), title: z.string() }),
  merchant: z.string().nullable(),
  faceValueFen: z.number(),
  validUntil: z.string().nullable(),
  redeemedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const codeBody = z.strictObject({ code: z.string().min(1).max(100) });
export const redemptionView = z.object({
  code: z.string(),
  status: z.enum(['valid', 'used', 'expired', 'void']),
  offerTitle: z.string(),
  faceValueFen: z.number(),
  member: z.string(),
  validUntil: z.string().nullable(),
  redeemedAt: z.string().nullable(),
});
