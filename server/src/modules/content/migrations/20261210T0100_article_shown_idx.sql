-- Members' search ranks the newest matches (content.reading.ts, SEARCH_WINDOW): this index hands them over newest
-- first, so a broad word stops after the window instead of ranking every article that contains it.
create index articles_shown_idx on articles ((coalesce(publish_at, published_at)) desc, id desc)
  where status = 'published';
