// Audit trail: every admin write and every unmasked read of personal data. Rows are written in the
// same transaction as the change, so a change without its audit row cannot exist (ML-15), and the
// table refuses UPDATE and DELETE (migration trigger).
import type { Ctx } from './context.js';
import { maskIdentifiers, maskIdentifiersDeep } from './identifiers.js';
import { type Sql, sql } from './sql.js';

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
  await ctx.db.query(auditInsert(ctx, entry));
}

/**
 * The statement that writes `entry`'s audit row, for a caller that folds it into its own statement (a data-modifying
 * CTE), so the change and its row still commit together. With `source`, one row per row of `source.from`, whose
 * `source.targetId` expression names the target (a row the same statement inserted).
 */
export function auditInsert(ctx: Ctx, entry: AuditEntry, source?: { from: Sql; targetId: Sql }): Sql {
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
  const targetId = source
    ? source.targetId
    : sql`${entry.targetId === undefined ? null : String(entry.targetId)}::text`;
  return sql`
    insert into audit_events (actor_kind, actor_id, actor_name, actor_roles, action, outcome, target_type,
      target_id, union_id, union_path, before, after, detail, ip, request_id)
    select ${actorKind}, ${actorId}::bigint, ${actorName}::text, ${actorRoles}::text, ${entry.action},
      ${entry.outcome ?? 'success'}, ${entry.targetType ?? null}::text, ${targetId}, ${entry.unionId ?? null}::bigint,
      ${entry.unionPath ?? null}::text, ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb,
      ${json(entry.detail)}::jsonb, ${ctx.ip}, ${ctx.requestId}${source ? sql` from ${source.from}` : sql``}`;
}
