// What the transfers module tells members (platform/notify.ts). The texts are a catalogue, transfers.notices.json (Chinese
// and English title and body, and the text message where there is one), typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './transfers.notices.json' with { type: 'json' };

export const transfersNotices = catalogue satisfies Record<string, NoticeTemplate>;
