-- Points a member earns by taking part (a knowledge contest now; courses and volunteer hours later): one kind for
-- all of them, told apart by the transaction's `source`.
alter table points_transactions drop constraint points_transactions_kind_check;
alter table points_transactions add constraint points_transactions_kind_check check (kind in ('issuance', 'checkin',
  'offer_spend', 'offer_refund', 'bill_payment', 'bill_refund', 'adjustment', 'expiry', 'reversal', 'reward'));
