-- A phone belongs to at most one active member, and has at most one pending application (issue 21 §6).
-- Members sign in by phone: two members sharing one could never both sign in, and an application whose
-- phone is already a member's could never be approved. Existing data that breaks the rule stops the
-- migration with the query that lists it, for an officer to resolve (correct a phone, withdraw an
-- application); personal records are not changed behind anyone's back.
do $$
begin
  if exists (select 1 from members where status = 'active' group by phone_hash having count(*) > 1) then
    raise exception 'Some active members share a phone number. List them with: select phone_hash, array_agg(id) from members where status = ''active'' group by phone_hash having count(*) > 1; correct their phones, then start again.';
  end if;
  if exists (select 1 from membership_applications where status = 'pending' group by phone_hash having count(*) > 1) then
    raise exception 'Some phones have several pending applications. List them with: select phone_hash, array_agg(id) from membership_applications where status = ''pending'' group by phone_hash having count(*) > 1; decide or withdraw all but one, then start again.';
  end if;
end
$$;

create unique index members_one_active_per_phone on members (phone_hash) where status = 'active';
create unique index membership_applications_one_pending_per_phone on membership_applications (phone_hash)
  where status = 'pending';
