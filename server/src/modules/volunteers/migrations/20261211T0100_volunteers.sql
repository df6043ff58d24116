-- 志愿服务: volunteers (members who signed up, with skills, availability and areas), teams of a union with a
-- specialty and a leader, their members and work log; a service menu per union (and station); service orders
-- (点单) a member or resident places and a team takes (接单), with their history; and the points rules, published
-- in versions, by which a confirmed order earns its volunteer points.
create table volunteers (
  id bigint generated always as identity primary key,
  -- The volunteer's union is the member's own (members.union_path), so a transfer moves the volunteer too.
  member_id bigint not null unique references members(id),
  skills text[] not null default '{}' check (cardinality(skills) <= 10),
  availability text not null default '' check (char_length(availability) <= 100),
  areas text not null default '' check (char_length(areas) <= 100),
  -- A model worker's intention to volunteer (我要做志愿): what they offer, in their words.
  intention text not null default '' check (char_length(intention) <= 500),
  model_worker boolean not null default false,
  status text not null default 'active' check (status in ('active', 'withdrawn')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table volunteer_teams (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  name text not null check (char_length(name) between 1 and 50),
  specialty text not null check (specialty in ('emergency', 'repair', 'legal', 'medical', 'teaching', 'care', 'other')),
  description text not null default '' check (char_length(description) <= 500),
  -- Open: a volunteer joins at once ("just leave your contact to join"); otherwise a cadre approves.
  open_to_join boolean not null default true,
  status text not null default 'active' check (status in ('active', 'closed')),
  created_by bigint not null references accounts(id),
  created_at timestamptz not null default now()
);
create index volunteer_teams_path_idx on volunteer_teams (union_path, id desc);

create table volunteer_team_members (
  team_id bigint not null references volunteer_teams(id),
  volunteer_id bigint not null references volunteers(id),
  role text not null default 'member' check (role in ('leader', 'member')),
  status text not null check (status in ('pending', 'active', 'left')),
  joined_at timestamptz not null default now(),
  primary key (team_id, volunteer_id)
);
create index volunteer_team_members_volunteer_idx on volunteer_team_members (volunteer_id);
-- One leader a team.
create unique index volunteer_team_one_leader on volunteer_team_members (team_id) where role = 'leader' and status = 'active';

create table volunteer_team_logs (
  id bigint generated always as identity primary key,
  team_id bigint not null references volunteer_teams(id),
  union_path text collate "C" not null,
  happened_on date not null,
  body text not null check (char_length(body) between 1 and 1000),
  people_served int not null default 0 check (people_served between 0 and 100000),
  photos text[] not null default '{}' check (cardinality(photos) <= 3),
  -- Written by the team's leader in the member app, or a cadre in the console.
  author_volunteer_id bigint references volunteers(id),
  author_account_id bigint references accounts(id),
  created_at timestamptz not null default now(),
  check ((author_volunteer_id is null) <> (author_account_id is null))
);
create index volunteer_team_logs_team_idx on volunteer_team_logs (team_id, happened_on desc, id desc);

create table service_items (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  -- Offered at a station (驿站) of the union, where there is one.
  station_id bigint references stations(id),
  name text not null check (char_length(name) between 1 and 50),
  description text not null default '' check (char_length(description) <= 500),
  -- The team specialty that serves it: only teams of that specialty take its orders.
  specialty text not null check (specialty in ('emergency', 'repair', 'legal', 'medical', 'teaching', 'care', 'other')),
  -- Working minutes a team has to take an order before it escalates to the union.
  take_within_minutes int not null default 480 check (take_within_minutes between 30 and 4800),
  status text not null default 'active' check (status in ('active', 'retired')),
  created_by bigint not null references accounts(id),
  created_at timestamptz not null default now()
);
create index service_items_path_idx on service_items (union_path, id desc);

create table service_orders (
  id bigint generated always as identity primary key,
  item_id bigint not null references service_items(id),
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  -- The requester: a member, or a resident signed in by phone only (member_id null).
  requester_member_id bigint references members(id),
  requester_phone_hash text collate "C" not null,
  requester_phone_cipher text not null,
  requester_name text not null check (char_length(requester_name) between 1 and 30),
  wanted_at timestamptz not null,
  place text not null check (char_length(place) between 1 and 100),
  note text not null default '' check (char_length(note) <= 500),
  status text not null default 'placed' check (status in ('placed', 'taken', 'done', 'confirmed', 'cancelled')),
  take_by timestamptz not null,
  escalated_at timestamptz,
  team_id bigint references volunteer_teams(id),
  -- Who serves: the volunteer who took it, or (an order a cadre gave a team) the one who reported it done.
  volunteer_id bigint references volunteers(id),
  taken_at timestamptz,
  done_at timestamptz,
  done_note text check (char_length(done_note) <= 500),
  proof_photos text[] not null default '{}' check (cardinality(proof_photos) <= 3),
  confirmed_at timestamptz,
  rating int check (rating between 1 and 5),
  rating_comment text check (char_length(rating_comment) <= 300),
  -- The points the confirmation earned, by which rules, and how they were worked out.
  points int,
  rule_id bigint,
  points_detail jsonb,
  created_at timestamptz not null default now(),
  check ((status in ('placed', 'cancelled')) or team_id is not null),
  check (status <> 'confirmed' or (volunteer_id is not null and rating is not null))
);
create index service_orders_path_idx on service_orders (union_path, id desc);
create index service_orders_requester_idx on service_orders (requester_phone_hash, id desc);
create index service_orders_team_idx on service_orders (team_id, id desc);
create index service_orders_open_idx on service_orders (take_by) where status = 'placed';

create table service_order_events (
  id bigint generated always as identity primary key,
  order_id bigint not null references service_orders(id),
  at timestamptz not null,
  kind text not null,
  actor_kind text not null check (actor_kind in ('admin', 'member', 'system')),
  actor_id bigint,
  union_id bigint,
  detail jsonb
);
create index service_order_events_order_idx on service_order_events (order_id, id);

create table volunteer_point_rules (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  version int not null check (version >= 1),
  -- Points an order earns by the specialty of its service; a specialty not named earns `order_points`.
  order_points int not null check (order_points between 0 and 1000),
  points_by_specialty jsonb not null default '{}',
  -- A bonus for a rating at or above `bonus_min_rating`.
  bonus_min_rating int not null check (bonus_min_rating between 1 and 5),
  bonus_points int not null check (bonus_points between 0 and 1000),
  -- Points for each confirmed hour of volunteering (activities).
  hour_points int not null check (hour_points between 0 and 1000),
  note text not null default '' check (char_length(note) <= 300),
  published_by bigint not null references accounts(id),
  published_at timestamptz not null default now(),
  unique (union_id, version)
);
alter table service_orders add constraint service_orders_rule_fk foreign key (rule_id) references volunteer_point_rules(id);
