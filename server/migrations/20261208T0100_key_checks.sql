-- A sample encrypted and hashed with the personal-data keys when the database is first started
-- (platform/key-check.ts). A later start with other keys (a restored backup without its keys, a mistyped PII_KEY)
-- cannot open it and refuses to start, instead of writing data no key reads alongside data its own key cannot read.
create table key_checks (
  purpose text primary key,
  cipher text not null,
  hash text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
