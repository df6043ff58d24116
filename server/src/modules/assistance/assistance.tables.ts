// The row of an assistance application as the module reads it (with its union's and reviewer's names).
import type { AssistanceSubject } from './assistance.policy.js';
import type { Cause, Tier } from './assistance.schemas.js';

export interface ApplicationRow extends AssistanceSubject {
  id: number;
  applicant_name: string;
  id_number_cipher: string;
  id_number_hash: string;
  id_number_last4: string;
  union_id: number;
  union_name: string;
  entered_by: number | null;
  cause: Cause;
  employment: typeof import('./assistance.schemas.js').employments[number];
  household_size: number;
  emergency: boolean;
  sensitive_cipher: string;
  tier: Tier;
  profile_cipher: string;
  rule_version: number;
  proposed_fen: number | null;
  approved_fen: number | null;
  disbursed_fen: number;
  budget_union_id: number | null;
  budget_year: number | null;
  refusal_reason: string | null;
  reviewer_name: string | null;
  phone_hash: string;
  phone_cipher: string;
  created_at: Date;
}
