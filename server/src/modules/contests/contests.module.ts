// The contests module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { postPendingAwards } from './contests.award.js';
import { contestsErrors } from './contests.errors.js';
import { contestsFigures } from './contests.figures.js';
import { contestRoutes } from './contests.routes.js';
import * as schemas from './contests.schemas.js';

export const contestsModule = defineModule({
  name: 'contests',
  schemas,
  routes: contestRoutes,
  errors: contestsErrors,
  // Points of finishes whose posting was cut short (contests.award.ts); normally posted within milliseconds.
  jobs: [{ name: 'contests.awards', cron: '* * * * *', run: (ctx) => postPendingAwards(ctx), runAtStart: true }],
  figures: contestsFigures,
  tables: ['quiz_questions', 'contests', 'contest_questions', 'contest_attempts', 'contest_answers', 'contest_bests'],
  repath: ['quiz_questions', 'contests', 'contest_attempts', 'contest_bests'],
});
