-- Photos of a station, in the order its page shows them (the first is its cover). The pictures themselves are in
-- the media store under stations/<name>; a row is what makes a picture one of the station's.
create table station_photos (
  id bigint generated always as identity primary key,
  station_id bigint not null references stations(id),
  name text not null unique check (name ~ '^[A-Za-z0-9_-]{24}\.(jpg|png)$'),
  media_type text not null check (media_type in ('image/jpeg', 'image/png')),
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null,
  position integer not null default 0,
  uploaded_by bigint not null references accounts(id),
  created_at timestamptz not null default now()
);
create index station_photos_of_station on station_photos (station_id, position, id);
