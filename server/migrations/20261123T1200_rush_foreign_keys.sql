-- The rush's commit inserts a claim, its vouchers and its holding per accepted request, and each foreign
-- key costs a lookup per row (about 6 µs each on embedded PGlite: seven of them were half the commit).
-- Keep every guarantee with fewer lookups:
-- - a voucher's offer and member are copies of its claim's, so one composite key checks all three and
--   also proves the copies agree (before, a voucher could name another member than its claim);
-- - a holding is a per-(offer, member) counter written only in the same transaction as the claim it
--   counts, whose own keys check that offer and member; VC-2 compares holdings with claims.
alter table claims add constraint claims_id_offer_member_key unique (id, offer_id, member_id);
alter table vouchers
  drop constraint vouchers_claim_id_fkey,
  drop constraint vouchers_offer_id_fkey,
  drop constraint vouchers_member_id_fkey,
  add constraint vouchers_claim_fkey foreign key (claim_id, offer_id, member_id)
    references claims (id, offer_id, member_id);
alter table offer_holdings
  drop constraint offer_holdings_offer_id_fkey,
  drop constraint offer_holdings_member_id_fkey;
-- A member's claims are found through unique (member_id, idem_key) and sorted (a member holds tens of
-- claims, not thousands), so this second per-member index only cost an insert per claim.
drop index claims_member_idx;
