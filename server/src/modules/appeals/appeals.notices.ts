// What the appeals module tells the worker who filed a case (platform/notify.ts): every step a handler takes
// on it. Internal notes are not steps the worker sees.
import type { NoticeTemplate } from '../../platform/notify.js';

export const appealsNotices = {
  accepted: {
    zh: { title: '诉求已受理', body: '您反映的「{employer}」相关诉求已由{union}受理，我们会尽快处理。' },
    en: {
      title: 'Case accepted',
      body: 'Your case about {employer} was accepted by {union}; it will be handled soon.',
    },
  },
  started: {
    zh: { title: '诉求处理中', body: '{union}已开始处理您反映的「{employer}」相关诉求。' },
    en: { title: 'Case in progress', body: '{union} started work on your case about {employer}.' },
  },
  info_requested: {
    zh: { title: '请补充诉求材料', body: '处理人员请您补充：{question}。请在“我的诉求”中回复。' },
    en: { title: 'More information needed', body: 'The handler asks: {question}. Reply under My cases.' },
    sms: '您反映的诉求需要补充材料，请登录在“我的诉求”中回复。',
  },
  referred: {
    zh: { title: '诉求已转办', body: '您反映的「{employer}」相关诉求已转交{target}处理：{note}' },
    en: { title: 'Case referred', body: 'Your case about {employer} was referred to {targetEn}: {note}' },
    sms: '您反映的诉求已转交{target}处理，详情请登录查看。',
  },
  refused: {
    zh: { title: '诉求不予受理', body: '您反映的「{employer}」相关诉求不予受理：{reason}' },
    en: { title: 'Case not taken up', body: 'Your case about {employer} was not taken up: {reason}' },
    sms: '您反映的诉求不予受理，原因请登录查看。',
  },
  resolved: {
    zh: { title: '诉求已办结', body: '您反映的「{employer}」相关诉求已办结：{outcome}。欢迎在“我的诉求”中评价。' },
    en: {
      title: 'Case resolved',
      body: 'Your case about {employer} was resolved: {outcome}. You can rate it under My cases.',
    },
    sms: '您反映的诉求已办结，请登录查看结果并评价。',
  },
  reopened: {
    zh: { title: '诉求已重新办理', body: '您反映的「{employer}」相关诉求已重新办理：{reason}' },
    en: { title: 'Case reopened', body: 'Your case about {employer} was reopened: {reason}' },
  },
  escalated: {
    zh: { title: '诉求已提级督办', body: '您反映的「{employer}」相关诉求超过办理时限，已转由{union}督办。' },
    en: {
      title: 'Case escalated',
      body: 'Your case about {employer} passed its deadline and is now overseen by {union}.',
    },
  },
} satisfies Record<string, NoticeTemplate>;

export const referralTargetNames = {
  labour_inspection: { zh: '劳动保障监察', en: 'labour inspection' },
  arbitration: { zh: '劳动仲裁', en: 'labour arbitration' },
  court: { zh: '人民法院', en: 'the court' },
  other: { zh: '其他部门', en: 'another agency' },
} as const;
