-- A finish decides its points in the answer's own commit (contest_attempts.points); the ledger posting follows in
-- a batch of its own (contests.award.ts) and stamps points_posted_at. A finish whose posting was cut short (the
-- process stopped) is found by this index and posted by the contests.awards job.
alter table contest_attempts add column points_posted_at timestamptz;
update contest_attempts set points_posted_at = coalesce(finished_at, now()) where points > 0;
create index contest_attempts_unposted_idx on contest_attempts (id) where points > 0 and points_posted_at is null;
