// What the membership module tells members (platform/notify.ts). The texts are a catalogue, membership.notices.json (Chinese
// and English title and body, and the text message where there is one), typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './membership.notices.json' with { type: 'json' };

export const membershipNotices = catalogue satisfies Record<string, NoticeTemplate>;
