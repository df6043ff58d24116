-- Images placed in articles: the bytes live in the media store (platform/storage.ts) under `key`; this row says
-- what was checked about them and who put them there.
create table article_images (
  id bigint generated always as identity primary key,
  key text collate "C" not null unique,
  media_type text not null check (media_type in ('image/jpeg', 'image/png')),
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null,
  uploaded_by bigint not null references accounts(id),
  created_at timestamptz not null default now()
);
