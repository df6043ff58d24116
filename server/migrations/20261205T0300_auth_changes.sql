-- Who a request's cookie stands for is decided by sessions, accounts, role grants, memberships and the union tree.
-- Each app process keeps what it read of them in memory for a while (platform/auth/session-cache.ts). Any change
-- to them notifies every process when it commits (channel zg_auth), and each one forgets what it kept. NOTIFY is
-- delivered only on commit, and a transaction's notices are folded into one.
create function notify_auth_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('zg_auth', '');
  return null;
end $$;

create trigger sessions_auth_change after delete or update of stage on sessions
  for each statement execute function notify_auth_change();
create trigger accounts_auth_change after update or delete on accounts
  for each statement execute function notify_auth_change();
create trigger role_grants_auth_change after insert or update or delete on role_grants
  for each statement execute function notify_auth_change();
create trigger members_auth_change after insert or delete or update of status, union_id, union_path, phone_hash
  on members for each statement execute function notify_auth_change();
create trigger unions_auth_change after update of active, path, name on unions
  for each statement execute function notify_auth_change();
