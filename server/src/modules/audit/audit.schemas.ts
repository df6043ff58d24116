import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/schemas.js';

export const auditFilters = {
  action: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
  outcome: z.enum(['success', 'failure']).optional(),
  targetType: z.string().max(32).optional(),
  targetId: z.string().max(32).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};
export const listAuditQuery = z.strictObject({ ...auditFilters, ...pageQuery });
export const exportAuditQuery = z.strictObject(auditFilters);

export const auditEventView = z.object({
  id: z.number().int(),
  /** The union the event belongs to, the record it is about and the member who acted, in words. */
  unionName: z.string().nullable(),
  targetName: z.string().nullable(),
  memberName: z.string().nullable(),
  /** The personal field read, and the reason given, when the event has them. */
  field: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
  actorKind: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  unionId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  detail: z.unknown(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});
export const auditPage = pageOf(auditEventView);
