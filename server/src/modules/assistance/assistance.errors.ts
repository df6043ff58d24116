// Error codes of the assistance module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const assistanceErrors = {
  ASSISTANCE_OPEN_EXISTS: {
    status: 409,
    zh: '已有一份帮扶申请正在办理，请等待结果或撤回后再申请',
    en: 'An assistance application is already open for this person',
  },
  ASSISTANCE_HOUSEHOLD_INVALID: {
    status: 400,
    zh: '家庭成员中须有且只有一位“本人”',
    en: 'The household must list the applicant ("self") exactly once',
  },
  ASSISTANCE_GUARDIAN_CONSENT_REQUIRED: {
    status: 400,
    zh: '家庭成员中有未满 {age} 周岁的未成年人，需由其监护人同意处理其个人信息',
    en: 'The household includes a child under {age}: their guardian must consent to processing their data',
  },
  ASSISTANCE_REVIEWER_INVALID: {
    status: 400,
    zh: '只能指派负责本工会帮扶工作的在岗人员审核',
    en: 'The reviewer must be an active assistance officer of this union or a federation above it',
  },
  ASSISTANCE_WRONG_STATE: {
    status: 409,
    zh: '申请当前状态（{status}）不能进行此操作',
    en: 'Not possible while the application is {status}',
  },
  ASSISTANCE_CAP_EXCEEDED: {
    status: 409,
    zh: '超过每人每年帮扶上限，本年度还可批准 ¥{remaining}',
    en: 'Over the yearly cap per person; ¥{remaining} can still be approved this year',
  },
  ASSISTANCE_NO_BUDGET: { status: 409, zh: '{year} 年没有可用的帮扶预算', en: 'No assistance budget for {year}' },
  ASSISTANCE_BUDGET_EXHAUSTED: {
    status: 409,
    zh: '{year} 年帮扶预算余额不足',
    en: 'The {year} assistance budget is not enough',
  },
  ASSISTANCE_BUDGET_BELOW_COMMITTED: {
    status: 409,
    zh: '预算不能低于已批准的 ¥{committed}',
    en: 'The budget cannot be below the ¥{committed} already approved',
  },
  ASSISTANCE_OVER_APPROVED: {
    status: 409,
    zh: '发放金额超过尚未发放的批准金额 ¥{remaining}',
    en: 'More than the ¥{remaining} approved and not yet paid',
  },
} as const satisfies Record<string, ErrorEntry>;

type AssistanceErrors = typeof assistanceErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends AssistanceErrors {}
}
