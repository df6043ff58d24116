// What the assistance module tells an applicant (platform/notify.ts): the decision and each payment. Amounts
// are in yuan; the reason of a refusal is the officer's own words.
import type { NoticeTemplate } from '../../platform/notify.js';

export const assistanceNotices = {
  approved: {
    zh: {
      title: '帮扶申请已批准',
      body: '您的困难帮扶申请已批准，金额 {amount} 元，将由{union}发放，发放后会再通知您。',
    },
    en: {
      title: 'Hardship aid approved',
      body: 'Your hardship aid application was approved: ¥{amount}, paid by {union}. We will tell you when it is paid.',
    },
    sms: '您的困难帮扶申请已批准，金额 {amount} 元，详情请登录查看。',
  },
  refused: {
    zh: { title: '帮扶申请未获批准', body: '您的困难帮扶申请未获批准：{reason}。如有疑问可联系{union}。' },
    en: {
      title: 'Hardship aid not approved',
      body: 'Your hardship aid application was not approved: {reason}. You may ask {union} about it.',
    },
    sms: '您的困难帮扶申请未获批准，详情请登录查看，如有疑问可联系{union}。',
  },
  paid: {
    zh: { title: '帮扶款已发放', body: '{union}已于 {paidOn} 通过{method}向您发放帮扶款 {amount} 元。' },
    en: { title: 'Hardship aid paid', body: '{union} paid you ¥{amount} of hardship aid on {paidOn}, by {methodEn}.' },
    sms: '{union}已于 {paidOn} 向您发放帮扶款 {amount} 元，请注意查收。',
  },
} satisfies Record<string, NoticeTemplate>;

export const paymentMethodNames = {
  bank_transfer: { zh: '银行转账', en: 'bank transfer' },
  cash: { zh: '现金', en: 'cash' },
  wechat: { zh: '微信', en: 'WeChat' },
  in_kind: { zh: '实物', en: 'goods in kind' },
} as const;
