-- Stations and venues (驿站与阵地): rest stations, red-themed stations, gig-work stations, workers' homes, activity
-- centres and venues of other mass organisations, in one table with a kind. Each sits on a union node (its scope)
-- and has managers. Members record visits by scanning the station's QR code, book its rooms by time slot and review
-- what they used.

-- Amenities a station can offer: the built-in ones below and any an administrator adds (their names are data).
create table station_amenities (
  key text primary key check (key ~ '^[a-z][a-z0-9_]{1,30}$'),
  name_zh text not null check (char_length(name_zh) between 1 and 20),
  name_en text not null check (char_length(name_en) between 1 and 40),
  builtin boolean not null default false,
  created_at timestamptz not null default now()
);
insert into station_amenities (key, name_zh, name_en, builtin) values
  ('rest', '休息', 'Rest', true),
  ('water', '冷热饮水', 'Drinking water', true),
  ('heating', '热饭', 'Meal heating', true),
  ('charging', '充电', 'Charging', true),
  ('toilet', '卫生间', 'Toilet', true),
  ('medicine', '应急药箱', 'First aid', true),
  ('ebike_check', '电动车检测', 'E-bike check', true),
  ('wifi', '无线网络', 'Wi-Fi', true);

create table stations (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  kind text not null check (kind in ('rest', 'red', 'gig', 'workers_home', 'activity_centre', 'partner_venue')),
  -- Whose venue it is: the union's own, or another mass organisation's (the "4+X" venues), shown with its name.
  owner text not null default 'union'
    check (owner in ('union', 'youth_league', 'women_federation', 'science_association', 'other')),
  owner_name text not null default '' check (char_length(owner_name) <= 60),
  name text not null check (char_length(name) between 1 and 60),
  address text not null check (char_length(address) between 1 and 200),
  -- WGS-84, as GPS gives it; converted on the way in (from GCJ-02 or BD-09) and out (navigation links).
  lat double precision not null check (lat between 3.8 and 53.6),
  lng double precision not null check (lng between 73.4 and 135.1),
  hours jsonb not null,
  amenities text[] not null default '{}',
  story text not null default '' check (char_length(story) <= 3000),
  contact text not null default '' check (char_length(contact) <= 60),
  movable boolean not null default false,
  -- A movable station's last move, and whether it looked impossible (too far too fast) and waits for a look.
  moved_at timestamptz,
  position_flagged boolean not null default false,
  -- Printed on the QR poster: reissuing the poster bumps it, and older posters stop recording visits.
  qr_version int not null default 1,
  status text not null default 'active' check (status in ('active', 'retired')),
  -- Raised by every change: the in-memory finder of each process compares the sum with the one it was built from.
  revision int not null default 1,
  created_by bigint references accounts(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index stations_path_idx on stations (union_path, id);

create table station_managers (
  station_id bigint not null references stations(id),
  account_id bigint not null references accounts(id),
  created_at timestamptz not null default now(),
  primary key (station_id, account_id)
);
create index station_managers_account_idx on station_managers (account_id);

-- A room, court or hall of a station that members book by time slot.
create table station_rooms (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  name text not null check (char_length(name) between 1 and 40),
  -- People (or parties) per slot.
  capacity int not null check (capacity between 1 and 500),
  slot_minutes int not null check (slot_minutes in (30, 60, 90, 120, 180, 240)),
  -- Opening rule: the days of the week (1 = Monday) and the daily span the slots fill.
  weekdays int[] not null check (weekdays <@ array[1, 2, 3, 4, 5, 6, 7] and cardinality(weekdays) >= 1),
  day_opens text not null check (day_opens ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  day_closes text not null check (day_closes ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'),
  -- Slots of a day are released `horizon_days` before it, at `release_time` (China time).
  horizon_days int not null check (horizon_days between 1 and 60),
  release_time text not null default '08:00' check (release_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  -- Upcoming bookings one member may hold in this room at once.
  per_member_limit int not null default 2 check (per_member_limit between 1 and 20),
  cancel_hours int not null default 2 check (cancel_hours between 0 and 168),
  needs_approval boolean not null default false,
  status text not null default 'active' check (status in ('active', 'retired')),
  created_at timestamptz not null default now(),
  check (day_closes > day_opens)
);
create index station_rooms_station_idx on station_rooms (station_id);

-- A bookable slot. `booked` counts the places held (pending or confirmed or attended) and can never pass
-- `capacity`: a booking takes its place in the same statement that inserts it, so double booking cannot happen.
create table room_slots (
  id bigint generated always as identity primary key,
  room_id bigint not null references station_rooms(id),
  station_id bigint not null references stations(id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  opens_at timestamptz not null,
  capacity int not null check (capacity >= 1),
  booked int not null default 0,
  status text not null default 'open' check (status in ('open', 'closed')),
  check (booked >= 0 and booked <= capacity),
  check (ends_at > starts_at),
  unique (room_id, starts_at)
);

create table room_bookings (
  id bigint generated always as identity primary key,
  slot_id bigint not null references room_slots(id),
  room_id bigint not null references station_rooms(id),
  station_id bigint not null references stations(id),
  union_path text collate "C" not null,
  member_id bigint not null references members(id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  status text not null
    check (status in ('pending', 'confirmed', 'rejected', 'cancelled', 'attended', 'no_show')),
  note text not null default '' check (char_length(note) <= 200),
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  decided_by bigint references accounts(id),
  checked_in_at timestamptz,
  -- One member never holds two bookings that overlap in time (the same slot twice included).
  exclude using gist (int8range(member_id, member_id, '[]') with =, tstzrange(starts_at, ends_at) with &&)
    where (status in ('pending', 'confirmed'))
);
create index room_bookings_slot_idx on room_bookings (slot_id);
create index room_bookings_member_idx on room_bookings (member_id, starts_at desc);
create index room_bookings_station_idx on room_bookings (station_id, starts_at desc);

create table station_visits (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  union_path text collate "C" not null,
  member_id bigint not null references members(id),
  service text not null references station_amenities(key),
  via text not null check (via in ('qr', 'card')),
  booking_id bigint references room_bookings(id),
  visited_at timestamptz not null default now()
);
create index station_visits_station_idx on station_visits (station_id, visited_at);
create index station_visits_member_idx on station_visits (member_id, visited_at desc);

-- A member's rating of one visit or one attended booking, and how the venue handled it.
create table station_reviews (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  union_path text collate "C" not null,
  member_id bigint not null references members(id),
  visit_id bigint unique references station_visits(id),
  booking_id bigint unique references room_bookings(id),
  rating int not null check (rating between 1 and 5),
  comment text not null default '' check (char_length(comment) <= 500),
  reply text check (char_length(reply) <= 500),
  replied_at timestamptz,
  replied_by bigint references accounts(id),
  status text not null default 'open' check (status in ('open', 'answered', 'closed')),
  created_at timestamptz not null default now(),
  check ((visit_id is null) <> (booking_id is null))
);
create index station_reviews_station_idx on station_reviews (station_id, created_at desc);
