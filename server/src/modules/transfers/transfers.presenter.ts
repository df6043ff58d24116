// A transfer as the member or an officer reads it, with the caller's actions.
import { allowedActions } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { type TransferSubject, transferPolicy } from './transfers.policy.js';

export interface TransferRow extends TransferSubject {
  id: number;
  from_union_id: number;
  to_union_id: number;
  member_name: string;
  from_name: string;
  to_name: string;
  reason: string | null;
  decision_reason: string | null;
  requested_by: 'member' | 'admin';
  created_at: Date;
  decided_at: Date | null;
  status: 'pending_out' | 'pending_in' | 'completed' | 'rejected' | 'cancelled';
}

export const present = (ctx: Ctx, r: TransferRow) => ({
  id: r.id,
  member: { id: r.member_id, name: r.member_name },
  from: { id: r.from_union_id, name: r.from_name },
  to: { id: r.to_union_id, name: r.to_name },
  status: r.status,
  reason: r.reason,
  decisionReason: r.decision_reason,
  requestedBy: r.requested_by,
  createdAt: r.created_at.toISOString(),
  decidedAt: r.decided_at?.toISOString() ?? null,
  actions: allowedActions(transferPolicy, ctx.actor, r),
});
