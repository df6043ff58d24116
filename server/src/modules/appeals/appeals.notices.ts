// What the appeals module tells members (platform/notify.ts). The texts are a catalogue, appeals.notices.json (Chinese
// and English title and body, and the text message where there is one), typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './appeals.notices.json' with { type: 'json' };

export const appealsNotices = catalogue satisfies Record<string, NoticeTemplate>;

export const referralTargetNames = {
  labour_inspection: { zh: '劳动保障监察', en: 'labour inspection' },
  arbitration: { zh: '劳动仲裁', en: 'labour arbitration' },
  court: { zh: '人民法院', en: 'the court' },
  other: { zh: '其他部门', en: 'another agency' },
} as const;
