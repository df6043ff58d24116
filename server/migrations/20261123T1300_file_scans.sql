-- Uploads are scanned for malware before anyone else can fetch them (AS-46). An infected upload is refused
-- and never stored, so a stored file is either scanned clean, or older than scanning (scanned_at null):
-- such a file is scanned the first time someone other than its uploader asks for it, and one found
-- infected then is kept as evidence of what happened but never served again.
alter table files
  add column scanned_at timestamptz,
  add column scanned_by text,
  add column infected_signature text;
