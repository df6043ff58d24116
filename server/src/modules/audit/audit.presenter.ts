// An audit event as the auditor reads it.
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

export const present = (r: AuditRow) => ({
  id: r.id,
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
