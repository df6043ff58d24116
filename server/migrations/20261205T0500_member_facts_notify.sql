-- A member session's actor now carries the membership's eligibility facts (category, join date, tags), read with the
-- session and kept with it in each process's session cache (platform/auth/session-cache.ts). A change to them must
-- empty the caches like a change of membership does, so a claim pass is never issued on facts that no longer hold.
drop trigger members_auth_change on members;
create trigger members_auth_change after insert or delete
  or update of status, union_id, union_path, phone_hash, category, joined_at, tags
  on members for each statement execute function notify_auth_change();
