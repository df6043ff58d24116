// What the offers module tells members (platform/notify.ts). The texts are a catalogue, offers.notices.json (Chinese
// and English title and body, and the text message where there is one), typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './offers.notices.json' with { type: 'json' };

export const offersNotices = catalogue satisfies Record<string, NoticeTemplate>;
