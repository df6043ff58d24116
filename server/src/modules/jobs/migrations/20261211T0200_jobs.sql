-- 就业岗位: jobs posted by union cadres (for an employer on record, or the union itself), reviewed by a second cadre
-- before members see them; members' applications with their history; job seekers who opted in (consent recorded,
-- withdrawable) and the suggestions made to them, each with its reasons.
create table jobs (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  employer_id bigint references employers(id),
  -- Where the employer is not on record (a household, a gig), the name as posted.
  employer_name text not null check (char_length(employer_name) between 1 and 100),
  title text not null check (char_length(title) between 1 and 50),
  description text not null default '' check (char_length(description) <= 2000),
  skills text[] not null default '{}' check (cardinality(skills) <= 10),
  kind text not null check (kind in ('gig', 'long_term')),
  place text not null check (char_length(place) between 1 and 100),
  lat double precision check (lat between -90 and 90),
  lng double precision check (lng between -180 and 180),
  -- Pay in yuan per `pay_unit`.
  pay_min int not null check (pay_min >= 0),
  pay_max int not null check (pay_max >= pay_min),
  pay_unit text not null check (pay_unit in ('hour', 'day', 'month', 'piece')),
  hours text not null default '' check (char_length(hours) <= 100),
  headcount int not null check (headcount between 1 and 10000),
  closes_on date not null,
  status text not null default 'in_review' check (status in ('in_review', 'published', 'rejected', 'closed')),
  review_note text check (char_length(review_note) <= 300),
  posted_by bigint not null references accounts(id),
  reviewed_by bigint references accounts(id),
  reviewed_at timestamptz,
  published_at timestamptz,
  -- Members the publication's matching told (a count: who they are is not the officers' to see).
  reached int not null default 0,
  -- When the publication's matching ran (the jobs.match job takes the published jobs without it).
  matched_at timestamptz,
  created_at timestamptz not null default now(),
  check (reviewed_by is null or reviewed_by <> posted_by)
);
create index jobs_path_idx on jobs (union_path, id desc);
-- The member's search: open jobs by kind and pay, and near a point.
create index jobs_open_pay_idx on jobs (kind, pay_max) where status = 'published';
create index jobs_open_geo_idx on jobs (lat, lng) where status = 'published';

create table job_applications (
  id bigint generated always as identity primary key,
  job_id bigint not null references jobs(id),
  member_id bigint not null references members(id),
  union_path text collate "C" not null,
  -- The short profile the member sends (their own words; the phone is read from the membership).
  intro text not null check (char_length(intro) between 1 and 500),
  status text not null default 'applied'
    check (status in ('applied', 'interview', 'hired', 'rejected', 'withdrawn')),
  interview_at timestamptz,
  interview_place text check (char_length(interview_place) <= 100),
  note text check (char_length(note) <= 300),
  created_at timestamptz not null default now(),
  unique (job_id, member_id)
);
create index job_applications_job_idx on job_applications (job_id, id desc);
create index job_applications_member_idx on job_applications (member_id, id desc);

create table job_application_events (
  id bigint generated always as identity primary key,
  application_id bigint not null references job_applications(id),
  at timestamptz not null,
  kind text not null,
  actor_kind text not null check (actor_kind in ('admin', 'member', 'system')),
  actor_id bigint,
  detail jsonb
);
create index job_application_events_idx on job_application_events (application_id, id);

-- A member who asked to be sent jobs: what they look for, and their consent (kept when withdrawn, as the record).
create table job_seekers (
  member_id bigint primary key references members(id),
  union_path text collate "C" not null,
  kinds text[] not null default '{gig,long_term}',
  skills text[] not null default '{}' check (cardinality(skills) <= 10),
  lat double precision,
  lng double precision,
  -- Kilometres from (lat, lng) the seeker would travel; null: anywhere.
  within_km int check (within_km between 1 and 500),
  min_pay int,
  consent boolean not null,
  consented_at timestamptz,
  withdrawn_at timestamptz,
  updated_at timestamptz not null default now()
);
create index job_seekers_consent_idx on job_seekers (member_id) where consent;

-- A job suggested to a seeker, with why (each reason a code and its value), made once per job and member.
create table job_matches (
  job_id bigint not null references jobs(id),
  member_id bigint not null references members(id),
  reasons jsonb not null,
  created_at timestamptz not null default now(),
  primary key (job_id, member_id)
);
create index job_matches_member_idx on job_matches (member_id, created_at desc);
