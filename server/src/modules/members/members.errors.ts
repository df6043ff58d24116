// Error codes of the members module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const membersErrors = {
  MEMBER_ALREADY_MEMBER: {
    status: 409,
    zh: '您已是{union}的会员，如需更换工会请申请转会',
    en: 'You are already a member of {union}; apply for a transfer instead',
  },
  MEMBER_NOT_ACTIVE: { status: 409, zh: '该会员已退会', en: 'This member has already left' },
  MEMBER_ALREADY_ACTIVE: { status: 409, zh: '该会员在册，无需恢复', en: 'This member is already active' },
} as const satisfies Record<string, ErrorEntry>;

type MembersErrors = typeof membersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends MembersErrors {}
}
