// Audit trail: every admin write and every unmasked read of personal data. Rows are written in the
// same transaction as the change, so a change without its audit row cannot exist (ML-15), and the
// table refuses UPDATE and DELETE (migration trigger).
import type { Ctx } from './context.js';
import { maskIdentifiers, maskIdentifiersDeep } from './identifiers.js';
import { sql } from './sql.js';

export interface AuditEntry {
  action: string;
  outcome?: 'success' | 'failure';
  targetType?: string;
  targetId?: string | number;
  unionId?: number | null;
  unionPath?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: unknown;
  /** Overrides the actor, e.g. a failed login attributed to the account tried. */
  actorId?: number | null;
  actorName?: string | null;
}

export async function audit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  const actor = ctx.actor;
  const actorKind = actor.kind;
  const actorId =
    entry.actorId !== undefined
      ? entry.actorId
      : actor.kind === 'admin'
        ? actor.accountId
        : actor.kind === 'member'
          ? actor.memberId
          : null;
  const typedName = entry.actorName !== undefined ? entry.actorName : actor.kind === 'admin' ? actor.username : null;
  const actorName = typedName === null ? null : maskIdentifiers(typedName);
  const actorRoles =
    actor.kind === 'admin' ? actor.grants.map((g) => `${g.role}@${g.unionId}`).join(',') || null : null;
  // Whatever a caller puts in, a whole phone or ID number is stored masked (a search term, a filter).
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(maskIdentifiersDeep(v)));
  await ctx.db.query(sql`
    insert into audit_events (actor_kind, actor_id, actor_name, actor_roles, action, outcome, target_type,
      target_id, union_id, union_path, before, after, detail, ip, request_id)
    values (${actorKind}, ${actorId}, ${actorName}, ${actorRoles}, ${entry.action}, ${entry.outcome ?? 'success'},
      ${entry.targetType ?? null}, ${entry.targetId === undefined ? null : String(entry.targetId)},
      ${entry.unionId ?? null}, ${entry.unionPath ?? null}, ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb,
      ${json(entry.detail)}::jsonb, ${ctx.ip}, ${ctx.requestId})`);
}
