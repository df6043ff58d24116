-- Chinese full-text search: the title (weight A) and the text of the body (weight B), segmented into words by
-- jieba in the application (content.search.ts) and stored as a 'simple' tsvector, so PGlite and PostgreSQL index
-- the same words without a Chinese parser extension.
alter table articles add column search_vector tsvector not null default ''::tsvector;
create index articles_search_idx on articles using gin (search_vector);
