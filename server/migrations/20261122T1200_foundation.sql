-- Foundation: union tree, employers, accounts and roles, members (core identity), sessions,
-- one-time codes, rate limits, audit. Ids are bigint identities everywhere.

-- Union tree. `path` is the materialized path of ancestor ids, e.g. '/1/4/12/', compared in C collation
-- so a subtree is the range [path, path || '~').
create table unions (
  id bigint generated always as identity primary key,
  parent_id bigint references unions(id),
  path text collate "C" not null unique,
  name text not null check (char_length(name) between 1 and 100),
  level text not null check (level in ('province', 'city', 'county', 'township', 'base')),
  formation text not null check (formation in ('single', 'joint', 'industry', 'area')),
  address text check (char_length(address) <= 200),
  lng double precision check (lng between -180 and 180),
  lat double precision check (lat between -90 and 90),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index unions_parent_idx on unions (parent_id, name);
create index unions_name_idx on unions (name text_pattern_ops);

-- Employers, identified by the unified social credit code (GB 32100). `union_id` is the union that
-- administers the record: the base union covering it, or the federation that registered it.
create table employers (
  id bigint generated always as identity primary key,
  credit_code text collate "C" not null unique check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  name text not null check (char_length(name) between 1 and 100),
  address text check (char_length(address) <= 200),
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  created_at timestamptz not null default now()
);
create index employers_union_path_idx on employers (union_path);
create index employers_name_idx on employers (name text_pattern_ops);

-- Admin accounts (cadres). Members do not have passwords.
create table accounts (
  id bigint generated always as identity primary key,
  username text collate "C" not null unique check (username ~ '^[a-z0-9_.-]{3,32}$'),
  display_name text not null check (char_length(display_name) between 1 and 50),
  password_hash text not null,
  password_changed_at timestamptz not null default now(),
  must_change_password boolean not null default true,
  -- Initial passwords issued by a cadre expire (AS-07).
  password_expires_at timestamptz,
  demo boolean not null default false,
  totp_secret_cipher text,
  totp_enabled boolean not null default false,
  totp_last_step bigint,
  disabled boolean not null default false,
  created_by bigint references accounts(id),
  created_at timestamptz not null default now(),
  last_login_at timestamptz
);

-- A role held on a union node covers that node's subtree.
create table role_grants (
  id bigint generated always as identity primary key,
  account_id bigint not null references accounts(id),
  role text not null check (role in ('system_admin', 'union_admin', 'membership_officer', 'case_handler',
                                     'station_manager', 'editor', 'auditor')),
  union_id bigint not null references unions(id),
  granted_by bigint references accounts(id),
  created_at timestamptz not null default now(),
  unique (account_id, role, union_id)
);
create index role_grants_union_idx on role_grants (union_id);

-- Members: the core identity the foundation needs (sign-in, scoping, counts). The membership module
-- extends it. Personal data is encrypted (`*_cipher`) with a keyed hash (`*_hash`) for exact look-up.
create table members (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  employer_id bigint references employers(id),
  name text not null check (char_length(name) between 1 and 50),
  id_number_cipher text not null,
  id_number_hash text collate "C" not null unique,
  id_number_last4 text not null check (id_number_last4 ~ '^[0-9]{3}[0-9X]$'),
  phone_cipher text not null,
  phone_hash text collate "C" not null,
  gender text not null check (gender in ('male', 'female')),
  birth_date date not null,
  category text not null default 'employee'
    check (category in ('employee', 'rider', 'courier', 'ride_hailing', 'trucking', 'domestic', 'other_gig')),
  status text not null default 'active' check (status in ('active', 'left')),
  card_no text collate "C" unique,
  joined_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);
create index members_union_path_idx on members (union_path, status);
create index members_phone_hash_idx on members (phone_hash);

-- Server-side sessions: only a SHA-256 of the token is stored.
create table sessions (
  token_hash text collate "C" primary key,
  kind text not null check (kind in ('admin', 'member')),
  account_id bigint references accounts(id),
  member_id bigint references members(id),
  phone_hash text,
  phone_cipher text,
  -- 'full' or a pending step that limits what the session may do.
  stage text not null default 'full' check (stage in ('full', 'mfa', 'mfa_enrol', 'password_change')),
  csrf_token text not null,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_account_idx on sessions (account_id);

-- SMS one-time codes; rows are deleted when used or dead (ML-26).
create table otp_codes (
  id bigint generated always as identity primary key,
  phone_hash text collate "C" not null,
  purpose text not null check (purpose in ('login')),
  code_hash text not null,
  attempts int not null default 0,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index otp_codes_phone_idx on otp_codes (phone_hash, purpose);

-- Fixed-window counters shared by every app process (RL-05).
create table rate_limits (
  key text collate "C" primary key,
  window_start timestamptz not null,
  count int not null
);

-- The development SMS sender writes here so the dev inbox works across processes.
create table dev_sms_outbox (
  id bigint generated always as identity primary key,
  phone_masked text not null,
  phone_hash text not null,
  body text not null,
  created_at timestamptz not null default now()
);

-- Audit trail: append-only, enforced below by a trigger that refuses UPDATE, DELETE and TRUNCATE.
create table audit_events (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_kind text not null check (actor_kind in ('admin', 'member', 'anonymous', 'system')),
  actor_id bigint,
  actor_name text,
  actor_roles text,
  action text not null,
  outcome text not null default 'success' check (outcome in ('success', 'failure')),
  target_type text,
  target_id text,
  union_id bigint,
  union_path text collate "C",
  before jsonb,
  after jsonb,
  detail jsonb,
  ip text,
  request_id text
);
create index audit_events_at_idx on audit_events (at desc);
create index audit_events_union_path_idx on audit_events (union_path);
create index audit_events_action_idx on audit_events (action, at desc);

create function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only' using errcode = '42501';
end;
$$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_events_append_only();
