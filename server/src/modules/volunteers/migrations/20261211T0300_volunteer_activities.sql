-- Volunteer activities and their hours: an activity of a union (or one of its teams) at a place and time; places
-- limited by an activity offer of the claim engine when it has one; each volunteer's sign-up, check-in and check-out
-- by the QR poster at the place (the server's clock), and the organiser's confirmation, which alone makes hours
-- count and earns the rules' points for each hour.
create table volunteer_activities (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  team_id bigint references volunteer_teams(id),
  title text not null check (char_length(title) between 1 and 50),
  description text not null default '' check (char_length(description) <= 1000),
  station_id bigint references stations(id),
  place text not null check (char_length(place) between 1 and 100),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- Limited places: an activity offer; only a member holding a confirmed place in it signs up. None: open to all.
  offer_id bigint references offers(id),
  -- The QR poster's version: reissuing it bumps this and the old poster stops working.
  poster_version int not null default 1,
  status text not null default 'published' check (status in ('published', 'cancelled')),
  created_by bigint not null references accounts(id),
  created_at timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index volunteer_activities_path_idx on volunteer_activities (union_path, starts_at desc);

create table volunteer_hours (
  id bigint generated always as identity primary key,
  activity_id bigint not null references volunteer_activities(id),
  volunteer_id bigint not null references volunteers(id),
  union_path text collate "C" not null,
  signed_at timestamptz not null default now(),
  checkin_at timestamptz,
  checkout_at timestamptz,
  -- Checked-out time, in hours to a tenth.
  hours numeric(4, 1) check (hours between 0 and 24),
  status text not null default 'signed'
    check (status in ('signed', 'checked_in', 'checked_out', 'confirmed', 'rejected')),
  confirmed_by bigint references accounts(id),
  confirmed_at timestamptz,
  points int,
  unique (activity_id, volunteer_id),
  check (checkout_at is null or (checkin_at is not null and checkout_at > checkin_at)),
  check (status = 'rejected' or (checkout_at is not null) = (status in ('checked_out', 'confirmed')))
);
create index volunteer_hours_volunteer_idx on volunteer_hours (volunteer_id, checkin_at);
create index volunteer_hours_activity_idx on volunteer_hours (activity_id, id);
