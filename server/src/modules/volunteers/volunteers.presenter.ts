// Rows to API views. Phones are shown masked only; a photo's address is its media key under /media.

import { maskPhone } from '../../platform/mask.js';
import type { Pii } from '../../platform/pii.js';
import type { TimelineEvent } from '../../platform/timeline.js';
import type {
  ActivityRow,
  HoursCertificateRow,
  ItemRow,
  OrderRow,
  RuleRow,
  TeamLogRow,
  TeamRow,
  VolunteerRow,
} from './volunteers.tables.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export const presentVolunteer = (v: VolunteerRow, pii: Pii) => ({
  id: Number(v.id),
  union: { id: Number(v.union_id), name: v.union_name },
  name: v.name,
  phone: maskPhone(pii.decrypt(v.phone_cipher)),
  skills: v.skills,
  availability: v.availability,
  areas: v.areas,
  intention: v.intention,
  modelWorker: v.model_worker,
  status: v.status,
  registeredAt: new Date(v.created_at).toISOString(),
});

export const presentTeam = (t: TeamRow) => ({
  id: Number(t.id),
  union: { id: Number(t.union_id), name: t.union_name },
  name: t.name,
  specialty: t.specialty,
  description: t.description,
  openToJoin: t.open_to_join,
  status: t.status,
  memberCount: Number(t.member_count),
  pendingCount: Number(t.pending_count),
  leader: t.leader_id ? { id: Number(t.leader_id), name: t.leader_name ?? '' } : null,
});

export const presentLog = (l: TeamLogRow) => ({
  id: Number(l.id),
  teamId: Number(l.team_id),
  happenedOn: l.happened_on,
  body: l.body,
  peopleServed: Number(l.people_served),
  photoUrls: l.photos.map((key) => `/media/${key}`),
  author: l.author_name,
  createdAt: new Date(l.created_at).toISOString(),
});

export const presentItem = (i: ItemRow) => ({
  id: Number(i.id),
  union: { id: Number(i.union_id), name: i.union_name },
  station: i.station_id ? { id: Number(i.station_id), name: i.station_name ?? '' } : null,
  name: i.name,
  description: i.description,
  specialty: i.specialty,
  takeWithinMinutes: Number(i.take_within_minutes),
  status: i.status,
});

export const presentOrder = (o: OrderRow) => ({
  id: Number(o.id),
  service: { id: Number(o.item_id), name: o.item_name, specialty: o.specialty },
  union: { id: Number(o.union_id), name: o.union_name },
  status: o.status,
  requesterName: o.requester_name,
  wantedAt: new Date(o.wanted_at).toISOString(),
  place: o.place,
  note: o.note,
  takeBy: new Date(o.take_by).toISOString(),
  escalated: o.escalated_at !== null,
  team: o.team_id ? { id: Number(o.team_id), name: o.team_name ?? '' } : null,
  volunteer: o.volunteer_name,
  takenAt: iso(o.taken_at),
  doneAt: iso(o.done_at),
  doneNote: o.done_note,
  proofUrls: o.proof_photos.map((key) => `/media/${key}`),
  confirmedAt: iso(o.confirmed_at),
  rating: o.rating,
  ratingComment: o.rating_comment,
  award:
    o.points_detail && o.points !== null
      ? {
          points: Number(o.points),
          base: o.points_detail.base,
          bonus: o.points_detail.bonus,
          rating: o.points_detail.rating,
          bonusMinRating: o.points_detail.bonusMinRating,
          ruleVersion: o.points_detail.ruleVersion,
          ruleUnion: o.points_detail.ruleUnion,
        }
      : null,
  createdAt: new Date(o.created_at).toISOString(),
});

export const presentOrderDetail = (o: OrderRow, events: TimelineEvent[], pii: Pii) => ({
  ...presentOrder(o),
  requesterPhone: maskPhone(pii.decrypt(o.requester_phone_cipher)),
  events: events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), actor: e.actorKind, detail: e.detail })),
});

export const presentRule = (r: RuleRow) => ({
  id: Number(r.id),
  union: { id: Number(r.union_id), name: r.union_name },
  version: Number(r.version),
  orderPoints: Number(r.order_points),
  pointsBySpecialty: r.points_by_specialty,
  bonusMinRating: Number(r.bonus_min_rating),
  bonusPoints: Number(r.bonus_points),
  hourPoints: Number(r.hour_points),
  note: r.note,
  publishedBy: r.published_by_name,
  publishedAt: new Date(r.published_at).toISOString(),
});

export const presentActivity = (a: ActivityRow) => ({
  id: Number(a.id),
  union: { id: Number(a.union_id), name: a.union_name },
  team: a.team_id ? { id: Number(a.team_id), name: a.team_name ?? '' } : null,
  title: a.title,
  description: a.description,
  station: a.station_id ? { id: Number(a.station_id), name: a.station_name ?? '' } : null,
  place: a.place,
  startsAt: new Date(a.starts_at).toISOString(),
  endsAt: new Date(a.ends_at).toISOString(),
  offer: a.offer_id ? { id: Number(a.offer_id), title: a.offer_title ?? '' } : null,
  status: a.status,
  signed: Number(a.signed),
  confirmedHours: Number(a.confirmed_hours),
});

/** A certificate of hours, with the name as the reader may see it (full for the volunteer, masked for a check). */
export const presentHoursCertificate = (c: HoursCertificateRow, name: string) => ({
  code: c.code,
  name,
  unionName: c.union_name,
  hours: Number(c.hours),
  activities: Number(c.activities),
  issuedAt: new Date(c.issued_at).toISOString(),
});
