// Error codes of the points module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const pointsErrors = {
  POINTS_INSUFFICIENT: { status: 409, zh: '积分不足', en: 'Not enough points' },
  POINTS_ALREADY_ISSUED: { status: 409, zh: '本月已发放', en: 'Already issued for this month' },
  POINTS_ALREADY_REVERSED: { status: 409, zh: '该笔已冲正', en: 'This entry has already been reversed' },
  BILL_PAYMENT_FAILED: {
    status: 502,
    zh: '缴费失败，积分已退回：{reason}',
    en: 'Payment failed; points returned: {reason}',
  },
} as const satisfies Record<string, ErrorEntry>;

type PointsErrors = typeof pointsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends PointsErrors {}
}
