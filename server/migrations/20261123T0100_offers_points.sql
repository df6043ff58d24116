-- Limited stock (offers and claims), vouchers and merchants, and the points ledger.
-- The limits live here as constraints, so any number of server processes can serve one rush.

alter table role_grants drop constraint role_grants_role_check;
alter table role_grants add constraint role_grants_role_check check (role in ('system_admin', 'union_admin',
  'membership_officer', 'case_handler', 'station_manager', 'editor', 'auditor', 'benefits_officer', 'merchant_clerk'));

create function refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name using errcode = '42501';
end;
$$;

-- Tags a union puts on members (e.g. 劳模, 困难职工家庭, 新入职) that offers can be restricted to.
alter table members add column tags text[] not null default '{}';

-- Merchants accept vouchers; a clerk account belongs to one merchant.
create table merchants (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  name text not null check (char_length(name) between 1 and 100),
  address text not null default '',
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index merchants_union_path_idx on merchants (union_path);
alter table accounts add column merchant_id bigint references merchants(id);

-- What a union may spend on vouchers in a year; publishing an offer commits capacity × face value.
create table union_budgets (
  union_id bigint not null references unions(id),
  year int not null check (year between 2000 and 2100),
  amount_fen bigint not null check (amount_fen between 0 and 100000000000000),
  committed_fen bigint not null default 0 check (committed_fen >= 0),
  primary key (union_id, year),
  check (committed_fen <= amount_fen)
);

create table offers (
  id bigint generated always as identity primary key,
  union_id bigint not null references unions(id),
  union_path text collate "C" not null,
  kind text not null check (kind in ('voucher', 'course', 'activity', 'subsidy')),
  title text not null check (char_length(title) between 1 and 100),
  description text not null default '',
  mode text not null check (mode in ('first_come', 'lottery')),
  capacity int not null check (capacity between 1 and 1000000),
  -- Places confirmed or held for a waitlisted member: the engine's one counter.
  taken int not null default 0,
  per_member_limit int not null default 1 check (per_member_limit between 1 and 100),
  opens_at timestamptz not null,
  closes_at timestamptz not null,
  starts_at timestamptz,
  ends_at timestamptz,
  place text not null default '',
  teacher text not null default '',
  online boolean not null default false,
  merchant_id bigint references merchants(id),
  face_value_fen bigint not null default 0 check (face_value_fen between 0 and 100000000),
  points_cost bigint not null default 0 check (points_cost between 0 and 100000000),
  checkin_points bigint not null default 0 check (checkin_points between 0 and 100000),
  valid_until timestamptz,
  eligible_categories text[] not null default '{}',
  eligible_tags text[] not null default '{}',
  min_tenure_days int not null default 0 check (min_tenure_days between 0 and 36500),
  waitlist boolean not null default true,
  accept_minutes int not null default 30 check (accept_minutes between 1 and 10080),
  cancel_hours int check (cancel_hours between 0 and 8760),
  survey_question text,
  status text not null default 'draft' check (status in ('draft', 'published', 'cancelled')),
  budget_year int,
  budget_committed_fen bigint not null default 0,
  lottery_seed text,
  lottery_drawn_at timestamptz,
  version int not null default 1,
  created_by bigint references accounts(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (taken >= 0 and taken <= capacity),
  check (closes_at > opens_at),
  check (mode = 'first_come' or per_member_limit = 1)
);
create index offers_union_path_idx on offers (union_path, status);
create index offers_open_idx on offers (status, closes_at);

-- Units each member holds in an offer: the per-member limit as a constraint (VC-2).
create table offer_holdings (
  offer_id bigint not null references offers(id),
  member_id bigint not null references members(id),
  units int not null check (units >= 0),
  limit_units int not null,
  primary key (offer_id, member_id),
  check (units <= limit_units)
);

create table claims (
  id bigint generated always as identity primary key,
  offer_id bigint not null references offers(id),
  member_id bigint not null references members(id),
  -- The client's idempotency key: a retry gets the original claim back (LG-5).
  idem_key text collate "C" not null,
  quantity int not null check (quantity between 1 and 100),
  status text not null
    check (status in ('confirmed', 'applied', 'waitlisted', 'offered', 'cancelled', 'lost', 'expired', 'rejected')),
  -- Why an application was turned down at review (shown to the member).
  decision_reason text,
  -- Lottery draw rank, or waitlist order.
  rank int,
  hold_expires_at timestamptz,
  points_spent bigint not null default 0,
  survey_answer text,
  checked_in_at timestamptz,
  checked_in_by bigint references accounts(id),
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  unique (member_id, idem_key)
);
create index claims_offer_idx on claims (offer_id, status, id);
create index claims_member_idx on claims (member_id, id desc);
create unique index claims_one_waiting_idx on claims (offer_id, member_id) where status in ('waitlisted', 'offered');

-- State changes after a claim is made (cancel, re-offer, accept, expire, draw, check-in).
create table claim_events (
  id bigint generated always as identity primary key,
  claim_id bigint not null references claims(id),
  kind text not null,
  actor_account_id bigint references accounts(id),
  note text,
  at timestamptz not null default now()
);
create index claim_events_claim_idx on claim_events (claim_id, id);
create trigger claim_events_append_only before update or delete on claim_events
  for each row execute function refuse_change();

create table vouchers (
  id bigint generated always as identity primary key,
  claim_id bigint not null references claims(id),
  offer_id bigint not null references offers(id),
  member_id bigint not null references members(id),
  code text collate "C" not null unique,
  status text not null default 'valid' check (status in ('valid', 'redeemed', 'void')),
  redeemed_at timestamptz,
  redeemed_by bigint references accounts(id),
  created_at timestamptz not null default now(),
  check ((status = 'redeemed') = (redeemed_at is not null))
);
create index vouchers_member_idx on vouchers (member_id, id desc);
create index vouchers_claim_idx on vouchers (claim_id);

create table offer_feedback (
  claim_id bigint primary key references claims(id),
  offer_id bigint not null references offers(id),
  rating int not null check (rating between 1 and 5),
  comment text not null default '',
  created_at timestamptz not null default now()
);
create index offer_feedback_offer_idx on offer_feedback (offer_id);

-- Points: double entry by construction. Each posting moves an amount from one account to another, so
-- every transaction sums to zero (LG-1). Balances are a cache checked by reconciliation (LG-3).
create table points_accounts (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('member', 'union_pool', 'partner')),
  member_id bigint unique references members(id),
  union_id bigint references unions(id),
  balance bigint not null default 0,
  check (kind <> 'member' or balance >= 0),
  check ((kind = 'member') = (member_id is not null)),
  check ((kind = 'union_pool') = (union_id is not null))
);
create unique index points_accounts_pool_idx on points_accounts (union_id) where kind = 'union_pool';
create unique index points_accounts_partner_idx on points_accounts (kind) where kind = 'partner';

create table points_transactions (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('issuance', 'checkin', 'offer_spend', 'offer_refund', 'bill_payment',
    'bill_refund', 'adjustment', 'expiry', 'reversal')),
  reason text not null check (char_length(reason) between 1 and 200),
  source text not null,
  idem_key text collate "C" not null unique,
  reverses_id bigint references points_transactions(id),
  union_id bigint references unions(id),
  actor_account_id bigint references accounts(id),
  created_at timestamptz not null default now()
);
create unique index points_transactions_one_reversal_idx on points_transactions (reverses_id)
  where reverses_id is not null;
