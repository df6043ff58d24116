-- Bulk import of members: an upload is validated into rows (personal data encrypted), previewed, then
-- committed in batches. Committing is idempotent: rows whose person is already a member are skipped.
create table member_imports (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  created_by bigint not null references accounts(id),
  file_name text not null check (char_length(file_name) <= 200),
  file_sha256 text not null,
  status text not null default 'validated' check (status in ('validated', 'committing', 'committed')),
  total_rows int not null default 0,
  valid_rows int not null default 0,
  error_rows int not null default 0,
  existing_rows int not null default 0,
  inserted int not null default 0,
  created_at timestamptz not null default now(),
  committed_at timestamptz
);
create index member_imports_scope_idx on member_imports (union_path, id desc);

create table member_import_rows (
  import_id bigint not null references member_imports(id),
  row_no int not null,
  -- 'valid' rows are committed; 'exists' are members of this union already; 'error' rows say why.
  outcome text not null check (outcome in ('valid', 'exists', 'error', 'inserted')),
  errors text[] not null default '{}',
  name text,
  id_number_cipher text,
  id_number_hash text collate "C",
  id_number_last4 text,
  phone_cipher text,
  phone_hash text,
  gender text,
  birth_date date,
  category text,
  employer_id bigint,
  joined_at timestamptz,
  primary key (import_id, row_no)
);
