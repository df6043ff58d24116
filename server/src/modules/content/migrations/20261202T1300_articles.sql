-- Articles: news, policies and regulations, notices and guides, published by a union to its subtree.
create table articles (
  id bigint generated always as identity primary key,
  -- The publishing union: its subtree is the audience, narrowed by member category or tag when those are set.
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  kind text not null check (kind in ('news', 'policy', 'notice', 'guide')),
  title text not null check (char_length(title) between 1 and 100),
  summary text not null default '' check (char_length(summary) <= 200),
  -- Sanitised on the server with an allow-list before it is stored (content.sanitize.ts).
  body_html text not null check (char_length(body_html) between 1 and 200000),
  tags text[] not null default '{}' check (cardinality(tags) <= 10),
  audience_categories text[] not null default '{}',
  audience_tags text[] not null default '{}' check (cardinality(audience_tags) <= 10),
  pinned boolean not null default false,
  -- Scheduled publishing: a published article shows from publish_at (null: at once) until expires_at.
  publish_at timestamptz,
  expires_at timestamptz,
  status text not null default 'draft' check (status in ('draft', 'in_review', 'published', 'withdrawn')),
  author_account_id bigint not null references accounts(id),
  submitted_by bigint references accounts(id),
  reviewed_by bigint references accounts(id),
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (expires_at is null or publish_at is null or expires_at > publish_at),
  -- Four eyes: whoever sent an article for review cannot be the one who approves it.
  check (reviewed_by is null or submitted_by is null or reviewed_by <> submitted_by)
);
create index articles_path_idx on articles (union_path, id desc);
create index articles_reader_idx on articles (status, pinned desc, publish_at desc);

create table article_events (
  id bigint generated always as identity primary key,
  article_id bigint not null references articles(id),
  at timestamptz not null,
  kind text not null check (kind in ('created', 'edited', 'submitted', 'approved', 'rejected', 'published',
    'withdrawn')),
  actor_kind text not null check (actor_kind in ('member', 'admin', 'system')),
  actor_id bigint,
  detail jsonb
);
create index article_events_article_idx on article_events (article_id, id);
create trigger article_events_append_only before update or delete on article_events
  for each row execute function refuse_change();

-- Who read what, once per member: the read count a publisher sees, never a list of names.
create table article_reads (
  article_id bigint not null references articles(id),
  member_id bigint not null references members(id),
  read_at timestamptz not null default now(),
  primary key (article_id, member_id)
);
