-- Care: hardship assistance (帮扶), workers' appeals (诉求/维权), legal consultations (法律咨询),
-- uploaded evidence and the working calendar their deadlines are counted on.

alter table role_grants drop constraint role_grants_role_check;
alter table role_grants add constraint role_grants_role_check check (role in ('system_admin', 'union_admin',
  'membership_officer', 'case_handler', 'station_manager', 'editor', 'auditor', 'benefits_officer',
  'merchant_clerk', 'assistance_officer', 'lawyer'));

-- Days that break the Monday–Friday rule: public holidays, and the weekend days worked in exchange (调休).
create table work_calendar_days (
  day date primary key,
  kind text not null check (kind in ('holiday', 'workday')),
  name text not null check (char_length(name) between 1 and 40)
);

-- Uploaded evidence. The bytes are encrypted and live in the database: outside any web root, shared by
-- every server process, backed up with the records they prove. Served only through the owning record.
create table files (
  id bigint generated always as identity primary key,
  purpose text not null check (purpose in ('assistance_evidence', 'appeal_evidence')),
  media_type text not null check (media_type in ('image/jpeg', 'image/png', 'application/pdf')),
  size_bytes integer not null check (size_bytes between 1 and 10485760),
  sha256 text collate "C" not null,
  original_name text not null check (char_length(original_name) between 1 and 120),
  content_cipher bytea not null,
  uploaded_by_kind text not null check (uploaded_by_kind in ('member', 'admin')),
  -- An admin account, or the signed-in phone (hash) of a worker, member or not.
  uploaded_by_id bigint,
  uploaded_by_phone_hash text collate "C",
  -- Set once, when the file is attached to the application or appeal it proves.
  attached_kind text check (attached_kind in ('assistance', 'appeal')),
  attached_id bigint,
  created_at timestamptz not null default now()
);
create index files_attached_idx on files (attached_kind, attached_id);

-- ---- Assistance -----------------------------------------------------------------------------------
-- The hardship rules and thresholds, versioned: a new version is a new row, and each profile records
-- the version that produced it.
create table assistance_rule_sets (
  version integer primary key,
  config jsonb not null,
  note text not null check (char_length(note) between 1 and 200),
  created_by bigint references accounts(id),
  created_at timestamptz not null default now()
);
create trigger assistance_rule_sets_append_only before update or delete on assistance_rule_sets
  for each row execute function refuse_change();

