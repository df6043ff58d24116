import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { correctionPolicy } from './corrections.policy.js';

export const correctionBody = z.discriminatedUnion('field', [
  z.strictObject({ field: z.literal('phone'), phone: z.string().max(32), code: z.string().max(12) }),
  z.strictObject({ field: z.literal('employer'), employerId: z.number().int().positive() }),
  z.strictObject({ field: z.literal('address'), address: plainText(200) }),
]);
export const phoneCodeBody = z.strictObject({ phone: z.string().max(32) });
export const correctionStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export const correctionView = z.object({
  id: z.number().int(),
  member: z.object({ id: z.number().int(), name: z.string() }),
  field: z.enum(['phone', 'employer', 'address']),
  /** The requested value: a masked phone, the employer's name, or the address. */
  newValue: z.string(),
  status: z.enum(correctionStatuses),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  actions: z.array(z.enum(actionsOf(correctionPolicy))),
});
export const correctionPage = pageOf(correctionView);
export const listCorrectionsQuery = z.strictObject({ status: z.enum(correctionStatuses).optional(), ...pageQuery });
export const rejectCorrectionBody = z.strictObject({ reason: plainText(200) });
