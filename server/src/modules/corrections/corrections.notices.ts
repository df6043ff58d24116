// What the corrections module tells members (platform/notify.ts). The texts are a catalogue, corrections.notices.json (Chinese
// and English title and body, and the text message where there is one), typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './corrections.notices.json' with { type: 'json' };

export const correctionsNotices = catalogue satisfies Record<string, NoticeTemplate>;

export const correctionFieldNames = {
  phone: { zh: '手机号', en: 'phone number' },
  employer: { zh: '工作单位', en: 'employer' },
  address: { zh: '联系地址', en: 'address' },
} as const;
