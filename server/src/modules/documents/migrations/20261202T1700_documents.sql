-- Documents down the tree (公文下发): a union sends a notice to every union of a level below it; each recipient
-- union's cadre signs for it (read receipt) and, when asked, replies by a deadline counted in working days.
create table documents (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  title text not null check (char_length(title) between 1 and 100),
  body_html text not null check (char_length(body_html) between 1 and 200000),
  recipient_level text not null check (recipient_level in ('city', 'county', 'township', 'base')),
  reply_required boolean not null default false,
  due_at timestamptz,
  sent_by bigint not null references accounts(id),
  sent_at timestamptz not null
);
create index documents_path_idx on documents (union_path, id desc);

create table document_recipients (
  document_id bigint not null references documents(id),
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  read_at timestamptz,
  read_by bigint references accounts(id),
  replied_at timestamptz,
  replied_by bigint references accounts(id),
  reply_text text check (char_length(reply_text) <= 2000),
  reminded_at timestamptz,
  reminders integer not null default 0,
  primary key (document_id, union_id),
  check (replied_at is null or read_at is not null)
);
create index document_recipients_union_idx on document_recipients (union_id, document_id desc);
