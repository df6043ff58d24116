// The system module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { countFailedJobs } from './system.jobs.js';
import { systemRoutes } from './system.routes.js';

export const systemModule = defineModule({
  name: 'system',
  routes: systemRoutes,
  tables: [],
  pending: { failedJobs: countFailedJobs },
});
