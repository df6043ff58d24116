-- PI-15 (GB/T 35273 §7.1): a bulk export of personal data needs a second person's approval. A request names
-- what it exports (the kind and its filters, re-applied at download within the requester's scope), why, and
-- the union subtree it covers; an officer who may read that subtree, not the requester, approves it; the
-- requester downloads it once, within a day, as a file carrying a watermark line.
create table export_requests (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('members')),
  filters jsonb not null,
  row_count integer not null check (row_count >= 0),
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  reason text not null check (char_length(reason) between 1 and 200),
  requested_by bigint not null references accounts(id),
  status text not null default 'pending' check (status in ('pending', 'approved', 'refused', 'downloaded')),
  decided_by bigint references accounts(id),
  decided_at timestamptz,
  refusal_reason text check (char_length(refusal_reason) <= 200),
  downloaded_at timestamptz,
  created_at timestamptz not null default now(),
  check (decided_by is null or decided_by <> requested_by)
);
create index export_requests_path_idx on export_requests (union_path, id desc);
create index export_requests_requester_idx on export_requests (requested_by, id desc);