create index points_transactions_union_idx on points_transactions (union_id, created_at);

create table points_postings (
  id bigint generated always as identity primary key,
  transaction_id bigint not null references points_transactions(id),
  debit_account_id bigint not null references points_accounts(id),
  credit_account_id bigint not null references points_accounts(id),
  amount bigint not null check (amount > 0 and amount <= 1000000000000),
  -- Earned points expire; spending uses the oldest first.
  expires_at timestamptz,
  created_at timestamptz not null default now(),
  check (debit_account_id <> credit_account_id)
);
create index points_postings_debit_idx on points_postings (debit_account_id, id);
create index points_postings_credit_idx on points_postings (credit_account_id, id);
create index points_postings_tx_idx on points_postings (transaction_id);

create trigger points_transactions_append_only before update or delete on points_transactions
  for each row execute function refuse_change();
create trigger points_postings_append_only before update or delete on points_postings
  for each row execute function refuse_change();
create trigger points_transactions_no_truncate before truncate on points_transactions
  for each statement execute function refuse_change();
create trigger points_postings_no_truncate before truncate on points_postings
  for each statement execute function refuse_change();

-- Paying a phone or electricity bill with points through a partner.
create table bill_payments (
  id bigint generated always as identity primary key,
  member_id bigint not null references members(id),
  bill_kind text not null check (bill_kind in ('phone', 'electricity')),
  account_cipher text not null,
  account_masked text not null,
  amount_fen bigint not null check (amount_fen between 100 and 50000),
  points bigint not null check (points > 0),
  status text not null default 'pending' check (status in ('pending', 'paid', 'failed')),
  partner_ref text,
  failure text,
  idem_key text collate "C" not null,
  created_at timestamptz not null default now(),
  settled_at timestamptz,
  unique (member_id, idem_key)
);
create index bill_payments_pending_idx on bill_payments (status) where status = 'pending';

-- A union's standing monthly issuance: the job issues it once per month (idempotent by key).
create table points_issuance_plans (
  union_id bigint primary key references unions(id),
  amount_per_member bigint not null check (amount_per_member between 1 and 100000),
  reason text not null check (char_length(reason) between 1 and 200),
  active boolean not null default true,
  updated_by bigint references accounts(id),
  updated_at timestamptz not null default now()
);
