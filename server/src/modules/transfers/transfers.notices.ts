// What the transfers module tells a member (platform/notify.ts): a transfer completed or turned down.
import type { NoticeTemplate } from '../../platform/notify.js';

export const transfersNotices = {
  completed: {
    zh: { title: '会员关系已转入', body: '您的会员关系已从{from}转入{to}，会员卡号不变。' },
    en: {
      title: 'Transfer complete',
      body: 'Your membership moved from {from} to {to}; your card number is unchanged.',
    },
    sms: '您的会员关系已转入{to}，会员卡号不变。',
  },
  rejected: {
    zh: { title: '会员关系转移未通过', body: '您转入{to}的申请未通过：{reason}' },
    en: { title: 'Transfer not approved', body: 'Your transfer to {to} was not approved: {reason}' },
  },
} satisfies Record<string, NoticeTemplate>;
