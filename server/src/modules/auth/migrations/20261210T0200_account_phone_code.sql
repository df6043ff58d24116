-- A code proving a cadre holds the phone they give for reminders (auth.account-phone.ts).
alter table otp_codes drop constraint otp_codes_purpose_check;
alter table otp_codes add constraint otp_codes_purpose_check
  check (purpose in ('login', 'change_phone', 'account_phone'));
