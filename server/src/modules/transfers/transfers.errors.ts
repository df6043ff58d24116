// Error codes of the transfers module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const transfersErrors = {
  TRANSFER_OPEN_EXISTS: { status: 409, zh: '已有一个转会申请在办理中', en: 'A transfer is already in progress' },
  TRANSFER_SAME_UNION: { status: 400, zh: '转入工会与当前工会相同', en: 'That is the current union' },
  TRANSFER_NOT_PENDING: { status: 409, zh: '该转会申请已处理', en: 'This transfer has already been decided' },
} as const satisfies Record<string, ErrorEntry>;

type TransfersErrors = typeof transfersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends TransfersErrors {}
}
