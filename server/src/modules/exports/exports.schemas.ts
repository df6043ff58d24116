import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { pageQuery, plainText } from '../../platform/schemas.js';
import { listMembersQuery } from '../members/members.schemas.js';
import { exportPolicy } from './exports.policy.js';

export const exportKinds = ['members'] as const;
export const exportStatuses = ['pending', 'approved', 'refused', 'downloaded'] as const;

/** What a members export selects: the console's list filters (never whole phone or ID numbers). */
export const memberExportFilters = listMembersQuery.omit({ page: true, pageSize: true });

export const createExportBody = z.strictObject({
  kind: z.enum(exportKinds),
  filters: memberExportFilters,
  reason: plainText(200),
});
export const refuseExportBody = z.strictObject({ reason: plainText(200) });
export const listExportsQuery = z.strictObject({ ...pageQuery });

export const exportRequestView = z.object({
  id: z.number().int(),
  kind: z.enum(exportKinds),
  filters: z.record(z.string(), z.unknown()),
  rowCount: z.number().int(),
  union: z.object({ id: z.number().int(), name: z.string() }),
  reason: z.string(),
  requestedBy: z.string(),
  status: z.enum(exportStatuses),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  refusalReason: z.string().nullable(),
  downloadedAt: z.string().nullable(),
  createdAt: z.string(),
  /** For the caller: approve, refuse, download. */
  actions: z.array(z.enum(actionsOf(exportPolicy(new Date(0))))),
});
export const exportRequestPage = z.object({
  items: z.array(exportRequestView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
