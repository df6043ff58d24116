-- Each member's best finished attempt of a contest, kept as attempts finish: the leaderboard reads its first page
-- from an index, and a member's rank is a count of the rows before theirs, instead of ranking every attempt on
-- every read (bench/contest.ts).
create table contest_bests (
  contest_id bigint not null references contests(id),
  member_id bigint not null references members(id),
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  correct int not null,
  total_ms bigint not null,
  -- Some answer of the member in this contest came faster than a person can read the question.
  flagged boolean not null default false,
  primary key (contest_id, member_id)
);
create index contest_bests_rank_idx on contest_bests (contest_id, correct desc, total_ms, member_id);
