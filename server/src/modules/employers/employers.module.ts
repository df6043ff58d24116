// The employers module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { employersErrors } from './employers.errors.js';
import { employerRoutes } from './employers.routes.js';
import * as schemas from './employers.schemas.js';

export const employersModule = defineModule({
  name: 'employers',
  schemas,
  routes: employerRoutes,
  errors: employersErrors,
  tables: ['employers'],
  repath: ['employers'],
});
