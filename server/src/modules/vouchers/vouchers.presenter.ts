// Merchants and redeemed vouchers as the console and the till read them.

import { maskName } from '../../platform/mask.js';

export const presentMerchant = (m: MerchantRow) => ({
  id: m.id,
  union: { id: m.union_id, name: m.union_name },
  name: m.name,
  address: m.address,
  active: m.active,
});

export const presentRedemption = (v: VoucherRow) => ({
  code: v.code,
  status: shownStatus(v),
  offerTitle: v.title,
  faceValueFen: Number(v.face_value_fen),
  member: maskName(v.member_name ?? ''),
  validUntil: v.valid_until?.toISOString() ?? null,
  redeemedAt: v.redeemed_at?.toISOString() ?? null,
});

export interface MerchantRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  name: string;
  address: string;
  active: boolean;
}

// ---- Wallet and redemption ------------------------------------------------------------------------
export interface VoucherRow {
  id: number;
  code: string;
  status: 'valid' | 'redeemed' | 'void';
  offer_id: number;
  title: string;
  merchant_id: number | null;
  merchant_name: string | null;
  face_value_fen: number;
  valid_until: Date | null;
  redeemed_at: Date | null;
  created_at: Date;
  member_name?: string;
}

export const shownStatus = (v: VoucherRow, now = Date.now()) =>
  v.status === 'redeemed'
    ? ('used' as const)
    : v.status === 'void'
      ? ('void' as const)
      : v.valid_until && v.valid_until.getTime() < now
        ? ('expired' as const)
        : ('valid' as const);
