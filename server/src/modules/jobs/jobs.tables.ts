// Row shapes of the jobs module's tables, and their fixed vocabularies.
export const jobKinds = ['gig', 'long_term'] as const;
export type JobKind = (typeof jobKinds)[number];
export const payUnits = ['hour', 'day', 'month', 'piece'] as const;
export const jobStatuses = ['in_review', 'published', 'rejected', 'closed'] as const;
export const applicationStatuses = ['applied', 'interview', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** How a pay unit reads in the Chinese texts the server writes (notices). */
export const payUnitZh: Record<(typeof payUnits)[number], string> = { hour: '时', day: '天', month: '月', piece: '件' };

export interface JobRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  employer_id: number | null;
  employer_name: string;
  title: string;
  description: string;
  skills: string[];
  kind: JobKind;
  place: string;
  lat: number | null;
  lng: number | null;
  pay_min: number;
  pay_max: number;
  pay_unit: (typeof payUnits)[number];
  hours: string;
  headcount: number;
  closes_on: string;
  station_id: number | null;
  status: (typeof jobStatuses)[number];
  review_note: string | null;
  posted_by: number;
  posted_by_name: string;
  reviewed_by_name: string | null;
  published_at: Date | null;
  reached: number;
  applications: number;
  created_at: Date;
}

export interface ApplicationRow {
  id: number;
  job_id: number;
  job_title: string;
  employer_name: string;
  union_path: string;
  member_id: number;
  member_name: string;
  phone_cipher: string;
  intro: string;
  status: ApplicationStatus;
  interview_at: Date | null;
  interview_place: string | null;
  note: string | null;
  created_at: Date;
}

/** Why a job was suggested: each reason a code and what it rests on. */
export type MatchReason =
  | { code: 'kind'; kind: JobKind }
  | { code: 'skills'; skills: string[] }
  | { code: 'distance'; km: number }
  | { code: 'pay'; minPay: number }
  | { code: 'hardship' };

export interface SeekerRow {
  consent: boolean;
  consented_at: Date | null;
  withdrawn_at: Date | null;
  kinds: Array<'gig' | 'long_term'>;
  skills: string[];
  within_km: number | null;
  min_pay: number | null;
  lat: number | null;
}

export interface FairRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  title: string;
  description: string;
  station_id: number | null;
  station_name: string | null;
  place: string;
  starts_at: Date;
  ends_at: Date;
  status: 'published' | 'cancelled';
  cancel_reason: string | null;
  booths: number;
  visitors: number;
}

export interface BoothRow {
  id: number;
  fair_id: number;
  booth_no: string;
  employer_id: number | null;
  employer_name: string;
  note: string;
  open_jobs: number;
  /** The booth's open jobs (the member's view), or an empty list. */
  jobs: Array<{
    id: number;
    title: string;
    kind: JobRow['kind'];
    payMin: number;
    payMax: number;
    payUnit: JobRow['pay_unit'];
    headcount: number;
  }>;
}
