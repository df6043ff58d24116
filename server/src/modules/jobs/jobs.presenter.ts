// Rows to API views. An applicant's phone is shown masked only.
import { maskPhone } from '../../platform/mask.js';
import type { Pii } from '../../platform/pii.js';
import type { ApplicationRow, BoothRow, FairRow, JobRow, MatchReason, SeekerRow } from './jobs.tables.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

const jobFields = (j: JobRow) => ({
  id: Number(j.id),
  union: { id: Number(j.union_id), name: j.union_name },
  employer: { id: j.employer_id === null ? null : Number(j.employer_id), name: j.employer_name },
  title: j.title,
  description: j.description,
  skills: j.skills,
  kind: j.kind,
  place: j.place,
  lat: j.lat,
  lng: j.lng,
  payMin: Number(j.pay_min),
  payMax: Number(j.pay_max),
  payUnit: j.pay_unit,
  hours: j.hours,
  headcount: Number(j.headcount),
  closesOn: j.closes_on,
  stationId: j.station_id === null ? null : Number(j.station_id),
});

export const presentJob = (j: JobRow, canReview: boolean) => ({
  ...jobFields(j),
  status: j.status,
  reviewNote: j.review_note,
  postedBy: j.posted_by_name,
  reviewedBy: j.reviewed_by_name,
  publishedAt: iso(j.published_at),
  reached: Number(j.reached),
  applications: Number(j.applications),
  canReview,
});

export const presentMemberJob = (
  j: JobRow & { distance_km: number | null; applied: ApplicationRow['status'] | null; reasons: MatchReason[] | null },
) => ({
  ...jobFields(j),
  distanceKm: j.distance_km === null ? null : Math.round(Number(j.distance_km) * 10) / 10,
  applied: j.applied,
  why: j.reasons ?? [],
});

export const presentApplication = (a: ApplicationRow) => ({
  id: Number(a.id),
  job: { id: Number(a.job_id), title: a.job_title, employer: a.employer_name },
  status: a.status,
  interviewAt: iso(a.interview_at),
  interviewPlace: a.interview_place,
  note: a.note,
  createdAt: new Date(a.created_at).toISOString(),
});

export const presentApplicationDetail = (a: ApplicationRow, pii: Pii) => ({
  ...presentApplication(a),
  name: a.member_name,
  phone: maskPhone(pii.decrypt(a.phone_cipher)),
  intro: a.intro,
});

export const presentSeeker = (s: SeekerRow) => ({
  consent: s.consent,
  consentedAt: s.consented_at ? new Date(s.consented_at).toISOString() : null,
  withdrawnAt: s.withdrawn_at ? new Date(s.withdrawn_at).toISOString() : null,
  kinds: s.kinds,
  skills: s.skills,
  withinKm: s.within_km,
  minPay: s.min_pay,
  hasLocation: s.lat !== null,
});

export const presentFair = (f: FairRow) => ({
  id: Number(f.id),
  union: { id: Number(f.union_id), name: f.union_name },
  title: f.title,
  description: f.description,
  station: f.station_id ? { id: Number(f.station_id), name: f.station_name ?? '' } : null,
  place: f.place,
  startsAt: new Date(f.starts_at).toISOString(),
  endsAt: new Date(f.ends_at).toISOString(),
  status: f.status,
  cancelReason: f.cancel_reason,
  booths: Number(f.booths),
  visitors: Number(f.visitors),
});

export const presentBooth = (b: BoothRow) => ({
  id: Number(b.id),
  boothNo: b.booth_no,
  employer: { id: b.employer_id === null ? null : Number(b.employer_id), name: b.employer_name },
  note: b.note,
  openJobs: Number(b.open_jobs),
  jobs: b.jobs.map((j) => ({ ...j, id: Number(j.id), payMin: Number(j.payMin), payMax: Number(j.payMax) })),
});
