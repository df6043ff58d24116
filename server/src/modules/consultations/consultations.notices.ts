// What the consultations module tells a member (platform/notify.ts): a booked consultation the lawyer cancelled.
import type { NoticeTemplate } from '../../platform/notify.js';

export const consultationsNotices = {
  cancelled: {
    zh: {
      title: '法律咨询已取消',
      body: '您预约的 {time} 法律咨询（{lawyer}）因律师时间变动已取消，可重新预约其他时段。',
    },
    en: {
      title: 'Consultation cancelled',
      body: 'Your legal consultation at {time} (China time) with {lawyer} was cancelled by the lawyer; you may book another slot.',
    },
    sms: '您预约的 {time} 法律咨询已取消，可登录重新预约其他时段。',
  },
} satisfies Record<string, NoticeTemplate>;
