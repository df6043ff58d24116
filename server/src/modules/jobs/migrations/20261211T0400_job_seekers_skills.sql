-- Matching a new job starts from the consenting seekers who share a skill with it (a GIN index on their skills),
-- those who named none, and those with an open hardship case, instead of passing over every profile.
create index job_seekers_skills_idx on job_seekers using gin (skills) where consent;
create index job_seekers_no_skills_idx on job_seekers (member_id) where consent and cardinality(skills) = 0;
