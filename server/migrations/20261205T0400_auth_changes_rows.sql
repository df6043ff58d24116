-- Fewer notices that empty every process's session cache for nothing (20261205T0300_auth_changes.sql). A statement
-- on sessions that deleted nothing (the cap on an admin's concurrent sessions runs at every sign-in) no longer
-- notifies: deletions notify only when rows went.
create function notify_auth_change_if_gone() returns trigger language plpgsql as $$
begin
  if exists (select 1 from gone) then
    perform pg_notify('zg_auth', '');
  end if;
  return null;
end $$;

drop trigger sessions_auth_change on sessions;
create trigger sessions_auth_stage after update of stage on sessions
  for each statement execute function notify_auth_change();
create trigger sessions_auth_gone after delete on sessions referencing old table as gone
  for each statement execute function notify_auth_change_if_gone();

-- Of an account, only what a request's actor is built from: a sign-in's last_login_at or a TOTP step is not news.
drop trigger accounts_auth_change on accounts;
create trigger accounts_auth_change after delete or update of disabled, username, display_name, merchant_id
  on accounts for each statement execute function notify_auth_change();
