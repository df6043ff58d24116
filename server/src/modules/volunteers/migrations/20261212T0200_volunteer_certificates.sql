-- Certificates of volunteer hours (志愿服务时长证明): what a volunteer's confirmed hours were when the certificate was
-- issued, under a 12-character code printed on it that anyone holding the paper can check. A later certificate, once
-- more hours are confirmed, gets a new code; the old one still checks as what it said on its day.
create table volunteer_certificates (
  code text collate "C" primary key check (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
  volunteer_id bigint not null references volunteers(id),
  hours numeric(8, 1) not null check (hours > 0),
  activities integer not null check (activities > 0),
  issued_at timestamptz not null default now()
);
create index volunteer_certificates_volunteer_idx on volunteer_certificates (volunteer_id, issued_at desc);
