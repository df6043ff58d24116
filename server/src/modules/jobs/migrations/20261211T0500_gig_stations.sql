-- 零工驿站: a gig may be posted at a station, whose daily board lists the open gigs there; and the workers who walk
-- in to register, with their consent to be texted gigs at that station recorded (a member's registration becomes
-- their job-seeker profile instead).
alter table jobs add column station_id bigint references stations(id);
create index jobs_station_idx on jobs (station_id, closes_on) where status = 'published' and station_id is not null;

create table job_walkins (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  union_path text collate "C" not null,
  name text not null check (char_length(name) between 1 and 30),
  phone_cipher text not null,
  phone_hash text collate "C" not null,
  skills text[] not null default '{}' check (cardinality(skills) <= 10),
  kinds text[] not null default '{gig}',
  consent boolean not null,
  registered_by bigint not null references accounts(id),
  registered_at timestamptz not null default now()
);
create index job_walkins_station_idx on job_walkins (station_id, registered_at desc);
create unique index job_walkins_one_per_phone on job_walkins (station_id, phone_hash);
