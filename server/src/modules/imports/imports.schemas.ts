import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { pageOf, pageQuery } from '../../platform/schemas.js';
import { importPolicy } from './imports.policy.js';

export const createImportQuery = z.strictObject({
  unionId: z.coerce.number().int().positive(),
  fileName: z.string().min(1).max(200),
});
export const importView = z.object({
  id: z.number().int(),
  union: z.object({ id: z.number().int(), name: z.string() }),
  fileName: z.string(),
  status: z.enum(['validated', 'committing', 'committed']),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errorRows: z.number().int(),
  existingRows: z.number().int(),
  inserted: z.number().int(),
  /** Same file imported before into this union. */
  duplicateOf: z.number().int().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  actions: z.array(z.enum(actionsOf(importPolicy))),
});
export const importRowsQuery = z.strictObject({
  outcome: z.enum(['valid', 'exists', 'error', 'inserted']).optional(),
  ...pageQuery,
});
export const importRowView = z.object({
  rowNo: z.number().int(),
  outcome: z.enum(['valid', 'exists', 'error', 'inserted']),
  name: z.string().nullable(),
  idNumber: z.string().nullable(),
  errors: z.array(z.object({ code: z.string(), message: z.string() })),
});
export const importRowPage = pageOf(importRowView);
export const listImportsQuery = z.strictObject({ ...pageQuery });
export const importPage = pageOf(importView);
