-- Knowledge contests (知识竞赛): a union's question bank, contests drawing questions from it, and members'
-- attempts, served one question at a time with the time measured here.
create table quiz_questions (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  kind text not null check (kind in ('single', 'multiple', 'judge')),
  stem text not null check (char_length(stem) between 1 and 500),
  options jsonb not null check (jsonb_typeof(options) = 'array' and jsonb_array_length(options) between 2 and 6),
  -- Indexes into `options` of the right answers; never sent to a member before they answer.
  answer jsonb not null check (jsonb_typeof(answer) = 'array' and jsonb_array_length(answer) >= 1),
  explanation text not null default '' check (char_length(explanation) <= 500),
  tags text[] not null default '{}',
  active boolean not null default true,
  created_by bigint not null references accounts(id),
  created_at timestamptz not null default now()
);
create index quiz_questions_path_idx on quiz_questions (union_path, id desc);

create table contests (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  title text not null check (char_length(title) between 1 and 100),
  description text not null default '' check (char_length(description) <= 1000),
  opens_at timestamptz not null,
  closes_at timestamptz not null,
  questions_per_attempt int not null check (questions_per_attempt between 1 and 50),
  seconds_per_question int not null check (seconds_per_question between 5 and 300),
  attempts_per_day int not null check (attempts_per_day between 1 and 10),
  points_per_correct int not null default 0 check (points_per_correct between 0 and 100),
  status text not null default 'draft' check (status in ('draft', 'published')),
  created_by bigint not null references accounts(id),
  created_at timestamptz not null default now(),
  check (closes_at > opens_at)
);
create index contests_path_idx on contests (union_path, id desc);

create table contest_questions (
  contest_id bigint not null references contests(id),
  question_id bigint not null references quiz_questions(id),
  primary key (contest_id, question_id)
);

create table contest_attempts (
  id bigint generated always as identity primary key,
  contest_id bigint not null references contests(id),
  member_id bigint not null references members(id),
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  -- The China calendar day it started on: attempts per day count these.
  day date not null,
  -- Per position: the question and the order its options were shown in (indexes into the question's options).
  draw jsonb not null,
  position int not null default 0,
  served_at timestamptz not null,
  status text not null default 'running' check (status in ('running', 'finished')),
  correct int not null default 0,
  total_ms bigint not null default 0,
  points int not null default 0,
  started_at timestamptz not null default now(),
  finished_at timestamptz
);
-- One attempt runs at a time per member, across all contests.
create unique index contest_attempts_running_idx on contest_attempts (member_id) where status = 'running';
create index contest_attempts_contest_idx on contest_attempts (contest_id, member_id, day);

create table contest_answers (
  attempt_id bigint not null references contest_attempts(id),
  position int not null,
  question_id bigint not null references quiz_questions(id),
  -- Option indexes into the question's own options (not the shuffled order shown).
  chosen jsonb not null,
  correct boolean not null,
  timed_out boolean not null,
  ms int not null,
  -- Answered faster than a person can read the question: flagged on the leaderboard.
  too_fast boolean not null,
  answered_at timestamptz not null,
  primary key (attempt_id, position)
);
