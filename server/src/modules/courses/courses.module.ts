// The courses module (学堂) as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { coursesErrors } from './courses.errors.js';
import { coursesFigures } from './courses.figures.js';
import { courseRoutes } from './courses.routes.js';
import * as schemas from './courses.schemas.js';

export const coursesModule = defineModule({
  name: 'courses',
  schemas,
  routes: courseRoutes,
  errors: coursesErrors,
  figures: coursesFigures,
  tables: [
    'courses',
    'course_lessons',
    'course_enrolments',
    'lesson_progress',
    'course_certificates',
    'training_sessions',
  ],
  repath: ['courses', 'course_enrolments', 'course_certificates', 'training_sessions'],
});
