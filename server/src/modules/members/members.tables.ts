// Rows of the `members` table. Only the members module writes it.
export const memberCategories = [
  'employee',
  'rider',
  'courier',
  'ride_hailing',
  'trucking',
  'domestic',
  'other_gig',
] as const;
export type MemberCategory = (typeof memberCategories)[number];

export interface MemberRow {
  id: number;
  union_id: number;
  union_path: string;
  employer_id: number | null;
  name: string;
  id_number_cipher: string;
  id_number_hash: string;
  id_number_last4: string;
  phone_cipher: string;
  phone_hash: string;
  gender: 'male' | 'female';
  birth_date: string;
  category: MemberCategory;
  tags: string[];
  status: 'active' | 'left';
  card_no: string | null;
  address_cipher: string | null;
  joined_at: Date;
  created_at: Date;
}
