// Error codes of the accounts module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const accountsErrors = {
  ACCOUNT_USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'This username is taken' },
  ROLE_NOT_GRANTABLE: {
    status: 403,
    zh: '您不能授予该角色',
    en: 'You cannot grant this role',
  },
  ACCOUNT_SELF_CHANGE: {
    status: 409,
    zh: '不能修改自己的角色或停用自己',
    en: 'You cannot change your own roles or disable yourself',
  },
} as const satisfies Record<string, ErrorEntry>;

type AccountsErrors = typeof accountsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends AccountsErrors {}
}
