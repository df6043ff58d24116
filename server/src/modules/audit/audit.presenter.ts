// An audit event as the auditor reads it: the record as written, and the names of who and what it is about.
import type { EventNames } from './audit.labels.js';

export interface AuditRow {
  id: number;
  at: Date;
  actor_kind: string;
  actor_id: number | null;
  actor_name: string | null;
  actor_roles: string | null;
  action: string;
  outcome: string;
  target_type: string | null;
  target_id: string | null;
  union_id: number | null;
  before: unknown;
  after: unknown;
  detail: unknown;
  ip: string | null;
  request_id: string | null;
}

const reasonOf = (detail: unknown): string | null => {
  const reason = (detail as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' && reason.length > 0 ? reason : null;
};

export const present = (r: AuditRow, names: EventNames) => ({
  id: r.id,
  unionName: r.union_id === null ? null : (names.unions.get(Number(r.union_id)) ?? null),
  targetName: r.target_type && r.target_id ? (names.targets.get(`${r.target_type}:${r.target_id}`) ?? null) : null,
  memberName: r.actor_kind === 'member' && r.actor_id !== null ? (names.members.get(Number(r.actor_id)) ?? null) : null,
  field:
    typeof (r.detail as { field?: unknown } | null)?.field === 'string' ? (r.detail as { field: string }).field : null,
  reason: reasonOf(r.detail),
  at: r.at.toISOString(),
  actorKind: r.actor_kind,
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorRoles: r.actor_roles,
  action: r.action,
  outcome: r.outcome,
  targetType: r.target_type,
  targetId: r.target_id,
  unionId: r.union_id,
  before: r.before,
  after: r.after,
  detail: r.detail,
  ip: r.ip,
  requestId: r.request_id,
});
