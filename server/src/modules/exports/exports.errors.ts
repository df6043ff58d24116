// Error codes of the exports module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const exportsErrors = {
  EXPORT_NEEDS_APPROVAL: {
    status: 409,
    zh: '本次导出 {rows} 条，超过 {limit} 条需另一位管理员审批：请提交导出申请',
    en: 'This export has {rows} rows; more than {limit} need a second officer’s approval. Submit an export request',
  },
  EXPORT_CHOOSE_UNION: {
    status: 400,
    zh: '您管理多个工会，请先选择要导出的工会',
    en: 'You manage several unions: choose the union to export first',
  },
  EXPORT_NOT_AVAILABLE: {
    status: 409,
    zh: '该导出申请当前不可下载（未获批、已下载或批准已超过 24 小时）',
    en: 'This export cannot be downloaded now (not approved, already downloaded, or approved over 24 hours ago)',
  },
} as const satisfies Record<string, ErrorEntry>;

type ExportsErrors = typeof exportsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends ExportsErrors {}
}
