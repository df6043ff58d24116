export const presentBill = (b: BillRow) => ({
  id: b.id,
  kind: b.bill_kind,
  account: b.account_masked,
  amountFen: Number(b.amount_fen),
  points: Number(b.points),
  status: b.status,
  partnerRef: b.partner_ref,
  failure: b.failure,
  createdAt: b.created_at.toISOString(),
  settledAt: b.settled_at?.toISOString() ?? null,
});

// ---- Bills ----------------------------------------------------------------------------------------
export interface BillRow {
  id: number;
  bill_kind: 'phone' | 'electricity';
  account_masked: string;
  amount_fen: number;
  points: number;
  status: 'pending' | 'paid' | 'failed';
  partner_ref: string | null;
  failure: string | null;
  created_at: Date;
  settled_at: Date | null;
}
