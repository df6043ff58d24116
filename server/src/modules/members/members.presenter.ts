import { type Actor, allowedActions } from '../../platform/access.js';
import { maskIdNumber, maskPhone } from '../../platform/mask.js';
import type { Pii } from '../../platform/pii.js';
import { memberPolicy } from './members.policy.js';
import type { MemberView } from './members.schemas.js';
import type { MemberRow } from './members.tables.js';

export type MemberListRow = MemberRow & { union_name: string; employer_name: string | null };

/** Personal data leaves masked; the full value only through the audited reveal call. */
export function presentMember(actor: Actor, pii: Pii, row: MemberListRow): MemberView {
  return {
    id: row.id,
    name: row.name,
    idNumber: maskIdNumber(pii.decrypt(row.id_number_cipher)),
    phone: maskPhone(pii.decrypt(row.phone_cipher)),
    gender: row.gender,
    birthDate: row.birth_date,
    category: row.category,
    tags: row.tags ?? [],
    status: row.status,
    cardNo: row.card_no,
    union: { id: row.union_id, name: row.union_name },
    employer: row.employer_id ? { id: row.employer_id, name: row.employer_name ?? '' } : null,
    address: row.address_cipher ? pii.decrypt(row.address_cipher) : null,
    joinedAt: row.joined_at.toISOString(),
    actions: allowedActions(memberPolicy, actor, row),
  };
}
