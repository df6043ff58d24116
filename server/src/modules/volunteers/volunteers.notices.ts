// What the volunteers module tells requesters and volunteers (platform/notify.ts): each step of a service order,
// a team joined, points earned. The texts are a catalogue, volunteers.notices.json, typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './volunteers.notices.json' with { type: 'json' };

export const volunteersNotices = catalogue satisfies Record<string, NoticeTemplate>;
