-- Transfers between base unions: approved by the union the member leaves, then the one they join,
-- or completed at once by a cadre who administers both.
alter table member_events drop constraint member_events_kind_check;
alter table member_events add constraint member_events_kind_check
  check (kind in ('joined', 'left', 'reinstated', 'transferred'));

create table member_transfers (
  id bigint generated always as identity primary key,
  member_id bigint not null references members(id),
  from_union_id bigint not null references unions(id),
  from_path text collate "C" not null,
  to_union_id bigint not null references unions(id),
  to_path text collate "C" not null,
  status text not null default 'pending_out'
    check (status in ('pending_out', 'pending_in', 'completed', 'rejected', 'cancelled')),
  reason text check (char_length(reason) <= 200),
  decision_reason text check (char_length(decision_reason) <= 200),
  requested_by text not null check (requested_by in ('member', 'admin')),
  created_at timestamptz not null default now(),
  decided_at timestamptz
);
-- One open transfer per member at a time.
create unique index member_transfers_one_open on member_transfers (member_id) where status in ('pending_out', 'pending_in');
create index member_transfers_from_idx on member_transfers (from_path, status);
create index member_transfers_to_idx on member_transfers (to_path, status);
