// A correction request as the API returns it: a new phone masked, with the caller's actions.
import { allowedActions } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { maskPhone } from '../../platform/mask.js';
import { type CorrectionRow, correctionPolicy } from './corrections.policy.js';

export function present(ctx: Ctx, c: CorrectionRow) {
  const value =
    c.field === 'employer'
      ? (c.employer_name ?? '')
      : c.new_value_cipher
        ? ctx.services.pii.decrypt(c.new_value_cipher)
        : '';
  return {
    id: c.id,
    member: { id: c.member_id, name: c.member_name },
    field: c.field,
    newValue: c.field === 'phone' ? maskPhone(value) : value,
    status: c.status,
    decisionReason: c.decision_reason,
    createdAt: c.created_at.toISOString(),
    decidedAt: c.decided_at?.toISOString() ?? null,
    actions: allowedActions(correctionPolicy, ctx.actor, c),
  };
}
