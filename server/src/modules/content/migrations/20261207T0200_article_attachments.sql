-- Attachments of an article (附件: the policy's PDF, the form to fill in), in the media store under a random key.
create table article_attachments (
  id bigint generated always as identity primary key,
  article_id bigint not null references articles(id),
  -- The name members download it under (its extension follows the type read from the bytes).
  name text not null check (char_length(name) between 1 and 120),
  media_key text collate "C" not null,
  media_type text not null,
  size_bytes bigint not null,
  uploaded_by bigint not null references accounts(id),
  created_at timestamptz not null default now()
);
create index article_attachments_article_idx on article_attachments (article_id, id);
