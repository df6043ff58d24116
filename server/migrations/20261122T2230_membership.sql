-- Membership: online applications with an event history, join routing, per-union auto-approval,
-- in-app messages, and the member fields the join form collects.

alter table members add column job text check (char_length(job) <= 50);
alter table members add column political_status text
  check (political_status in ('party_member', 'probationary', 'league_member', 'masses', 'other'));
alter table members add column education text
  check (education in ('primary', 'junior', 'senior', 'vocational', 'college', 'bachelor', 'master', 'doctor'));
alter table members add column left_at timestamptz;
alter table members add column left_reason text check (char_length(left_reason) <= 200);

-- Which worker categories a joint or industry union takes in (gig-worker routing).
alter table unions add column serves text[] not null default '{}';
-- Per-union membership settings.
alter table unions add column auto_approve boolean not null default false;

create table membership_applications (
  id bigint generated always as identity primary key,
  -- The signed-in phone that applied: the applicant sees the application through it.
  applicant_phone_hash text collate "C" not null,
  name text not null check (char_length(name) between 1 and 50),
  id_number_cipher text not null,
  id_number_hash text collate "C" not null,
  id_number_last4 text not null,
  phone_cipher text not null,
  phone_hash text collate "C" not null,
  gender text not null check (gender in ('male', 'female')),
  birth_date date not null,
  employer_id bigint references employers(id),
  category text not null
    check (category in ('employee', 'rider', 'courier', 'ride_hailing', 'trucking', 'domestic', 'other_gig')),
  job text check (char_length(job) <= 50),
  political_status text,
  education text,
  lng double precision,
  lat double precision,
  -- The union handling it now (routing result, or where a cadre re-routed it).
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  channel text not null check (channel in ('online', 'qr')),
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'withdrawn')),
  reason text check (char_length(reason) <= 200),
  member_id bigint references members(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  decided_at timestamptz
);
-- One pending application per person: two submitted at once cannot both exist.
create unique index membership_applications_one_pending on membership_applications (id_number_hash)
  where status = 'pending';
create index membership_applications_scope_idx on membership_applications (union_path, status, created_at);
create index membership_applications_applicant_idx on membership_applications (applicant_phone_hash, created_at desc);

create table membership_application_events (
  id bigint generated always as identity primary key,
  application_id bigint not null references membership_applications(id),
  at timestamptz not null default now(),
  kind text not null check (kind in ('submitted', 'edited', 'rerouted', 'approved', 'rejected', 'withdrawn')),
  actor_kind text not null check (actor_kind in ('member', 'admin', 'system')),
  actor_id bigint,
  detail jsonb
);
create index membership_application_events_app_idx on membership_application_events (application_id, id);

-- In-app messages to a phone (the applicant may not be a member yet).
create table member_messages (
  id bigint generated always as identity primary key,
  phone_hash text collate "C" not null,
  title text not null,
  body text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index member_messages_phone_idx on member_messages (phone_hash, id desc);
