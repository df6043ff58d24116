// What the jobs module tells members (platform/notify.ts): a job suggested to a consenting seeker, with why, and the
// steps of their applications. The texts are a catalogue, jobs.notices.json, typed here.
import type { NoticeTemplate } from '../../platform/notify.js';
import catalogue from './jobs.notices.json' with { type: 'json' };

export const jobsNotices = catalogue satisfies Record<string, NoticeTemplate>;
