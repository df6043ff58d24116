// Rows of membership_applications, their events and member_messages. Only this module writes them.
import type { MemberCategory } from '../members/members.schemas.js';

export const applicationStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];
export const politicalStatuses = ['party_member', 'probationary', 'league_member', 'masses', 'other'] as const;
export const educations = [
  'primary',
  'junior',
  'senior',
  'vocational',
  'college',
  'bachelor',
  'master',
  'doctor',
] as const;

export interface ApplicationRow {
  id: number;
  applicant_phone_hash: string;
  name: string;
  id_number_cipher: string;
  id_number_hash: string;
  id_number_last4: string;
  phone_cipher: string;
  phone_hash: string;
  gender: 'male' | 'female';
  birth_date: string;
  employer_id: number | null;
  category: MemberCategory;
  job: string | null;
  political_status: string | null;
  education: string | null;
  lng: number | null;
  lat: number | null;
  union_id: number;
  union_path: string;
  channel: 'online' | 'qr';
  status: ApplicationStatus;
  reason: string | null;
  member_id: number | null;
  created_at: Date;
  updated_at: Date;
  decided_at: Date | null;
}

export interface ApplicationEventRow {
  id: number;
  application_id: number;
  at: Date;
  kind: 'submitted' | 'edited' | 'rerouted' | 'approved' | 'rejected' | 'withdrawn';
  actor_kind: 'member' | 'admin' | 'system';
  actor_id: number | null;
  detail: Record<string, unknown> | null;
}
