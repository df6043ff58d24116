// What the documents module tells cadres by text (platform/notify.ts): the reminder (催办) of a document their union
// has not done. The texts are a catalogue, documents.notices.json, typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './documents.notices.json' with { type: 'json' };

export const documentsNotices = catalogue satisfies Record<string, NoticeTemplate>;
