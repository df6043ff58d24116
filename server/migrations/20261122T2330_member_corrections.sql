-- Self-service corrections of a member's phone, employer or address, approved by an officer.
-- A new phone is proven by a code sent to it, issued for this purpose only.
alter table otp_codes drop constraint otp_codes_purpose_check;
alter table otp_codes add constraint otp_codes_purpose_check check (purpose in ('login', 'change_phone'));

alter table members add column address_cipher text;

alter table member_events drop constraint member_events_kind_check;
alter table member_events add constraint member_events_kind_check
  check (kind in ('joined', 'left', 'reinstated', 'transferred', 'corrected'));

create table member_corrections (
  id bigint generated always as identity primary key,
  member_id bigint not null references members(id),
  union_path text collate "C" not null,
  field text not null check (field in ('phone', 'employer', 'address')),
  new_value_cipher text,
  new_phone_hash text,
  new_employer_id bigint references employers(id),
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'cancelled')),
  decision_reason text check (char_length(decision_reason) <= 200),
  created_at timestamptz not null default now(),
  decided_at timestamptz
);
create unique index member_corrections_one_pending on member_corrections (member_id, field) where status = 'pending';
create index member_corrections_scope_idx on member_corrections (union_path, status);
