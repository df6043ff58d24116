// Who may read, decide and cancel a member's correction request.
import { can, definePolicy } from '../../platform/access.js';

export interface CorrectionRow {
  id: number;
  member_id: number;
  member_name: string;
  union_path: string;
  field: 'phone' | 'employer' | 'address';
  new_value_cipher: string | null;
  new_phone_hash: string | null;
  new_employer_id: number | null;
  employer_name: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  decision_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}

export const correctionPolicy = definePolicy<CorrectionRow>()({
  read: (actor, c) =>
    (actor.kind === 'member' && actor.memberId === c.member_id) || can(actor, 'member.read', c.union_path),
  decide: (actor, c) => c.status === 'pending' && can(actor, 'member.manage', c.union_path),
  cancel: (actor, c) => c.status === 'pending' && actor.kind === 'member' && actor.memberId === c.member_id,
});
