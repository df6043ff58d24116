// An export request as the API returns it, with the caller's actions.
import { allowedActions } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { type ExportRow, exportPolicy } from './exports.policy.js';

export function present(ctx: Ctx, r: ExportRow) {
  return {
    id: r.id,
    kind: r.kind,
    filters: r.filters as Record<string, unknown>,
    rowCount: r.row_count,
    union: { id: r.union_id, name: r.union_name },
    reason: r.reason,
    requestedBy: r.requester,
    status: r.status,
    decidedBy: r.decider,
    decidedAt: r.decided_at?.toISOString() ?? null,
    refusalReason: r.refusal_reason,
    downloadedAt: r.downloaded_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    actions: allowedActions(exportPolicy(now(ctx)), ctx.actor, r).filter((a) => a !== 'read'),
  };
}
