// What the consultations module tells members (platform/notify.ts). The texts are a catalogue, consultations.notices.json (Chinese
// and English title and body, and the text message where there is one), typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './consultations.notices.json' with { type: 'json' };

export const consultationsNotices = catalogue satisfies Record<string, NoticeTemplate>;
