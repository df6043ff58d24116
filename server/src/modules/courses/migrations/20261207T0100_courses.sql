-- 学堂: online courses of lessons (video, article, PDF) with each member's progress and a certificate of
-- completion; and the offline sessions a cadre records (班前十分钟, 星火课堂), which roll up to the cockpit.
create table courses (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  title text not null check (char_length(title) between 1 and 100),
  summary text not null default '' check (char_length(summary) <= 1000),
  category text not null check (category in ('skills', 'safety', 'law', 'politics', 'health', 'other')),
  -- Limited seats: a course offer of the one limited-stock engine; only a member holding a confirmed place in
  -- it may enrol. Without one, the course is open to every member of the subtree.
  offer_id bigint references offers(id),
  status text not null default 'draft' check (status in ('draft', 'published', 'withdrawn')),
  created_by bigint not null references accounts(id),
  created_at timestamptz not null default now(),
  published_at timestamptz
);
create index courses_path_idx on courses (union_path, id desc);

create table course_lessons (
  id bigint generated always as identity primary key,
  course_id bigint not null references courses(id),
  position int not null check (position between 1 and 200),
  title text not null check (char_length(title) between 1 and 100),
  kind text not null check (kind in ('video', 'article', 'pdf')),
  -- An article lesson's sanitised HTML.
  body text not null default '' check (char_length(body) <= 100000),
  -- A video's or PDF's key in the media store.
  media_key text collate "C",
  media_bytes bigint,
  -- A video's length, read from the file; for an article or PDF, the reading time asked before it counts.
  seconds int not null default 0 check (seconds between 0 and 36000),
  created_at timestamptz not null default now(),
  -- Checked at commit, so reordering renumbers in one statement.
  unique (course_id, position) deferrable initially deferred,
  check ((kind = 'article') = (media_key is null))
);

create table course_enrolments (
  course_id bigint not null references courses(id),
  member_id bigint not null references members(id),
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  enrolled_at timestamptz not null default now(),
  -- Where "continue" takes the member.
  last_lesson_id bigint references course_lessons(id),
  completed_at timestamptz,
  primary key (course_id, member_id)
);
create index course_enrolments_member_idx on course_enrolments (member_id, enrolled_at desc);
create index course_enrolments_path_idx on course_enrolments (union_path);

-- A member's progress in one lesson. `credited_seconds` is study time as the server counts it: between two
-- reports, no more than the time that passed here and no more than the playback moved, so skipping ahead or
-- a script that reports the end does not complete a lesson.
create table lesson_progress (
  lesson_id bigint not null references course_lessons(id),
  member_id bigint not null references members(id),
  course_id bigint not null references courses(id),
  position_seconds double precision not null default 0,
  credited_seconds double precision not null default 0,
  opened_at timestamptz not null default now(),
  reported_at timestamptz not null default now(),
  completed_at timestamptz,
  primary key (lesson_id, member_id)
);

-- Certificates of completion: the code is printed on the certificate and checked by anyone at /verify.
create table course_certificates (
  code text collate "C" primary key check (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
  course_id bigint not null references courses(id),
  member_id bigint not null references members(id),
  union_path text collate "C" not null,
  issued_at timestamptz not null default now(),
  unique (course_id, member_id)
);

create table training_sessions (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  kind text not null check (kind in ('pre_shift', 'class', 'lecture')),
  topic text not null check (char_length(topic) between 1 and 100),
  held_on date not null,
  attendees int not null check (attendees between 1 and 100000),
  -- Keys of up to three photos in the media store.
  photos text[] not null default '{}' check (cardinality(photos) <= 3),
  recorded_by bigint not null references accounts(id),
  created_at timestamptz not null default now()
);
create index training_sessions_path_idx on training_sessions (union_path, held_on desc, id desc);
