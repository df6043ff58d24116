-- PI-05 (PIPL Art. 31): a household with a child under 14 is processed only with the guardian's consent,
-- recorded with its time on the application (the applicant is the child's parent or guardian).
alter table assistance_applications add column guardian_consent_at timestamptz;
