// Error codes of the membership module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const membershipErrors = {
  MEMBER_TOO_YOUNG: { status: 400, zh: '未满 16 周岁，暂不能入会', en: 'Members must be at least 16 years old' },
  APPLICATION_PENDING_EXISTS: {
    status: 409,
    zh: '您已有一份入会申请正在审核中，请等待结果或撤回后再提交',
    en: 'You already have an application being reviewed; wait for the decision or withdraw it first',
  },
  APPLICATION_ID_UNAVAILABLE: {
    status: 409,
    zh: '该身份证号暂不能在线申请入会。如您已是会员并更换了手机号，请联系所在工会更正手机号；否则请携带身份证到工会办理',
    en: 'This ID number cannot apply online. If you are a member with a new phone, ask your union to correct it; otherwise bring your ID card to a union office',
  },
  APPLICATION_PHONE_TAKEN: {
    status: 409,
    zh: '该申请的手机号已是另一位会员的登录手机号，不能通过；请申请人更换手机号后重新申请',
    en: "This application's phone already belongs to another member and cannot be approved; the applicant must apply with another phone",
  },
  APPLICATION_NOT_PENDING: {
    status: 409,
    zh: '该申请已处理，不能再修改',
    en: 'This application has already been decided',
  },
  JOIN_UNION_INVALID: {
    status: 400,
    zh: '所选工会不能直接接收会员，请选择基层工会或所在街道',
    en: 'This union cannot take members directly; choose a base union or your area',
  },
  REJECTION_REASON_REQUIRED: { status: 400, zh: '请填写不予通过的原因', en: 'Give the reason for the rejection' },
} as const satisfies Record<string, ErrorEntry>;

type MembershipErrors = typeof membershipErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends MembershipErrors {}
}
