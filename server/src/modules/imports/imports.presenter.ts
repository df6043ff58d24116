// A roster import as the officer reads it: counts, state and progress.
import { allowedActions } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { importPolicy } from './imports.policy.js';

export interface ImportRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  file_name: string;
  file_sha256: string;
  status: 'validated' | 'committing' | 'committed';
  total_rows: number;
  valid_rows: number;
  error_rows: number;
  existing_rows: number;
  inserted: number;
  created_at: Date;
  committed_at: Date | null;
  duplicate_of: number | null;
}

export function present(ctx: Ctx, r: ImportRow) {
  return {
    id: r.id,
    union: { id: r.union_id, name: r.union_name },
    fileName: r.file_name,
    status: r.status,
    totalRows: r.total_rows,
    validRows: r.valid_rows,
    errorRows: r.error_rows,
    existingRows: r.existing_rows,
    inserted: r.inserted,
    duplicateOf: r.duplicate_of,
    createdAt: r.created_at.toISOString(),
    committedAt: r.committed_at?.toISOString() ?? null,
    actions: allowedActions(importPolicy, ctx.actor, r).filter((a) => a !== 'read'),
  };
}
