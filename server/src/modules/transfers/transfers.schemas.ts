import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { transferPolicy } from './transfers.policy.js';

export const transferStatuses = ['pending_out', 'pending_in', 'completed', 'rejected', 'cancelled'] as const;
export const requestTransferBody = z.strictObject({
  toUnionId: z.number().int().positive(),
  reason: optionalText(200),
});
export const rejectTransferBody = z.strictObject({ reason: plainText(200) });
export const listTransfersQuery = z.strictObject({ status: z.enum(transferStatuses).optional(), ...pageQuery });
export const transferView = z.object({
  id: z.number().int(),
  member: z.object({ id: z.number().int(), name: z.string() }),
  from: z.object({ id: z.number().int(), name: z.string() }),
  to: z.object({ id: z.number().int(), name: z.string() }),
  status: z.enum(transferStatuses),
  reason: z.string().nullable(),
  decisionReason: z.string().nullable(),
  requestedBy: z.enum(['member', 'admin']),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  actions: z.array(z.enum(actionsOf(transferPolicy))),
});
export const transferPage = pageOf(transferView);
