// What the corrections module tells a member (platform/notify.ts): the decision on a change they asked for.
import type { NoticeTemplate } from '../../platform/notify.js';

export const correctionsNotices = {
  approved: {
    zh: { title: '信息变更已通过', body: '您申请的{field}变更已通过审核，已更新到会员信息。' },
    en: { title: 'Change approved', body: 'The change of your {fieldEn} was approved and is now on your record.' },
  },
  rejected: {
    zh: { title: '信息变更未通过', body: '您申请的{field}变更未通过审核：{reason}' },
    en: { title: 'Change not approved', body: 'The change of your {fieldEn} was not approved: {reason}' },
  },
} satisfies Record<string, NoticeTemplate>;

export const correctionFieldNames = {
  phone: { zh: '手机号', en: 'phone number' },
  employer: { zh: '工作单位', en: 'employer' },
  address: { zh: '联系地址', en: 'address' },
} as const;
