-- A member session now also carries the member's own record as the home shows it (platform/auth/sessions.ts), kept
-- with the session in each process's cache. So any change to a member row, and an employer's new name, must empty
-- the caches as a change of membership does (notify_auth_change, 20261205T0300_auth_changes.sql). Member rows are
-- changed by cadres' edits and imports, not by members' everyday use: the notices stay rare.
drop trigger members_auth_change on members;
create trigger members_auth_change after insert or delete or update on members
  for each statement execute function notify_auth_change();
create trigger employers_auth_change after delete or update of name on employers
  for each statement execute function notify_auth_change();
