-- Inbox messages come from templates (platform/notify.ts) in both languages, and a message whose template
-- has a text keeps it here until the job queue has sent it (the outbox).
alter table member_messages
  add column template text,
  add column params jsonb,
  add column title_en text,
  add column body_en text,
  add column dedupe_key text collate "C",
  add column sms_state text not null default 'none' check (sms_state in ('none', 'pending', 'sent')),
  add column sms_text text,
  -- The phone, encrypted, only while the text is pending.
  add column sms_phone_cipher text,
  add column sms_sent_at timestamptz;
create unique index member_messages_dedupe_idx on member_messages (dedupe_key);
create index member_messages_sms_pending_idx on member_messages (created_at) where sms_state = 'pending';
