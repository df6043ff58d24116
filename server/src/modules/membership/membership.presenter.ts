import { type Actor, allowedActions } from '../../platform/access.js';
import { maskIdNumber, maskPhone } from '../../platform/mask.js';
import type { Pii } from '../../platform/pii.js';
import { applicationPolicy } from './membership.policy.js';
import type { ApplicationView } from './membership.schemas.js';
import type { ApplicationEventRow, ApplicationRow } from './membership.tables.js';

export type ApplicationListRow = ApplicationRow & { union_name: string; employer_name: string | null };
export type EventListRow = ApplicationEventRow & { union_name: string | null };

export function presentApplication(
  actor: Actor,
  pii: Pii,
  row: ApplicationListRow,
  events: EventListRow[],
): ApplicationView {
  return {
    id: row.id,
    name: row.name,
    idNumber: maskIdNumber(pii.decrypt(row.id_number_cipher)),
    phone: maskPhone(pii.decrypt(row.phone_cipher)),
    gender: row.gender,
    birthDate: row.birth_date,
    category: row.category,
    job: row.job,
    politicalStatus: row.political_status,
    education: row.education,
    employer: row.employer_id ? { id: row.employer_id, name: row.employer_name ?? '' } : null,
    union: { id: row.union_id, name: row.union_name },
    channel: row.channel,
    status: row.status,
    reason: row.reason,
    memberId: row.member_id,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    events: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      kind: e.kind,
      actor: e.actor_kind,
      reason: typeof e.detail?.reason === 'string' ? e.detail.reason : null,
      unionName: e.union_name,
    })),
    actions: allowedActions(applicationPolicy, actor, row),
  };
}
