// The jobs module (就业岗位: postings, review, applications, job seekers and suggestions, gig stations, job fairs) as the platform sees it
// (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { jobsErrors } from './jobs.errors.js';
import { jobsFigures } from './jobs.figures.js';
import { runMatching } from './jobs.matching.js';
import { jobsNotices } from './jobs.notices.js';
import { jobRoutes } from './jobs.routes.js';
import * as schemas from './jobs.schemas.js';
import { closeExpired, MATCH_QUEUE, pendingReviews } from './jobs.service.js';

export const jobsModule = defineModule({
  name: 'jobs',
  schemas,
  routes: jobRoutes,
  errors: jobsErrors,
  notices: jobsNotices,
  figures: jobsFigures,
  pending: { reviews: pendingReviews },
  jobs: [
    // Also sent right after a job is approved (jobs.service.ts), so suggestions go out within seconds.
    { name: MATCH_QUEUE, cron: '* * * * *', run: runMatching, runAtStart: true },
    { name: 'jobs.close', cron: '5 0 * * *', run: closeExpired, runAtStart: true },
  ],
  tables: [
    'jobs',
    'job_applications',
    'job_application_events',
    'job_seekers',
    'job_matches',
    'job_walkins',
    'job_fairs',
    'job_fair_booths',
    'job_fair_visitors',
  ],
  encrypted: { job_walkins: ['phone_cipher'] },
  repath: ['jobs', 'job_applications', 'job_seekers', 'job_walkins', 'job_fairs'],
});
