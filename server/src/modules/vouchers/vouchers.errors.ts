// Error codes of the vouchers module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const vouchersErrors = {
  BUDGET_EXCEEDED: {
    status: 409,
    zh: '超出本工会年度预算（剩余 {left} 分）',
    en: 'This exceeds the union’s budget for the year ({left} fen left)',
  },
  VOUCHER_NOT_FOUND: { status: 404, zh: '券码不存在或不属于本商户', en: 'No such voucher for this merchant' },
  VOUCHER_ALREADY_REDEEMED: { status: 409, zh: '该券已于 {at} 核销', en: 'This voucher was redeemed at {at}' },
  VOUCHER_EXPIRED: { status: 409, zh: '该券已过期', en: 'This voucher has expired' },
  VOUCHER_VOID: { status: 409, zh: '该券已作废', en: 'This voucher is void' },
} as const satisfies Record<string, ErrorEntry>;

type VouchersErrors = typeof vouchersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends VouchersErrors {}
}
