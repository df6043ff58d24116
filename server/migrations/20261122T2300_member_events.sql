-- A member record's history: joining, leaving, reinstatement (and, later, transfers and corrections).
create table member_events (
  id bigint generated always as identity primary key,
  member_id bigint not null references members(id),
  at timestamptz not null default now(),
  kind text not null check (kind in ('joined', 'left', 'reinstated')),
  actor_kind text not null check (actor_kind in ('member', 'admin', 'system')),
  actor_id bigint,
  detail jsonb
);
create index member_events_member_idx on member_events (member_id, id);
