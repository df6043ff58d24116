// Error codes of the appeals module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const appealsErrors = {
  CALENDAR_NOTICE_INVALID: {
    status: 400,
    zh: '通知中有 {count} 处无法确认，未导入；请在预览中核对后修改',
    en: '{count} item(s) of the notice could not be confirmed; nothing was imported. Check the preview',
  },
  APPEAL_WRONG_STATE: {
    status: 409,
    zh: '诉求当前状态（{status}）不能进行此操作',
    en: 'Not possible while the appeal is {status}',
  },
  APPEAL_AREA_INVALID: {
    status: 400,
    zh: '请选择所在地区的总工会',
    en: 'Choose the federation of the area where you work',
  },
  APPEAL_ALREADY_RATED: { status: 409, zh: '已经评价过了', en: 'This appeal has already been rated' },
} as const satisfies Record<string, ErrorEntry>;

type AppealsErrors = typeof appealsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends AppealsErrors {}
}