-- Help a union offers that a profile can match: policy subsidies, jobs, material aid, mutual aid, grants.
create table assistance_programs (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  kind text not null check (kind in ('policy_subsidy', 'job', 'material_aid', 'mutual_aid', 'education_grant')),
  name text not null check (char_length(name) between 1 and 60),
  description text not null check (char_length(description) <= 500),
  tiers text[] not null default '{}',
  causes text[] not null default '{}',
  max_amount_fen bigint check (max_amount_fen > 0),
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index assistance_programs_path_idx on assistance_programs (union_path);

-- A union's yearly assistance budget, drawn down by approvals (committed) and payments (disbursed).
create table assistance_budgets (
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  year integer not null check (year between 2000 and 2100),
  amount_fen bigint not null check (amount_fen > 0),
  committed_fen bigint not null default 0,
  disbursed_fen bigint not null default 0,
  primary key (union_id, year),
  check (committed_fen between 0 and amount_fen),
  check (disbursed_fen between 0 and committed_fen)
);

create table assistance_applications (
  id bigint generated always as identity primary key,
  member_id bigint references members(id),
  applicant_name text not null check (char_length(applicant_name) between 1 and 50),
  id_number_cipher text not null,
  -- The household key: every application of one person, across years and unions, is its archive.
  id_number_hash text collate "C" not null,
  id_number_last4 text not null,
  phone_cipher text not null,
  phone_hash text collate "C" not null,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  entered_by bigint references accounts(id),
  cause text not null check (cause in ('illness', 'accident', 'disaster', 'education', 'other')),
  employment text not null check (employment in ('employed', 'flexible', 'unemployed', 'retired', 'unable')),
  household_size integer not null check (household_size between 1 and 30),
  emergency boolean not null default false,
  -- Household members and incomes, health, medical costs, story: one encrypted JSON document.
  sensitive_cipher text not null,
  tier text not null check (tier in ('deep', 'accident', 'relative', 'none')),
  -- The explanation (every rule with its numbers) is income data too: encrypted.
  profile_cipher text not null,
  rule_version integer not null references assistance_rule_sets(version),
  status text not null default 'submitted'
    check (status in ('submitted', 'proposed', 'approved', 'disbursed', 'refused', 'withdrawn')),
  proposed_fen bigint check (proposed_fen > 0),
  -- Four eyes: whoever proposed an amount above the threshold cannot also approve it.
  proposed_by bigint references accounts(id),
  approved_fen bigint check (approved_fen > 0),
  disbursed_fen bigint not null default 0 check (disbursed_fen >= 0 and disbursed_fen <= coalesce(approved_fen, 0)),
  budget_union_id bigint references unions(id),
  budget_year integer,
  refusal_reason text check (char_length(refusal_reason) <= 200),
  consent_at timestamptz not null,
  reverify_due date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index assistance_applications_path_idx on assistance_applications (union_path, status);
create index assistance_applications_person_idx on assistance_applications (id_number_hash);
create index assistance_applications_member_idx on assistance_applications (member_id);
-- One open application per person (AS-30).
create unique index assistance_one_open on assistance_applications (id_number_hash)
  where status in ('submitted', 'proposed');

create table assistance_events (
  id bigint generated always as identity primary key,
  application_id bigint not null references assistance_applications(id),
  at timestamptz not null default now(),
  kind text not null check (kind in ('submitted', 'updated', 'proposed', 'approved', 'refused', 'disbursed',
    'help_recorded', 'withdrawn', 'reverified')),
  actor_kind text not null check (actor_kind in ('member', 'admin', 'system')),
  actor_id bigint,
  union_id bigint references unions(id),
  detail jsonb
);
create index assistance_events_app_idx on assistance_events (application_id, id);
create trigger assistance_events_append_only before update or delete on assistance_events
  for each row execute function refuse_change();

-- Help given that is not a payment from the budget: a job referral, material aid, a mutual-aid plan.
create table assistance_help (
  id bigint generated always as identity primary key,
  application_id bigint not null references assistance_applications(id),
  program_id bigint references assistance_programs(id),
  kind text not null check (kind in ('policy_subsidy', 'job', 'material_aid', 'mutual_aid', 'education_grant')),
  note text not null check (char_length(note) between 1 and 200),
  value_fen bigint check (value_fen >= 0),
  recorded_by bigint not null references accounts(id),
  created_at timestamptz not null default now()
);

-- Money paid out. Append-only; each row carries an HMAC so an edit made directly in SQL is detected (ML-20).
create table assistance_disbursements (
  id bigint generated always as identity primary key,
  application_id bigint not null references assistance_applications(id),
  amount_fen bigint not null check (amount_fen > 0),
  method text not null check (method in ('bank_transfer', 'cash', 'wechat', 'in_kind')),
  paid_on date not null,
  reference text check (char_length(reference) <= 60),
  recorded_by bigint not null references accounts(id),
  mac text collate "C" not null,
  created_at timestamptz not null default now()
);
create index assistance_disbursements_app_idx on assistance_disbursements (application_id);
create trigger assistance_disbursements_append_only before update or delete on assistance_disbursements
  for each row execute function refuse_change();

-- ---- Appeals --------------------------------------------------------------------------------------
-- Deadlines in working minutes, per union (covering its subtree) and category ('any' = every category).
create table appeal_sla_policies (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  category text not null check (category in ('any', 'wage_arrears', 'labour_dispute', 'work_injury',
    'social_insurance', 'occupational_safety', 'other')),
  first_response_minutes integer not null check (first_response_minutes between 30 and 100000),
  resolution_minutes integer not null check (resolution_minutes between 60 and 1000000),
  unique (union_id, category),
  check (resolution_minutes >= first_response_minutes)
);

create table appeals (
  id bigint generated always as identity primary key,
  category text not null check (category in ('wage_arrears', 'labour_dispute', 'work_injury',
    'social_insurance', 'occupational_safety', 'other')),
  channel text not null check (channel in ('app', 'hotline')),
  member_id bigint references members(id),
  worker_name text not null check (char_length(worker_name) between 1 and 50),
  phone_cipher text not null,
  phone_hash text collate "C" not null,
  -- The worker's identity is hidden from handlers; they reach the worker through the case itself.
  anonymous boolean not null default false,
  employer_id bigint references employers(id),
  employer_name text not null check (char_length(employer_name) between 1 and 100),
  amount_owed_fen bigint check (amount_owed_fen between 0 and 100000000000),
  people_affected integer not null check (people_affected between 1 and 100000),
  description text not null check (char_length(description) between 1 and 2000),
  -- The union handling it now (routing result, moved up by escalation).
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  routed_union_id bigint not null references unions(id),
  status text not null default 'submitted' check (status in ('submitted', 'accepted', 'in_progress',
    'awaiting_worker', 'referred', 'refused', 'resolved')),
  referred_to text check (referred_to in ('labour_inspection', 'arbitration', 'court', 'other')),
  referral_note text check (char_length(referral_note) <= 200),
  refusal_reason text check (char_length(refusal_reason) <= 200),
  outcome text check (char_length(outcome) <= 500),
  recovered_fen bigint check (recovered_fen between 0 and 100000000000),
  workers_covered integer check (workers_covered between 0 and 100000),
  rating integer check (rating between 1 and 5),
  rating_comment text check (char_length(rating_comment) <= 200),
  flagged boolean not null default false,
  -- Written when the case closes, from its event history: was it closed within the resolution deadline?
  on_time boolean,
  created_at timestamptz not null,
  closed_at timestamptz
);
create index appeals_path_idx on appeals (union_path, status);
create index appeals_member_idx on appeals (member_id);

create table appeal_events (
  id bigint generated always as identity primary key,
  appeal_id bigint not null references appeals(id),
  at timestamptz not null,
  kind text not null check (kind in ('submitted', 'accepted', 'referred', 'refused', 'started', 'info_requested',
    'worker_replied', 'note', 'resolved', 'rated', 'reopened', 'escalated')),
  actor_kind text not null check (actor_kind in ('member', 'admin', 'system')),
  actor_id bigint,
  union_id bigint references unions(id),
  detail jsonb
);
create index appeal_events_appeal_idx on appeal_events (appeal_id, id);
create trigger appeal_events_append_only before update or delete on appeal_events
  for each row execute function refuse_change();

-- ---- Legal consultations --------------------------------------------------------------------------
create table legal_slots (
  id bigint generated always as identity primary key,
  lawyer_account_id bigint not null references accounts(id),
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  mode text not null check (mode in ('in_person', 'phone', 'video')),
  place text check (char_length(place) <= 100),
  status text not null default 'open' check (status in ('open', 'cancelled')),
  created_at timestamptz not null default now(),
  check (ends_at > starts_at and ends_at <= starts_at + interval '4 hours'),
  -- A lawyer cannot be in two open slots at once (range GiST: no extension needed).
  exclude using gist (int8range(lawyer_account_id, lawyer_account_id, '[]') with =,
    tstzrange(starts_at, ends_at) with &&) where (status = 'open')
);
create index legal_slots_path_idx on legal_slots (union_path, starts_at);

create table consultation_bookings (
  id bigint generated always as identity primary key,
  slot_id bigint not null references legal_slots(id),
  member_id bigint not null references members(id),
  topic text not null check (char_length(topic) between 1 and 500),
  status text not null default 'booked' check (status in ('booked', 'cancelled', 'completed', 'no_show')),
  outcome text check (char_length(outcome) <= 1000),
  reminded_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Never two people in one slot: the database makes it impossible.
create unique index consultation_one_per_slot on consultation_bookings (slot_id) where status <> 'cancelled';
create index consultation_bookings_member_idx on consultation_bookings (member_id);
