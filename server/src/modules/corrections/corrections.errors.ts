// Error codes of the corrections module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const correctionsErrors = {
  CORRECTION_PHONE_TAKEN: {
    status: 409,
    zh: '这个手机号已是另一位会员的登录手机号，一个手机号只能登记一位会员',
    en: 'This phone already signs in another member; a phone belongs to one member',
  },
  CORRECTION_EMPLOYER_ELSEWHERE: {
    status: 400,
    zh: '该单位不在您所在工会的覆盖范围，请申请转会',
    en: 'Your union does not cover this employer; ask for a transfer instead',
  },
  CORRECTION_PENDING_EXISTS: {
    status: 409,
    zh: '该项已有待审核的修改申请',
    en: 'A change of this item is already waiting for review',
  },
  CORRECTION_NOT_PENDING: { status: 409, zh: '该修改申请已处理', en: 'This change has already been decided' },
} as const satisfies Record<string, ErrorEntry>;

type CorrectionsErrors = typeof correctionsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends CorrectionsErrors {}
}
