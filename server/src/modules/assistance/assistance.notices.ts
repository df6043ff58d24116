// What the assistance module tells members (platform/notify.ts). The texts are a catalogue, assistance.notices.json (Chinese
// and English title and body, and the text message where there is one), typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './assistance.notices.json' with { type: 'json' };

export const assistanceNotices = catalogue satisfies Record<string, NoticeTemplate>;

export const paymentMethodNames = {
  bank_transfer: { zh: '银行转账', en: 'bank transfer' },
  cash: { zh: '现金', en: 'cash' },
  wechat: { zh: '微信', en: 'WeChat' },
  in_kind: { zh: '实物', en: 'goods in kind' },
} as const;
