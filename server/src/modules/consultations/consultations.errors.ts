// Error codes of the consultations module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const consultationsErrors = {
  SLOT_OVERLAPS: { status: 409, zh: '该时段与您已发布的时段重叠', en: 'This slot overlaps one of your open slots' },
  SLOT_IN_PAST: { status: 400, zh: '时段必须在将来', en: 'The slot must be in the future' },
  SLOT_TAKEN: {
    status: 409,
    zh: '该时段已被预约，请选择其他时段',
    en: 'This slot has just been booked; choose another',
  },
  SLOT_NOT_AVAILABLE: { status: 409, zh: '该时段不可预约', en: 'This slot cannot be booked' },
  BOOKING_WRONG_STATE: { status: 409, zh: '预约当前状态不能进行此操作', en: 'Not possible for this booking now' },
  BOOKING_LIMIT: {
    status: 409,
    zh: '您已有 {max} 个未完成的预约',
    en: 'You already have {max} upcoming consultations',
  },
} as const satisfies Record<string, ErrorEntry>;

type ConsultationsErrors = typeof consultationsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends ConsultationsErrors {}
}
