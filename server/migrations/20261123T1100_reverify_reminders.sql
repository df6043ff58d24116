-- The yearly re-verification reminder: which due date the applicant was last reminded of, so each due
-- date is texted once, however many processes run the job.
alter table assistance_applications add column reverify_reminded_for date;
