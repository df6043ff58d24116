// Error codes of the auth module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const authErrors = {
  AUTH_INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  AUTH_ACCOUNT_LOCKED: {
    status: 429,
    zh: '登录失败次数过多，账号已临时锁定，请 15 分钟后再试',
    en: 'Too many failed sign-ins; the account is locked for 15 minutes',
  },
  AUTH_ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  AUTH_PASSWORD_EXPIRED: {
    status: 401,
    zh: '初始密码已过期，请联系管理员重置',
    en: 'The initial password has expired; ask an administrator to reset it',
  },
  AUTH_TOTP_INVALID: { status: 401, zh: '动态验证码错误', en: 'Wrong authenticator code' },
  AUTH_TOTP_ALREADY_ENABLED: {
    status: 409,
    zh: '已启用双因素认证',
    en: 'Two-factor authentication is already on',
  },
  AUTH_WRONG_CURRENT_PASSWORD: { status: 400, zh: '当前密码错误', en: 'The current password is wrong' },
  PASSWORD_REUSED: {
    status: 400,
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  SMS_CODE_INVALID: {
    status: 401,
    zh: '验证码错误或已失效，请重新获取',
    en: 'The code is wrong or no longer valid; request a new one',
  },
  SMS_SEND_FAILED: { status: 502, zh: '短信发送失败，请稍后再试', en: 'The text message could not be sent' },
} as const satisfies Record<string, ErrorEntry>;

type AuthErrors = typeof authErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends AuthErrors {}
}
