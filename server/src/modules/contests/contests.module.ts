// The contests module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { contestsErrors } from './contests.errors.js';
import { contestsFigures } from './contests.figures.js';
import { contestRoutes } from './contests.routes.js';
import * as schemas from './contests.schemas.js';

export const contestsModule = defineModule({
  name: 'contests',
  schemas,
  routes: contestRoutes,
  errors: contestsErrors,
  figures: contestsFigures,
  tables: ['quiz_questions', 'contests', 'contest_questions', 'contest_attempts', 'contest_answers', 'contest_bests'],
  repath: ['quiz_questions', 'contests', 'contest_attempts', 'contest_bests'],
});
