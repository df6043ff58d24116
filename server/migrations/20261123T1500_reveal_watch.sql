-- PI-22: each unmasked read counts the officer's reads of the last hour; this keeps that count an index range.
create index audit_events_admin_actor_idx on audit_events (actor_id, at desc) where actor_kind = 'admin';
