-- Job fairs (招聘会): an event of a union at a place and time (a station's hall where there is one) whose booths are
-- employers, each showing that employer's open jobs; members register to come. Cancelling tells those registered.
create table job_fairs (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  title text not null check (char_length(title) between 1 and 50),
  description text not null default '' check (char_length(description) <= 1000),
  station_id bigint references stations(id),
  place text not null check (char_length(place) between 1 and 100),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  check (ends_at > starts_at),
  status text not null default 'published' check (status in ('published', 'cancelled')),
  cancel_reason text,
  created_by bigint not null references accounts(id),
  created_at timestamptz not null default now()
);
create index job_fairs_path_idx on job_fairs (union_path collate "C", starts_at desc);

create table job_fair_booths (
  id bigint generated always as identity primary key,
  fair_id bigint not null references job_fairs(id),
  booth_no text not null check (char_length(booth_no) between 1 and 10),
  -- An employer on record, or (for one not registered with a union) a name alone.
  employer_id bigint references employers(id),
  employer_name text not null check (char_length(employer_name) between 1 and 100),
  note text not null default '' check (char_length(note) <= 200),
  created_at timestamptz not null default now()
);
create unique index job_fair_booths_no on job_fair_booths (fair_id, booth_no);
create unique index job_fair_booths_employer on job_fair_booths (fair_id, employer_name);

create table job_fair_visitors (
  fair_id bigint not null references job_fairs(id),
  member_id bigint not null references members(id),
  registered_at timestamptz not null default now(),
  primary key (fair_id, member_id)
);
