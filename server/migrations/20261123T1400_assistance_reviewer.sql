-- AS-22: a case's health, income and medical data (and its evidence) are for the reviewer assigned to it,
-- not for every assistance officer of the subtree; while an amount above the threshold awaits approval,
-- also for the federation officers who may approve it. Assigning is audited and shown in the case history.
alter table assistance_applications add column reviewer_id bigint references accounts(id);
alter table assistance_events drop constraint assistance_events_kind_check,
  add constraint assistance_events_kind_check check (kind in ('submitted', 'updated', 'proposed', 'approved',
    'refused', 'disbursed', 'help_recorded', 'withdrawn', 'reverified', 'reviewer_assigned'));
